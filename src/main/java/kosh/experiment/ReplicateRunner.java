package kosh.experiment;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Runs numbered tasks (replicates, design points) on a fixed number of threads and hands their
 * results to a consumer strictly in task order, whatever order they finish in. Everything built
 * from the results (summaries, files) is therefore identical for any number of threads. At most
 * {@code threads} tasks run at once and at most {@code 2 × threads} results wait for an earlier
 * one, so memory stays flat however many tasks there are.
 */
public final class ReplicateRunner {
    /** Receives each task's result, in task order. */
    @FunctionalInterface
    public interface Consumer<R> {
        void accept(int task, R result) throws Exception;
    }

    private ReplicateRunner() {}

    /**
     * Runs tasks {@code 0 .. count-1}.
     *
     * @param threads  worker threads (at least 1)
     * @param task     computes one task's result; must depend only on its number
     * @param consumer called on the calling thread, in task order
     * @throws ExecutionException wrapping the first failure of a task or of the consumer
     */
    public static <R> void run(int count, int threads, IntFunction<R> task, Consumer<R> consumer)
            throws ExecutionException, InterruptedException {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kosh-replicate");
            t.setDaemon(true);
            return t;
        });
        try {
            ExecutorCompletionService<Done<R>> done = new ExecutorCompletionService<>(pool);
            int window = 2 * threads, submitted = 0, next = 0;
            Map<Integer, R> waiting = new HashMap<>();
            while (submitted < count && submitted < next + window) submit(done, task, submitted++);
            while (next < count) {
                Future<Done<R>> f = done.take();
                Done<R> d = f.get();
                waiting.put(d.task, d.result);
                while (waiting.containsKey(next)) {
                    try {
                        consumer.accept(next, waiting.remove(next));
                    } catch (Exception e) {
                        throw new ExecutionException("while handling the result of task " + next, e);
                    }
                    next++;
                    if (submitted < count) submit(done, task, submitted++);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private record Done<R>(int task, R result) {}

    private static <R> void submit(ExecutorCompletionService<Done<R>> done, IntFunction<R> task, int i) {
        done.submit(() -> new Done<>(i, task.apply(i)));
    }
}
