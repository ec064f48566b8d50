package kosh.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.function.IntFunction;

/** {@link ReplicateRunner} with its failures unwrapped: a write that fails is an IOException again. */
final class Replicates {
    private Replicates() {}

    static <R> void run(int count, int threads, IntFunction<R> task, ReplicateRunner.Consumer<R> consumer)
            throws IOException, InterruptedException {
        try {
            ReplicateRunner.run(count, threads, task, consumer);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) throw io;
            if (c instanceof UncheckedIOException io) throw io.getCause();
            if (c instanceof RuntimeException r) throw r;
            if (c instanceof Error err) throw err;
            throw new IllegalStateException(e.getMessage(), c);
        }
    }
}
