package kosh.model;

import java.nio.file.Path;
import kosh.scenario.Scenario;
import kosh.scenario.ScenarioException;
import kosh.scenario.ScenarioLoader;

/** The baseline scenario, loaded once through the real loader (tests run from the repository root). */
final class Baseline {
    static final Scenario SCENARIO = load();

    private Baseline() {}

    static ModelParameters parameters() { return SCENARIO.parameters(); }

    static Place place(RegionType r) {
        return SCENARIO.places().stream().filter(p -> p.region() == r).findFirst().orElseThrow();
    }

    private static Scenario load() {
        try {
            return ScenarioLoader.load(Path.of("scenarios/baseline.yaml"));
        } catch (ScenarioException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
