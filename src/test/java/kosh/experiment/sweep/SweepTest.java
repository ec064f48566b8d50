package kosh.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kosh.chart.ChartSize;
import kosh.experiment.ResumeListener;
import kosh.experiment.Seeds;
import kosh.scenario.Experiment;
import kosh.scenario.ExperimentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real sweeps of a 5,000-person baseline: four runs each. */
class SweepTest {
    @TempDir Path dir;

    @Test
    void gridSweepWritesDesignResultsAndExperimentYamlInPointAndReplicateOrder() throws Exception {
        Experiment e = Fixture.experiment(dir, "grid-move", "{method: grid, seed: 4}", 2,
                "parameters.move.base: {min: -4.2, max: -2.2, levels: 2}");
        Path folder = Sweep.folderFor(dir.resolve("out"), e);
        Sweep.Outcome o = Sweep.run(e, folder, 2, false, true, ChartSize.DOUBLE_COLUMN, null);
        assertEquals(dir.resolve("out/sweeps/grid-move"), folder);
        assertEquals(List.of(Path.of("design.csv"), Path.of("results.csv"), Path.of("experiment.yaml"), Path.of("datapackage.json")),
                o.files());
        assertEquals(4, o.ran());
        assertFalse(Files.exists(folder.resolve(Journal.FILE)), "the journal goes once the files are written");

        assertEquals("point,parameters.move.base\n0,-4.2\n1,-2.2\n", Fixture.read(folder.resolve("design.csv")));
        List<String> results = Files.readAllLines(folder.resolve("results.csv"));
        assertEquals("point,replicate,seed,parameters.move.base,emigrants_1991_2011,returnees_mean", results.get(0));
        assertEquals(5, results.size());
        long s0 = Seeds.replicate(4, 0), s1 = Seeds.replicate(4, 1);
        String[] prefixes = {"0,0," + s0 + ",-4.2,", "0,1," + s1 + ",-4.2,", "1,0," + s0 + ",-2.2,", "1,1," + s1 + ",-2.2,"};
        for (int i = 0; i < 4; i++) assertTrue(results.get(i + 1).startsWith(prefixes[i]), results.get(i + 1));
        // A higher base propensity to leave: more people leave, in each replicate (same seeds at both points).
        for (int r = 0; r < 2; r++)
            assertTrue(emigrants(results.get(3 + r)) > emigrants(results.get(1 + r)), results.toString());

        String yaml = Fixture.read(folder.resolve("experiment.yaml"));
        for (String line : List.of("kind: sweep", "experiment: grid-move", "design: grid", "design_points: 2", "replicates: 2", "runs: 4",
                "master_seed: 4", "scenario: small", "scenario_sha256: " + Sweep.sha256(e.scenario()), "kosh_version: ", "git_commit: "))
            assertTrue(yaml.contains("\n" + line), line + " in\n" + yaml);
        assertTrue(yaml.contains("\nseed_rule: 'replicate r (from 0) of every design point runs with seed Seeds.replicate(master seed, r)"), yaml);
    }

    @Test
    void theExampleExperimentsLoad() throws Exception {
        Experiment morris = ExperimentLoader.load(Path.of("scenarios/experiments/morris-baseline.yaml"), Sweep::timeseriesColumns);
        assertEquals(Experiment.Method.MORRIS, morris.design().method());
        assertEquals(24, morris.designPoints() * morris.replicates());
        Experiment sobol = ExperimentLoader.load(Path.of("scenarios/experiments/sobol-quick.yaml"), Sweep::timeseriesColumns);
        assertEquals(Experiment.Method.SOBOL, sobol.design().method());
        assertEquals(80, sobol.designPoints() * sobol.replicates());
        assertEquals("baseline", sobol.scenario().name());
    }

    private static double emigrants(String row) { return Double.parseDouble(row.split(",")[4]); }

    @Test
    void aJournalInTheWayNeedsResume() throws Exception {
        Experiment e = Fixture.experiment(dir, "grid-move", "{method: grid, seed: 4}", 1,
                "parameters.move.base: {min: -4.2, max: -2.2, levels: 2}");
        Path folder = Sweep.folderFor(dir.resolve("out"), e);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(Journal.FILE), Sweep.header(e) + "\n");
        SweepException x = assertThrows(SweepException.class, () -> Sweep.run(e, folder, 1, false, true, ChartSize.DOUBLE_COLUMN, null));
        assertTrue(x.getMessage().contains("--resume"), x.getMessage());
    }

    @Test
    void aDesignPointTheLoaderRefusesStopsTheSweepBeforeAnyRun() throws Exception {
        // Each end is valid alone; together north's Russian and Mongolian shares exceed 1.
        Experiment e = Fixture.experiment(dir, "clash", "{method: grid, seed: 1}", 1,
                "places.north.russian_share: {min: 0.1, max: 0.9, levels: 2}", "places.north.mongolian_share: {min: 0, max: 0.15, levels: 2}");
        Path folder = Sweep.folderFor(dir.resolve("out"), e);
        SweepException x = assertThrows(SweepException.class, () -> Sweep.run(e, folder, 1, false, true, ChartSize.DOUBLE_COLUMN, null));
        assertTrue(x.getMessage().startsWith("design point 3 {places.north.russian_share=0.9, places.north.mongolian_share=0.15}"), x.getMessage());
        assertTrue(x.getMessage().contains("cannot exceed 1"), x.getMessage());
        assertFalse(Files.exists(folder.resolve(Journal.FILE)));
    }

    @Test
    void aBaseScenarioEditedWhileTheSweepRunsStopsItAndKeepsTheRunsDone() throws Exception {
        Experiment e = Fixture.experiment(dir, "edited", "{method: grid, seed: 4}", 1,
                "parameters.move.base: {min: -4.2, max: -2.2, levels: 6}"); // runs enough to go on after the edit
        Path folder = Sweep.folderFor(dir.resolve("out"), e), small = dir.resolve("small.yaml");
        ResumeListener editAfterTheFirstRun = new ResumeListener() {
            @Override public void started(int toRun, int alreadyDone, int discarded) { }

            @Override public void finished(int runsDone) {
                try {
                    if (runsDone != 1) return;
                    // Saved whole, as an editor saves, so that a run reading it meanwhile finds the old or the new file.
                    Path edited = Files.writeString(small.resolveSibling("small.yaml.new"),
                            Files.readString(small).replace("persons: 5000", "persons: 6000"));
                    Files.move(edited, small, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } catch (java.io.IOException x) {
                    throw new java.io.UncheckedIOException(x);
                }
            }
        };
        java.util.concurrent.ExecutionException x = assertThrows(java.util.concurrent.ExecutionException.class,
                () -> Sweep.run(e, folder, 1, false, true, ChartSize.DOUBLE_COLUMN, editAfterTheFirstRun));
        assertTrue(x.getCause() instanceof SweepException.InRun, String.valueOf(x.getCause()));
        assertTrue(x.getCause().getMessage().contains("changed while the sweep ran"), x.getCause().getMessage());
        assertTrue(Files.readString(folder.resolve(Journal.FILE)).lines().count() >= 2, "the first run is kept in the journal");
    }
}
