package kosh.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import kosh.engine.PhaseTimes.Phase;
import org.junit.jupiter.api.Test;

/** A run says where its time went: every phase is timed, and the phases fit inside the run. */
class PhaseTimesTest {
    @Test
    void everyPhaseOfARunIsTimedAndTheyAddUpToNoMoreThanTheRun() throws Exception {
        var scenario = BookkeepingRunTest.small();
        long t0 = System.nanoTime();
        Runner.Result r = Runner.run(scenario, 3, null);
        double wall = (System.nanoTime() - t0) / 1e9;
        PhaseTimes times = r.phaseTimes();
        for (Phase p : Phase.values()) assertTrue(times.seconds(p) > 0, p + " was not timed");
        assertTrue(times.totalSeconds() <= wall, times.totalSeconds() + " s of phases in a " + wall + " s run");
    }

    @Test
    void timesOfSeveralRunsAddUp() throws Exception {
        var scenario = BookkeepingRunTest.small();
        PhaseTimes a = Runner.run(scenario, 3, null).phaseTimes(), b = Runner.run(scenario, 4, null).phaseTimes();
        PhaseTimes sum = new PhaseTimes();
        sum.addAll(a);
        sum.addAll(b);
        for (Phase p : Phase.values()) assertTrue(Math.abs(sum.seconds(p) - a.seconds(p) - b.seconds(p)) < 1e-9, p.toString());
    }
}
