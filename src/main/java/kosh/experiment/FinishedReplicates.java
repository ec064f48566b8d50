package kosh.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import kosh.output.RunFolder;

/**
 * The replicates an interrupted ensemble or comparison finished: a folder {@code seed-<seed>} per
 * replicate under one parent, each renamed into place once complete ({@link RunFolder#writeFolder}),
 * so that a folder there is a finished replicate and anything half-written is a hidden leftover.
 * Each finished replicate is read when this is made, so that a damaged one stops the resume before
 * any run rather than hours later.
 *
 * @param <T> what a finished replicate's folder holds for the experiment
 */
final class FinishedReplicates<T> {
    /** Reads a finished replicate's folder; an {@link IllegalArgumentException} means its content is damaged. */
    @FunctionalInterface
    interface Reader<T> {
        T read(Path folder) throws IOException;
    }

    private final Path parent;
    private final long masterSeed;
    private final boolean[] finished;
    /** What each finished replicate holds, until handed over. */
    private final Object[] held;
    private final int count;
    private final ResumeListener listener;
    /** Replicates run by this call so far. */
    private int ran;

    /**
     * Looks in {@code parent} for replicates 0 to {@code replicates - 1} of {@code masterSeed}, deleting
     * half-written ones and reading the finished ones, then tells {@code listener} (may be null) how
     * many are to run, finished and discarded.
     *
     * @param what the experiment, for messages (e.g. "ensemble")
     * @throws RunFolder.Unfinished if a finished replicate cannot be read, saying which and what to do
     */
    FinishedReplicates(Path parent, long masterSeed, int replicates, Reader<T> reader, String what, ResumeListener listener)
            throws IOException, RunFolder.Unfinished {
        this.parent = parent;
        this.masterSeed = masterSeed;
        int discarded = RunFolder.deleteHalfWritten(parent);
        this.finished = new boolean[replicates];
        this.held = new Object[replicates];
        int n = 0;
        for (int i = 0; i < replicates; i++) {
            Path folder = folder(i);
            if (!Files.isDirectory(folder)) continue;
            try {
                held[i] = reader.read(folder);
            } catch (NoSuchFileException | IllegalArgumentException e) {
                throw new RunFolder.Unfinished("the unfinished " + what + " has a damaged replicate, " + folder + ": "
                        + e.getClass().getSimpleName() + ": " + e.getMessage() + "\n  hint: delete " + folder
                        + " and resume again to run that replicate anew");
            }
            finished[i] = true;
            n++;
        }
        this.count = n;
        this.listener = listener;
        if (listener != null) listener.started(replicates - n, n, discarded);
    }

    /** The folder of replicate {@code i}. */
    Path folder(int i) { return parent.resolve("seed-" + Seeds.replicate(masterSeed, i)); }

    boolean finished(int i) { return finished[i]; }

    /** What finished replicate {@code i} holds, handed over once (null if it is not finished). */
    @SuppressWarnings("unchecked")
    T take(int i) {
        T t = (T) held[i];
        held[i] = null;
        return t;
    }

    /** One more replicate has run (and been kept): tells the listener. */
    void ranOne() {
        ran++;
        if (listener != null) listener.finished(ran);
    }

    /** Replicates run by this call so far. */
    int ran() { return ran; }

    /** Replicates finished before. */
    int count() { return count; }
}
