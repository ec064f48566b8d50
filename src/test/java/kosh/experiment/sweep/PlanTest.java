package kosh.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import kosh.experiment.Seeds;
import kosh.scenario.Experiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanTest {
    @TempDir Path dir;

    @Test
    void replicateSeedsAreTheSameAtEveryPointCommonRandomNumbers() throws Exception {
        Experiment e = Fixture.experiment(dir, "lhs", "{method: latin_hypercube, points: 5, seed: 9}", 3,
                "parameters.move.base: {min: -3.7, max: -2.7}");
        Plan plan = Plan.of(e);
        assertEquals(15, plan.runs());
        for (int r = 0; r < 3; r++) assertEquals(Seeds.replicate(9, r), plan.seed(r));
        assertNotEquals(plan.seed(0), plan.seed(1));
    }

    @Test
    void valuesLieInTheirRangesAndWholeNumberKeysAreRounded() throws Exception {
        Experiment e = Fixture.experiment(dir, "lhs", "{method: latin_hypercube, points: 20, seed: 2}", 1,
                "parameters.move.base: {min: -3.7, max: -2.7}", "population.kin_ties_per_household: {min: 2, max: 6}");
        Plan plan = Plan.of(e);
        for (int p = 0; p < plan.points(); p++) {
            double[] v = plan.values(p);
            assertTrue(v[0] >= -3.7 && v[0] <= -2.7, "" + v[0]);
            assertEquals(Math.rint(v[1]), v[1]);
            Map<String, Object> o = plan.overrides(p);
            assertEquals(v[0], o.get("parameters.move.base"));
            assertEquals((int) v[1], o.get("population.kin_ties_per_household"));
        }
    }

    @Test
    void theDesignSeedFixesTheDesign() throws Exception {
        String[] ps = {"parameters.move.base: {min: -3.7, max: -2.7}", "parameters.return.base: {min: -3, max: -2}"};
        Plan a = Plan.of(Fixture.experiment(dir, "a", "{method: morris, trajectories: 4, levels: 4, seed: 1}", 1, ps));
        Plan b = Plan.of(Fixture.experiment(dir, "b", "{method: morris, trajectories: 4, levels: 4, seed: 1}", 1, ps));
        Plan c = Plan.of(Fixture.experiment(dir, "c", "{method: morris, trajectories: 4, levels: 4, seed: 2}", 1, ps));
        boolean differs = false;
        for (int p = 0; p < a.points(); p++) {
            assertArrayEquals(a.values(p), b.values(p));
            differs |= !java.util.Arrays.equals(a.values(p), c.values(p));
        }
        assertTrue(differs, "another seed, another design");
    }
}
