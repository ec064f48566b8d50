package kosh.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Experiment files, tested through {@link ExperimentLoader#load} only. A valid file is built from
 * lines; each refusal test changes one line and checks file, line, key, problem and hint.
 */
class ExperimentLoaderTest {
    static final Path BASELINE = Path.of("scenarios/baseline.yaml").toAbsolutePath();
    /** Columns a run writes, without running one. */
    static final Function<Scenario, Collection<String>> COLUMNS =
            s -> List.of("year", "emigrants_persons", "returnees_persons", "citizens_kz");

    @TempDir Path dir;

    @BeforeEach
    void smallScenario() throws IOException {
        Files.writeString(dir.resolve("small.yaml"), "description: a small what-if\nextends: '" + BASELINE + "'\npopulation: {persons: 5000}\n");
    }

    /** The lines of a valid Morris experiment; line n of the file is element n - 1. */
    static String[] morris() {
        return new String[] {
            "description: screening of two decisions",                                                        // 1
            "scenario: small.yaml",                                                                            // 2
            "design: {method: morris, trajectories: 3, levels: 4, seed: 5}",                                   // 3
            "replicates: 2",                                                                                   // 4
            "parameters:",                                                                                     // 5
            "  parameters.move.base: {min: -3.7, max: -2.7}",                                                  // 6
            "  parameters.migration.cluster_share: {min: 0.2, max: 0.8}",                                      // 7
            "  population.kin_ties_per_household: {min: 2, max: 6}",                                           // 8
            "outputs:",                                                                                        // 9
            "  - {name: emigrants_1991_2011, column: emigrants_persons, from: 1991, to: 2011, aggregate: sum}", // 10
            "  - {name: citizens_2011, column: citizens_kz, from: 2011, to: 2011, aggregate: last}",           // 11
        };
    }

    private Path write(String name, String[] lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    /** The Morris experiment with line {@code line} replaced (null: deleted). */
    private Path with(int line, String text) throws IOException {
        String[] lines = morris();
        lines[line - 1] = text == null ? "" : text;
        return write("exp.yaml", lines);
    }

    private static ScenarioException refused(Path file) {
        return assertThrows(ScenarioException.class, () -> ExperimentLoader.load(file, COLUMNS));
    }

    private static void assertPointsAt(ScenarioException e, Path file, int line, String key, String problem, String hint) {
        String m = e.getMessage();
        assertTrue(m.startsWith(file + (line > 0 ? ":" + line : "") + ": " + (key == null ? "" : "key '" + key + "': ")), m);
        assertTrue(m.contains(problem), m);
        if (hint != null) assertTrue(m.contains("\n  hint: ") && m.substring(m.indexOf("hint:")).contains(hint), m);
        assertEquals(line, e.line(), m);
    }

    @Test
    void validMorrisExperimentLoads() throws Exception {
        Path f = write("screening.yaml", morris());
        Experiment e = ExperimentLoader.load(f, COLUMNS);
        assertEquals("screening", e.name());
        assertEquals("small", e.scenario().name());
        assertEquals(new Experiment.Design(Experiment.Method.MORRIS, 0, 3, 4, 0, ExperimentLoader.DEFAULT_BOOTSTRAP, 5), e.design());
        assertEquals(2, e.replicates());
        assertEquals(List.of(new Experiment.Parameter("parameters.move.base", "log-odds", -3.7, -2.7, 0, false),
                new Experiment.Parameter("parameters.migration.cluster_share", "share", 0.2, 0.8, 0, false),
                new Experiment.Parameter("population.kin_ties_per_household", "ties", 2, 6, 0, true)), e.parameters());
        assertEquals(List.of(new Experiment.Output("emigrants_1991_2011", "emigrants_persons", 1991, 2011, Experiment.Aggregate.SUM),
                new Experiment.Output("citizens_2011", "citizens_kz", 2011, 2011, Experiment.Aggregate.LAST)), e.outputs());
        assertEquals(3 * 4, e.designPoints());
        assertEquals(4.0, e.parameters().get(2).at(0.5));
        assertEquals(5.0, e.parameters().get(2).at(0.7), "whole-number keys are rounded");
    }

    @Test
    void everyDesignCountsItsPoints() throws Exception {
        assertEquals(3 * 5, ExperimentLoader.load(with(3, "design: {method: sobol, base_samples: 3, seed: 1}"), COLUMNS).designPoints());
        assertEquals(7, ExperimentLoader.load(with(3, "design: {method: latin_hypercube, points: 7, seed: 1}"), COLUMNS).designPoints());
        assertEquals(27, ExperimentLoader.load(with(3, "design: {method: grid, levels: 3, seed: 1}"), COLUMNS).designPoints());
        String[] lines = morris();
        lines[2] = "design: {method: grid, seed: 1}";
        lines[5] = "  parameters.move.base: {min: -3.7, max: -2.7, levels: 2}";
        lines[6] = "  parameters.migration.cluster_share: {min: 0.2, max: 0.8, levels: 3}";
        lines[7] = "  population.kin_ties_per_household: {min: 2, max: 6, levels: 5}";
        Experiment grid = ExperimentLoader.load(write("grid.yaml", lines), COLUMNS);
        assertEquals(30, grid.designPoints());
        assertEquals(0, grid.design().bootstrap());
    }

    @Test
    void misspeltKeysAndChoicesAreRefusedWithSuggestion() throws Exception {
        Path f = with(4, "replicats: 2");
        assertPointsAt(refused(f), f, 4, "replicats", "unknown key 'replicats'", "did you mean 'replicates'?");
        f = with(3, "design: {method: moris, trajectories: 3, levels: 4, seed: 5}");
        assertPointsAt(refused(f), f, 3, "design.method", "unknown choice 'moris'", "did you mean 'morris'?");
        f = with(3, "design: {method: morris, trajectory: 3, levels: 4, seed: 5}");
        assertPointsAt(refused(f), f, 3, "design.trajectory", "unknown key 'trajectory'", "did you mean 'trajectories'?");
        f = with(10, "  - {name: emigrants_1991_2011, column: emigrants_person, from: 1991, to: 2011, aggregate: sum}");
        assertPointsAt(refused(f), f, 10, "outputs[0].column", "timeseries.csv has no column 'emigrants_person'",
                "did you mean 'emigrants_persons'?");
        f = with(11, "  - {name: citizens_2011, column: citizens_kz, from: 2011, to: 2011, aggregate: average}");
        assertPointsAt(refused(f), f, 11, "outputs[1].aggregate", "unknown choice 'average'", "choose one of sum, mean, last");
    }

    @Test
    void variedKeysMustBeNumericSettingsOfTheScenario() throws Exception {
        Path f = with(6, "  parameters.move.bsae: {min: -3.7, max: -2.7}");
        assertPointsAt(refused(f), f, 6, "parameters.move.bsae", "unknown key 'bsae'", "did you mean 'base'?");
        f = with(6, "  programme.non_quota_entry: {min: 0, max: 1}");
        assertPointsAt(refused(f), f, 6, "parameters[programme.non_quota_entry]", "only numbers can be varied", "numeric setting");
        f = with(6, "  economy.mongolia_wage_usd_per_month: {min: 0, max: 1}");
        assertPointsAt(refused(f), f, 6, "parameters[economy.mongolia_wage_usd_per_month]", "only numbers can be varied", null);
        f = with(6, "  end_year: {min: 2020, max: 2030}");
        assertPointsAt(refused(f), f, 6, "parameters[end_year]", "end_year cannot be varied", "base scenario");
    }

    @Test
    void rangesMustLieWithinWhatTheKeyAllows() throws Exception {
        Path f = with(7, "  parameters.migration.cluster_share: {min: 0.2, max: 1.5}");
        assertPointsAt(refused(f), f, 7, "parameters[parameters.migration.cluster_share].max",
                "value 1.5 is out of range: expected a number in share from 0 to 1", "use at most 1");
        f = with(6, "  parameters.move.base: {min: -70, max: -2.7}");
        assertPointsAt(refused(f), f, 6, "parameters[parameters.move.base].min", "out of range", "use at least -50");
        f = with(6, "  parameters.move.base: {min: -2.7, max: -3.7}");
        assertPointsAt(refused(f), f, 6, "parameters[parameters.move.base].max", "max -3.7 is not above min -2.7", "larger than min");
        f = with(8, "  population.kin_ties_per_household: {min: 2.5, max: 6}");
        assertPointsAt(refused(f), f, 8, "parameters[population.kin_ties_per_household].min", "expected a whole number", "round it");
        f = with(6, "  parameters.move.base: {min: -3.7}");
        assertPointsAt(refused(f), f, 6, "parameters[parameters.move.base].max", "missing", null);
    }

    @Test
    void theBaseScenarioMustStayValidAtEitherEndOfEachRange() throws Exception {
        Path f = with(6, "  population.place_shares.khovd: {min: 0.1, max: 0.15}");
        assertPointsAt(refused(f), f, 6, "parameters[population.place_shares.khovd].min",
                "with population.place_shares.khovd at 0.1 the base scenario is refused", "shares");
    }

    @Test
    void designSettingsMustFitTheMethod() throws Exception {
        Path f = with(3, "design: {method: morris, trajectories: 3, levels: 4, points: 10, seed: 5}");
        assertPointsAt(refused(f), f, 3, "design.points", "'points' does not apply to a morris design", "trajectories, levels, bootstrap");
        f = with(3, "design: {method: morris, levels: 4, seed: 5}");
        assertPointsAt(refused(f), f, 3, "design.trajectories", "a morris design needs 'trajectories'", "add 'trajectories: 10'");
        f = with(3, "design: {method: morris, trajectories: 3, levels: 5, seed: 5}");
        assertPointsAt(refused(f), f, 3, "design.levels", "even number of levels", "use 6");
        f = with(3, "design: {method: sobol, base_samples: 8}");
        assertPointsAt(refused(f), f, 3, "design.seed", "missing", null);
        f = with(3, "design: {method: grid, seed: 1}");
        assertPointsAt(refused(f), f, 6, "parameters[parameters.move.base].levels", "a grid design needs the levels", "levels: 3");
        f = with(6, "  parameters.move.base: {min: -3.7, max: -2.7, levels: 3}");
        assertPointsAt(refused(f), f, 6, "parameters[parameters.move.base].levels", "apply only to a grid design", "under 'design:'");
        f = with(4, "replicates: two");
        assertPointsAt(refused(f), f, 4, "replicates", "expected a whole number", null);
        f = with(3, "design: {method: sobol, base_samples: 1000000, seed: 1}");
        assertPointsAt(refused(f), f, 3, "design", "more than 1000000 runs", "fewer");
    }

    @Test
    void outputsMustNameDistinctColumnsOverSimulatedYears() throws Exception {
        Path f = with(11, "  - {name: emigrants_1991_2011, column: citizens_kz, from: 2011, to: 2011, aggregate: last}");
        assertPointsAt(refused(f), f, 11, "outputs[1].name", "two outputs are named 'emigrants_1991_2011'", "its own name");
        f = with(11, "  - {name: seed, column: citizens_kz, from: 2011, to: 2011, aggregate: last}");
        assertPointsAt(refused(f), f, 11, "outputs[1].name", "its own 'seed' column", "lower-case");
        f = with(11, "  - {name: Citizens, column: citizens_kz, from: 2011, to: 2011, aggregate: last}");
        assertPointsAt(refused(f), f, 11, "outputs[1].name", "cannot name a column", "lower-case");
        f = with(11, "  - {name: citizens, column: citizens_kz, from: 2012, to: 2011, aggregate: last}");
        assertPointsAt(refused(f), f, 11, "outputs[1].to", "ends (2011) before it starts (2012)", "at least 2012");
        f = with(11, "  - {name: citizens, column: citizens_kz, from: 2020, to: 2040, aggregate: last}");
        assertPointsAt(refused(f), f, 11, "outputs[1].to", "not all simulated: the base scenario runs 1990-2030", "1990-2030");
    }

    @Test
    void theBaseScenarioMustExistAndItsOwnErrorsPointIntoIt() throws Exception {
        Path f = with(2, "scenario: smal.yaml");
        assertPointsAt(refused(f), f, 2, "scenario", "cannot find 'smal.yaml' relative to this file", "small.yaml");
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "description: bad\nextends: '" + BASELINE + "'\npopulation: {persns: 5000}\n");
        f = with(2, "scenario: bad.yaml");
        assertPointsAt(refused(f), bad, 3, "population.persns", "unknown key 'persns'", "did you mean 'persons'?");
    }

    @Test
    void fileNamesNameTheOutputFolder() throws Exception {
        Path f = write("My Experiment.yaml", morris());
        assertPointsAt(refused(f), f, 0, null, "lower-case letters, digits and dashes", "my-experiment.yaml");
        Path none = dir.resolve("none.yaml");
        assertPointsAt(refused(none), none, 0, null, "no such file", "small.yaml");
    }
}
