package kosh.experiment.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kosh.scenario.Experiment;
import kosh.scenario.ExperimentLoader;

/** Experiments over a 5,000-person baseline, written into a test's temporary folder. */
final class Fixture {
    static final Path BASELINE = Path.of("scenarios/baseline.yaml").toAbsolutePath();

    private Fixture() {}

    /** Writes {@code small.yaml} and the experiment {@code name}.yaml with the given design and parameters, and loads it. */
    static Experiment experiment(Path dir, String name, String design, int replicates, String... parameters) throws Exception {
        Files.writeString(dir.resolve("small.yaml"), "description: a small what-if\nextends: '" + BASELINE + "'\npopulation: {persons: 5000}\n");
        StringBuilder s = new StringBuilder("description: a test sweep\nscenario: small.yaml\ndesign: " + design
                + "\nreplicates: " + replicates + "\nparameters:\n");
        for (String p : parameters) s.append("  ").append(p).append('\n');
        s.append("outputs:\n")
                .append("  - {name: emigrants_1991_2011, column: emigrants_persons, from: 1991, to: 2011, aggregate: sum}\n")
                .append("  - {name: returnees_mean, column: returnees_persons, from: 1991, to: 2011, aggregate: mean}\n");
        Path f = Files.writeString(dir.resolve(name + ".yaml"), s.toString());
        return ExperimentLoader.load(f, Sweep::timeseriesColumns);
    }

    static String read(Path f) throws IOException { return Files.readString(f); }
}
