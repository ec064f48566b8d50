package kosh.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReplicateRunnerTest {
    @Test
    void resultsArriveInTaskOrderWhateverOrderTheyFinishIn() throws Exception {
        for (int threads : new int[] {1, 2, 4, 8}) {
            List<Integer> seen = new ArrayList<>();
            // Later tasks finish first: task i sleeps longer the smaller i is.
            ReplicateRunner.run(20, threads, i -> {
                sleep(20 - i);
                return i * i;
            }, (i, r) -> {
                assertEquals(i * i, r);
                seen.add(i);
            });
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < 20; i++) expected.add(i);
            assertEquals(expected, seen, threads + " threads");
        }
    }

    @Test
    void noMoreThanTheWindowOfResultsWaitsAtOnce() throws Exception {
        AtomicInteger running = new AtomicInteger(), started = new AtomicInteger();
        List<Integer> maxAhead = new ArrayList<>(List.of(0));
        ReplicateRunner.run(50, 3, i -> {
            running.incrementAndGet();
            started.incrementAndGet();
            sleep(i == 0 ? 50 : 1); // task 0 is slow: the others must not run far ahead of it
            running.decrementAndGet();
            return i;
        }, (i, r) -> maxAhead.set(0, Math.max(maxAhead.get(0), started.get() - i)));
        assertTrue(maxAhead.get(0) <= 2 * 3 + 1, "started ahead of the consumer: " + maxAhead.get(0));
    }

    @Test
    void aFailingTaskStopsTheRunWithItsCause() {
        ExecutionException e = assertThrows(ExecutionException.class, () -> ReplicateRunner.run(10, 2, i -> {
            if (i == 3) throw new IllegalStateException("replicate 3 broke");
            return i;
        }, (i, r) -> { }));
        assertTrue(e.getCause().getMessage().contains("replicate 3 broke"), e.toString());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
