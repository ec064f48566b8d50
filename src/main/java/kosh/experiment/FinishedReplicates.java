package kosh.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kosh.output.RunFolder;

/**
 * The replicates an interrupted ensemble or comparison finished: a folder {@code seed-<seed>} per
 * replicate under one parent, each renamed into place once complete ({@link RunFolder#writeFolder}),
 * so that a folder there is a finished replicate and anything half-written is a hidden leftover.
 */
final class FinishedReplicates {
    private final Path parent;
    private final long masterSeed;
    private final boolean[] finished;
    private final int count, discarded;

    /** Looks in {@code parent} for replicates 0 to {@code replicates - 1} of {@code masterSeed}, deleting half-written ones. */
    FinishedReplicates(Path parent, long masterSeed, int replicates) throws IOException {
        this.parent = parent;
        this.masterSeed = masterSeed;
        this.discarded = RunFolder.deleteHalfWritten(parent);
        this.finished = new boolean[replicates];
        int n = 0;
        for (int i = 0; i < replicates; i++)
            if (finished[i] = Files.isDirectory(folder(i))) n++;
        this.count = n;
    }

    /** The folder of replicate {@code i}. */
    Path folder(int i) { return parent.resolve("seed-" + Seeds.replicate(masterSeed, i)); }

    boolean finished(int i) { return finished[i]; }

    /** Tells {@code listener} (may be null) how many replicates are to run, finished and discarded. */
    void tell(ResumeListener listener) {
        if (listener != null) listener.started(finished.length - count, count, discarded);
    }

    /** Replicates finished before. */
    int count() { return count; }
}
