package kosh.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kosh.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A comparison whose what-ifs resume from the baseline's checkpoints writes the same files as one
 * that runs every what-if from 1990, and says which it did.
 */
class BranchedComparisonTest {
    @TempDir Path tmp;

    @Test
    void branchedComparisonEqualsFullRuns() throws Exception {
        Map<String, Object> small = Map.of("population.persons", 5000);
        Comparison.Input baseline = input("baseline", small);
        List<Comparison.Input> whatifs = List.of(input("no-2012-suspension", small), input("severe-dzhut-decade", small),
                input("dual-citizenship", small));
        List<Period> periods = Comparison.defaultPeriods(1990, 2030);
        Path branched = tmp.resolve("branched"), full = tmp.resolve("full");
        Comparison.run(baseline, whatifs, 5, 2, 2, periods, List.of(2020), branched, false, null, true, false, null);
        Comparison.run(baseline, whatifs, 5, 2, 1, periods, List.of(2020), full, false, null, false, false, null);
        for (String w : List.of("no-2012-suspension", "severe-dzhut-decade", "dual-citizenship")) {
            Path b = Comparison.folderFor(branched, "baseline", w), f = Comparison.folderFor(full, "baseline", w);
            for (String file : List.of("difference.csv", "effects.csv", "effects.md"))
                assertEquals(Files.readString(f.resolve(file)), Files.readString(b.resolve(file)), w + "/" + file);
            assertTrue(Files.readString(f.resolve("experiment.yaml")).contains("every replicate ran from the start"), w);
        }
        for (String w : List.of("no-2012-suspension", "severe-dzhut-decade"))
            assertTrue(Files.readString(Comparison.folderFor(branched, "baseline", w).resolve("experiment.yaml"))
                    .contains("resumed from the baseline's checkpoint"), w);
        // It changes its first rule in mid-1992: too little shared history to be worth a checkpoint.
        assertTrue(Files.readString(Comparison.folderFor(branched, "baseline", "dual-citizenship").resolve("experiment.yaml"))
                .contains("every replicate ran from the start"));
        assertTrue(Files.readString(Comparison.folderFor(branched, "baseline", "severe-dzhut-decade").resolve("experiment.yaml"))
                .contains("at 2000-01"));
    }

    private static Comparison.Input input(String name, Map<String, Object> overrides) throws Exception {
        Path file = Path.of("scenarios", name + ".yaml");
        return new Comparison.Input(ScenarioLoader.load(file, overrides), file);
    }
}
