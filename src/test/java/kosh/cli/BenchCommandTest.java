package kosh.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code kosh bench}: its table, and bad input refused like {@code run} refuses it. No timings are asserted. */
class BenchCommandTest {
    @Test
    void aQuickBenchPrintsItsTable() {
        Cli c = Cli.run("bench", "--quick", "--threads", "1");
        assertEquals(0, c.status(), c.err());
        for (String heading : new String[] {"machine:", "cores", "max heap", "Java", "one run (median of 1, after 1 warm-up)",
                "household-months per second", "ensemble, 2 runs on 1 thread", "runs/min",
                "1,000 replicates on 1 thread", "min at this rate",
                "where a run's time goes (1 timed run)", "demography (January)", "households deciding to leave or return", "population", "persons", "run time",
                "peak heap used", "1x"})
            assertTrue(c.out().contains(heading), "no '" + heading + "' in:\n" + c.out());
    }

    @Test
    void aBadScenarioIsBadInput() {
        Cli c = Cli.run("bench", "--quick", "--scenario", "scenarios/no-such-file.yaml");
        assertEquals(2, c.status());
        assertTrue(c.err().contains("bad scenario"), c.err());
    }

    @Test
    void badNumbersAreBadInput() {
        assertEquals(2, Cli.run("bench", "--repeats", "0").status());
        assertEquals(2, Cli.run("bench", "--threads", "0").status());
        assertEquals(2, Cli.run("bench", "--scales", "1,-4").status());
        Cli huge = Cli.run("bench", "--scales", "1e400");
        assertEquals(2, huge.status());
        assertTrue(huge.err().contains("was Infinity"), huge.err());
        Cli both = Cli.run("bench", "--quick", "--scales", "4");
        assertEquals(2, both.status());
        assertTrue(both.err().contains("either --quick or --scales/--repeats"), both.err());
    }
}
