package kosh.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import kosh.scenario.Scenario;
import kosh.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** A run paused at a checkpoint and restored gives exactly the tables of an unbroken run. */
class CheckpointTest {

    static void assertSameTables(Runner.Result expected, Runner.Result actual) {
        List<Table> a = expected.tables(), b = actual.tables();
        assertEquals(a.size(), b.size());
        for (int t = 0; t < a.size(); t++) {
            List<Object[]> ra = a.get(t).rows(), rb = b.get(t).rows();
            assertEquals(ra.size(), rb.size(), a.get(t).name() + " rows");
            for (int i = 0; i < ra.size(); i++)
                assertArrayEquals(ra.get(i), rb.get(i), a.get(t).name() + " row " + i);
        }
    }

    @Test
    void restoredRunEqualsUnbrokenRun() throws Exception {
        Scenario baseline = load("baseline");
        Runner.Result full = Runner.run(baseline, 7, null);
        Checkpoint at1996 = Runner.runTo(baseline, 7, 6 * 12 + 5);
        assertEquals(77, at1996.monthsDone());
        Runner.Result resumed = Runner.resume(at1996, baseline, null);
        assertSameTables(full, resumed);
    }

    @Test
    void whatIfsShareTheBaselineUpToTheirFirstChangedEvent() throws Exception {
        Scenario baseline = load("baseline");
        assertEquals(22 * 12 + 3, Branching.sharedMonths(baseline, load("no-2012-suspension")), "April 2012");
        assertEquals(10 * 12, Branching.sharedMonths(baseline, load("severe-dzhut-decade")), "January 2000");
        assertEquals(0, Branching.sharedMonths(baseline, load("no-dzhut")), "a changed parameter shares nothing");
        assertEquals(baseline.endYear() - baseline.startYear() + 1, Branching.sharedMonths(baseline, baseline) / 12);
    }

    @Test
    void branchedWhatIfEqualsItsFullRun() throws Exception {
        Scenario baseline = load("baseline");
        for (String name : List.of("no-2012-suspension", "severe-dzhut-decade")) {
            Scenario whatIf = load(name);
            long shared = Branching.sharedMonths(baseline, whatIf);
            Runner.Result branched = Runner.resume(Runner.runTo(baseline, 3, shared), whatIf, null);
            assertEquals(whatIf, branched.scenario());
            assertSameTables(Runner.run(whatIf, 3, null), branched);
        }
    }

    @Test
    void aCheckpointTakenAfterTheFirstChangeIsRefused() throws Exception {
        // Two months too late, the what-if would miss the 2000 winter and silently be another run.
        Scenario baseline = load("baseline"), whatIf = load("severe-dzhut-decade");
        long late = Branching.sharedMonths(baseline, whatIf) + 2;
        Checkpoint checkpoint = Runner.runTo(baseline, 3, late);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Runner.resume(checkpoint, whatIf, null));
        assertTrue(refused.getMessage().contains("shares 120 months with baseline, whose checkpoint is of month 122"),
                refused.getMessage());
    }

    static Scenario load(String name) throws Exception {
        return ScenarioLoader.load(Path.of("scenarios", name + ".yaml"));
    }
}
