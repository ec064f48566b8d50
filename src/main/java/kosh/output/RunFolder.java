package kosh.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A run's output folder, written in a hidden staging folder beside the target and moved into place
 * only when complete. Until {@link #commit()} the previous output stays untouched; if the run
 * fails, closing removes the staging folder, unless it is {@linkplain #resumable resumable}.
 */
public final class RunFolder implements AutoCloseable {
    /** The end of the hidden name {@link #writeFolder} writes a folder under before renaming it. */
    private static final String HALF_WRITTEN = ".tmp";
    /** The file in a resumable folder that names the work it holds; removed at commit. */
    static final String IDENTITY = ".kosh-unfinished";

    private final Path target;
    private final Path staging;
    private final boolean keepOnFailure;
    /** Removes a non-resumable staging folder if the JVM is stopped (Ctrl-C, kill, scancel) before commit or close. */
    private final Thread onShutdown;
    private boolean committed;
    /** The earlier output while {@link #commit} has it moved aside: put back if the JVM is stopped then. */
    private volatile Path aside;

    private RunFolder(Path target, Path staging, boolean keepOnFailure) {
        this.target = target;
        this.staging = staging;
        this.keepOnFailure = keepOnFailure;
        this.onShutdown = keepOnFailure ? null : new Thread(() -> {
            try {
                putBack(aside);
                deleteTree(staging);
            } catch (IOException | UncheckedIOException e) {
                // Best effort while the JVM stops: a writer may still be adding files.
            }
        }, "kosh-staging-cleanup");
        if (onShutdown != null) Runtime.getRuntime().addShutdownHook(onShutdown);
    }

    /** Unfinished work of a {@linkplain #resumable resumable} folder is in the way, or belongs to other work. */
    public static final class Unfinished extends Exception {
        public Unfinished(String message) { super(message); }
    }

    /** Opens a staging folder for {@code target}. */
    public static RunFolder stage(Path target) throws IOException {
        Path t = target.toAbsolutePath().normalize();
        Path parent = t.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + t.getFileName() + ".staging-");
        // A temporary folder is private to its owner; a run's output is for everyone who may read the parent.
        if (Files.getFileStore(staging).supportsFileAttributeView("posix"))
            Files.setPosixFilePermissions(staging, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        return new RunFolder(t, staging, false);
    }

    /**
     * Opens the staging folder {@code .<name>.unfinished} beside {@code target}, which is kept if the
     * work fails or is killed, so that a later call with {@code resume} goes on from what it holds.
     * {@code identity} (one line) names what that work depends on (its inputs and the build); a
     * folder of other work is never resumed.
     *
     * @param keep    the entry of the folder's top level that holds the finished work: on resuming, the
     *                others (what an interrupted last step, charts say, left half done) are deleted
     * @param what    what the work is, for messages (e.g. "ensemble")
     * @param command the option that resumes it, for messages (e.g. "--resume")
     * @throws Unfinished if unfinished work is in the way and {@code resume} is false, or it belongs to other work
     */
    public static RunFolder resumable(Path target, String identity, String keep, boolean resume, String what, String command)
            throws IOException, Unfinished {
        if (identity.contains("\n")) throw new IllegalArgumentException("the identity must be one line");
        Path t = target.toAbsolutePath().normalize();
        Path staging = unfinishedFolder(t);
        Path id = staging.resolve(IDENTITY);
        if (Files.exists(staging)) {
            if (!resume)
                throw new Unfinished("an unfinished " + what + " is in the way: " + staging + "\n  hint: add " + command
                        + " to finish it, or delete " + staging + " to start afresh");
            String found = Files.exists(id) ? Files.readString(id, StandardCharsets.UTF_8).strip() : "(nothing)";
            if (!found.equals(identity))
                throw new Unfinished("the unfinished " + what + " in " + staging
                        + " was started with another scenario (or path to it), seed or build of kosh\n  there: " + found + "\n  now:   " + identity
                        + "\n  hint: write to another --out folder, or delete " + staging + " to start afresh");
            try (Stream<Path> s = Files.list(staging)) {
                for (Path p : s.toList()) {
                    String name = p.getFileName().toString();
                    if (!name.equals(IDENTITY) && !name.equals(keep)) deleteTree(p);
                }
            }
        } else {
            Files.createDirectories(staging);
            AtomicFiles.write(id, (identity + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return new RunFolder(t, staging, true);
    }

    /** Where {@link #resumable} keeps the unfinished work for {@code target}. */
    public static Path unfinishedFolder(Path target) {
        Path t = target.toAbsolutePath().normalize();
        return t.resolveSibling("." + t.getFileName() + ".unfinished");
    }

    /**
     * Writes a folder through {@code writer} into a hidden sibling, then renames it to {@code folder}
     * (replacing what is there): a reader finds either no folder or a complete one.
     */
    public static void writeFolder(Path folder, FolderWriter writer) throws IOException {
        Path f = folder.toAbsolutePath().normalize();
        Path tmp = f.resolveSibling("." + f.getFileName() + HALF_WRITTEN);
        deleteTree(tmp);
        Files.createDirectories(tmp);
        try {
            writer.write(tmp);
            deleteTree(f);
            AtomicFiles.move(tmp, f);
        } finally {
            deleteTree(tmp);
        }
    }

    /** Writes the files of a folder into the directory it is given. */
    @FunctionalInterface
    public interface FolderWriter {
        void write(Path dir) throws IOException;
    }

    /** Deletes the hidden, half-written folders {@link #writeFolder} may have left in {@code dir} when killed; returns how many. */
    public static int deleteHalfWritten(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        int n = 0;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(HALF_WRITTEN) && Files.isDirectory(p)) {
                    deleteTree(p);
                    n++;
                }
            }
        }
        return n;
    }

    /** Where to write the files now. */
    public Path dir() { return staging; }

    public Path target() { return target; }

    /**
     * Replaces the target folder with the staged one. If that fails, the earlier output is put back
     * and a resumable folder still names its work, so that the work can be resumed once the cause is fixed.
     */
    public void commit() throws IOException {
        Path identity = staging.resolve(IDENTITY);
        byte[] names = Files.exists(identity) ? Files.readAllBytes(identity) : null;
        Files.deleteIfExists(identity); // the finished folder holds only the output
        Path old = null;
        try {
            if (Files.exists(target)) {
                old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
                AtomicFiles.move(target, old); // onto the empty folder just made: a name no one else uses
                aside = old;
            }
            AtomicFiles.move(staging, target);
            aside = null;
        } catch (IOException | RuntimeException e) {
            aside = null;
            try {
                putBack(old);
                if (old != null) deleteTree(old);
                if (names != null && Files.isDirectory(staging)) AtomicFiles.write(identity, names);
            } catch (IOException | RuntimeException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
        done();
        if (old != null) deleteTree(old);
    }

    /** Moves the earlier output {@code old} (null: none) back into place, if the new one did not take it. */
    private void putBack(Path old) throws IOException {
        if (old != null && !Files.exists(target)) AtomicFiles.move(old, target);
    }

    /** Committed or removed: nothing is left to clean up at shutdown. */
    private void done() {
        committed = true;
        if (onShutdown == null) return;
        try {
            Runtime.getRuntime().removeShutdownHook(onShutdown);
        } catch (IllegalStateException e) {
            // The JVM is already stopping: the hook runs and finds nothing to delete.
        }
    }

    /** The work is complete and what it made is written elsewhere: removes the staging folder. */
    public void delete() throws IOException {
        deleteTree(staging);
        done();
    }

    @Override public void close() throws IOException {
        if (committed || keepOnFailure) return;
        deleteTree(staging);
        done();
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
