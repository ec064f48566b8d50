package kosh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import kosh.engine.BookkeepingRunTest;
import kosh.scenario.Scenario;
import org.junit.jupiter.api.Test;

class PopulationSynthesisTest {
    @Test
    void fillsAnEmptyWorldAndRefusesAFullOne() throws Exception {
        Scenario s = BookkeepingRunTest.small();
        World world = new World(s.places(), s.attractiveness(), s.economy());
        PopulationSynthesis.populate(world, s.population(), new SplittableRandom(1));
        assertTrue(world.persons() >= s.population().persons());
        assertTrue(world.kin().edges() > 0);
        int households = world.households().size();
        assertThrows(IllegalArgumentException.class,
                () -> PopulationSynthesis.populate(world, s.population(), new SplittableRandom(2)));
        assertEquals(households, world.households().size());
    }
}
