package kosh.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kosh.engine.Table;
import kosh.output.AtomicFiles;
import kosh.output.BuildInfo;
import kosh.output.CsvFiles;
import kosh.policy.PolicyEvent;
import kosh.scenario.Scenario;
import kosh.scenario.ScenarioYaml;

/** Files every experiment writes: its events, its replicate seeds and {@code experiment.yaml}. */
final class ExperimentFiles {
    /** How replicate seeds are made, as experiment.yaml states it. */
    static final String SEED_RULE = "replicate i (from 0) uses SplitMix64 output i+1 of the master seed, sign bit cleared "
            + "(kosh.experiment.Seeds)";

    private ExperimentFiles() {}

    /**
     * The scenario's own policy events and pinned dzhut winters in date order, as a run's
     * {@code events.csv} lists them; random dzhuts, which differ by replicate, are not among them.
     */
    static Table events(Scenario scenario) {
        Table t = new Table("events", List.of("date", "id", "type", "description", "parameters"));
        for (PolicyEvent e : scenario.timeline().events())
            t.add(e.date().toString(), e.id(), e.type().key(), e.description(), e.parametersLine());
        return t;
    }

    /** {@code replicate,seed}: the seed of each replicate, to rerun one alone with {@code kosh run --seed}. */
    static Table replicates(long masterSeed, int count) {
        Table t = new Table("replicates", List.of("replicate", "seed"));
        for (int i = 0; i < count; i++) t.add(i, Seeds.replicate(masterSeed, i));
        return t;
    }

    /** Hex SHA-256 of the resolved scenario, as run.yaml gives it. */
    static String sha256(Scenario s) { return ScenarioYaml.sha256(ScenarioYaml.dump(s.resolved())); }

    /** Forward slashes on every system, so the files are the same everywhere. */
    static String path(Path p) { return p.toString().replace('\\', '/'); }

    /** Version and commit, the last keys of every experiment.yaml. */
    static void putBuild(Map<String, Object> doc) {
        BuildInfo b = BuildInfo.current();
        doc.put("kosh_version", b.version());
        doc.put("git_commit", b.commit());
    }

    static void writeCsv(Table t, Path dir) throws IOException { CsvFiles.write(t, dir.resolve(t.name() + ".csv")); }

    static void writeYaml(Path file, String comment, Map<String, Object> doc) throws IOException {
        AtomicFiles.write(file, ("# " + comment + "\n" + ScenarioYaml.dump(doc)).getBytes(StandardCharsets.UTF_8));
    }

    static void writeText(Path file, String text) throws IOException {
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
