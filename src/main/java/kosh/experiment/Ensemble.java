package kosh.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntConsumer;
import kosh.chart.ChartSize;
import kosh.chart.EnsembleCharts;
import kosh.output.DataPackage;
import kosh.engine.Runner;
import kosh.engine.Table;
import kosh.output.RunFolder;
import kosh.scenario.Scenario;

/**
 * Runs one scenario many times with seeds drawn from a master seed and writes, into one folder
 * moved into place only when complete: each replicate's tables under {@code replicates/seed-<seed>/},
 * {@code replicates.csv}, {@code summary.csv} (the spread of every yearly metric over replicates),
 * the scenario's {@code events.csv}, {@code experiment.yaml} and the charts drawn from them. The
 * files are the same for any number of threads: replicates are handled in order and the thread
 * count is recorded nowhere.
 */
public final class Ensemble {
    /** What an ensemble produced: where it is and the yearly numbers of every replicate. */
    public record Outcome(Path folder, YearlyEnsemble replicates) {}

    private Ensemble() {}

    /** {@code <out>/<scenario>/ensemble-s<masterSeed>-n<replicates>}. */
    public static Path folderFor(Path out, String scenario, long masterSeed, int replicates) {
        return out.resolve(scenario).resolve("ensemble-s" + masterSeed + "-n" + replicates);
    }

    /**
     * @param scenarioFile the file as the user named it, for experiment.yaml
     * @param charts       whether to draw the charts of the summary ({@link EnsembleCharts})
     * @param chartSize    the page size they are drawn for
     * @param progress     told the number of replicates done after each one (may be null)
     * @throws IOException if the folder cannot be written; the previous content of {@code target} is then unchanged
     */
    public static Outcome run(Scenario scenario, Path scenarioFile, long masterSeed, int replicates, int threads,
                              Path target, boolean charts, ChartSize chartSize, IntConsumer progress) throws IOException, InterruptedException {
        if (replicates < 1) throw new IllegalArgumentException("replicates must be >= 1, was " + replicates);
        try (RunFolder folder = RunFolder.stage(target)) {
            Path dir = folder.dir();
            YearlyEnsemble series = new YearlyEnsemble();
            String sha256 = ExperimentFiles.sha256(scenario);
            Replicates.run(replicates, threads, i -> Runner.run(scenario, Seeds.replicate(masterSeed, i), null), (i, r) -> {
                writeReplicate(r, i, masterSeed, scenarioFile, sha256, dir.resolve("replicates").resolve("seed-" + r.seed()));
                series.add(YearlyValues.of(r.timeseries()));
                if (progress != null) progress.accept(i + 1);
            });
            ExperimentFiles.writeCsv(ExperimentFiles.replicates(masterSeed, replicates), dir);
            ExperimentFiles.writeCsv(series.summary("summary"), dir);
            ExperimentFiles.writeCsv(ExperimentFiles.events(scenario), dir);
            ExperimentFiles.writeYaml(dir.resolve("experiment.yaml"), "Produced by kosh. Rerun: "
                    + "java -jar target/kosh.jar ensemble " + ExperimentFiles.path(scenarioFile) + " --replicates " + replicates
                    + " --seed " + masterSeed,
                    experimentYaml(scenario, scenarioFile, masterSeed, replicates));
            if (charts) EnsembleCharts.drawAll(dir, chartSize);
            DataPackage.write(dir, scenario.name() + "-ensemble-s" + masterSeed + "-n" + replicates,
                    "kosh ensemble of scenario " + scenario.name() + ", " + replicates + " replicates, master seed " + masterSeed);
            folder.commit();
            return new Outcome(folder.target(), series);
        }
    }

    static Map<String, Object> experimentYaml(Scenario s, Path scenarioFile, long masterSeed, int replicates) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("kind", "ensemble");
        doc.put("scenario", s.name());
        doc.put("scenario_file", ExperimentFiles.path(scenarioFile));
        doc.put("scenario_sha256", ExperimentFiles.sha256(s));
        doc.put("master_seed", masterSeed);
        doc.put("replicates", replicates);
        doc.put("seed_rule", ExperimentFiles.SEED_RULE);
        doc.put("start_year", s.startYear());
        doc.put("end_year", s.endYear());
        ExperimentFiles.putBuild(doc);
        return doc;
    }

    /** A replicate's tables and a short run.yaml saying how to rerun it alone. */
    private static void writeReplicate(Runner.Result r, int replicate, long masterSeed, Path scenarioFile, String sha256,
                                       Path dir) throws IOException {
        if (Files.exists(dir)) throw new IllegalStateException("two replicates have the seed " + r.seed());
        for (Table t : r.tables()) ExperimentFiles.writeCsv(t, dir);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("scenario", r.scenario().name());
        doc.put("scenario_file", ExperimentFiles.path(scenarioFile));
        doc.put("scenario_sha256", sha256);
        doc.put("seed", r.seed());
        doc.put("replicate", replicate);
        doc.put("master_seed", masterSeed);
        ExperimentFiles.putBuild(doc);
        ExperimentFiles.writeYaml(dir.resolve("run.yaml"), "Replicate " + replicate + " of an ensemble. Rerun alone: "
                + "java -jar target/kosh.jar run " + ExperimentFiles.path(scenarioFile) + " --seed " + r.seed(), doc);
    }
}
