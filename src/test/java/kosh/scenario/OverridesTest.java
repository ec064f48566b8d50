package kosh.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kosh.model.RegionType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Overrides by dotted key, tested through {@link ScenarioLoader#load(Path, Map)} only. */
class OverridesTest {
    static final Path BASELINE = Path.of("scenarios/baseline.yaml").toAbsolutePath();

    @TempDir Path dir;
    Path small;

    @BeforeEach
    void smallScenario() throws IOException {
        small = Files.writeString(dir.resolve("small.yaml"),
                "description: a small what-if\nextends: '" + BASELINE + "'\npopulation: {persons: 5000}\n");
    }

    @SuppressWarnings("unchecked")
    private static Object resolved(Scenario s, String key) {
        Object v = s.resolved();
        for (String part : key.split("\\.")) v = ((Map<String, Object>) v).get(part);
        return v;
    }

    private ScenarioException refused(String key, Object value) {
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.load(small, Map.of(key, value)));
    }

    private static void assertMessage(ScenarioException e, String key, String problem, String hint) {
        String m = e.getMessage();
        assertTrue(m.startsWith(Overrides.SOURCE + ": key '" + key + "': "), m);
        assertTrue(m.contains(problem), m);
        assertTrue(m.contains("\n  hint: ") && m.substring(m.indexOf("hint:")).contains(hint), m);
    }

    @Test
    void overridesReplaceTheFilesValuesAndJoinTheChangedKeys() throws Exception {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("parameters.move.base", -3.0);
        o.put("places.north.attractiveness", 1.0);
        o.put("parameters.migration.cluster_share", 0.25);
        o.put("population.persons", 2000);
        Scenario s = ScenarioLoader.load(small, o);
        assertEquals(-3.0, s.parameters().move().base());
        assertEquals(1.0, s.attractiveness().get(RegionType.NORTH));
        assertEquals(0.25, resolved(s, "parameters.migration.cluster_share"));
        assertEquals(2000, s.population().persons());
        assertEquals(List.of("population.persons", "parameters.move.base", "places.north.attractiveness",
                "parameters.migration.cluster_share"), s.changedKeys());
        // Everything else as the file says.
        Scenario plain = ScenarioLoader.load(small);
        assertEquals(plain.parameters().returns(), s.parameters().returns());
        assertEquals(resolved(plain, "parameters.move.per_herd_lost"), resolved(s, "parameters.move.per_herd_lost"));
        assertEquals(plain.resolved(), ScenarioLoader.load(small, Map.of()).resolved());
    }

    @Test
    void aWholeNumberKeyTakesAWholeDouble() throws Exception {
        assertEquals(3000, ScenarioLoader.load(small, Map.of("population.persons", 3000.0)).population().persons());
    }

    @Test
    void outOfRangeOverrideIsRefusedLikeAFileValue() {
        assertMessage(refused("parameters.migration.cluster_share", 1.5), "parameters.migration.cluster_share",
                "value 1.5 is out of range: expected a number in share from 0 to 1", "use at most 1");
        assertMessage(refused("parameters.move.base", -60), "parameters.move.base", "out of range", "use at least -50");
        assertMessage(refused("population.persons", 2000.5), "population.persons", "expected a whole number", "round it");
        assertMessage(refused("parameters.move.base", "high"), "parameters.move.base", "expected a number", "without quotes");
        assertMessage(refused("parameters.move.base", Double.NaN), "parameters.move.base", "not a number", "finite");
    }

    @Test
    void misspeltKeyIsRefusedWithSuggestion() {
        assertMessage(refused("parameters.move.bsae", 1.0), "parameters.move.bsae", "unknown key 'bsae'", "did you mean 'base'?");
        assertMessage(refused("parameter.move.base", 1.0), "parameter", "unknown key 'parameter'", "did you mean 'parameters'?");
        assertMessage(refused("places.nort.attractiveness", 1.0), "places.nort", "unknown name 'nort'", "did you mean 'north'?");
    }

    @Test
    void onlySingleSettingsCanBeOverridden() {
        assertMessage(refused("parameters.move", 1.0), "parameters.move", "a group of settings", "parameters.move.base");
        assertMessage(refused("parameters.move.base.x", 1.0), "parameters.move.base.x", "is a single setting", "override 'parameters.move.base'");
        assertMessage(refused("events", 1.0), "events", "not a setting that can be overridden", "dotted key");
        assertMessage(refused("places.khovd.attractiveness", 1.0), "places.khovd.attractiveness", "not a setting that can be overridden", "");
    }

    @Test
    void rulesAcrossKeysStillHold() {
        ScenarioException e = refused("places.north.mongolian_share", 0.5);
        assertTrue(e.getMessage().contains("cannot exceed 1"), e.getMessage());
        e = refused("population.place_shares.khovd", 0.5);
        assertTrue(e.getMessage().contains("shares sum to"), e.getMessage());
    }
}
