package kosh.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A run's output folder, written in a hidden staging folder beside the target and moved into place
 * only when complete. Until {@link #commit()} the previous output stays untouched; if the run
 * fails, closing removes the staging folder.
 */
public final class RunFolder implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private boolean committed;

    private RunFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
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
        return new RunFolder(t, staging);
    }

    /** Where to write the files now. */
    public Path dir() { return staging; }

    public Path target() { return target; }

    /** Replaces the target folder with the staged one. */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + staging.getFileName().toString().replaceAll(".*staging-", ""));
            AtomicFiles.move(target, old);
        }
        AtomicFiles.move(staging, target);
        committed = true;
        if (old != null) deleteTree(old);
    }

    @Override public void close() throws IOException {
        if (!committed) deleteTree(staging);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
