package kosh.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import kosh.chart.ChartSize;
import kosh.chart.EnsembleCharts;
import kosh.engine.Runner;
import kosh.engine.Table;
import kosh.output.BuildInfo;
import kosh.output.CsvFiles;
import kosh.output.DataPackage;
import kosh.output.RunFolder;
import kosh.scenario.Scenario;

/**
 * Runs one scenario many times with seeds drawn from a master seed and writes, into one folder
 * moved into place only when complete: each replicate's tables under {@code replicates/seed-<seed>/},
 * {@code replicates.csv}, {@code summary.csv} (the spread of every yearly metric over replicates),
 * the scenario's {@code events.csv}, {@code experiment.yaml} and the charts drawn from them. The
 * files are the same for any number of threads: replicates are handled in order and the thread
 * count is recorded nowhere.
 *
 * <p>Resumable: the folder is built in {@code .<folder>.unfinished} beside it, which an
 * interrupted ensemble (Ctrl-C, a killed process, a full disk) leaves behind with every replicate
 * finished so far, each folder renamed into place only once complete. With {@code resume}, a
 * later call runs only the missing replicates and writes the same files as an uninterrupted
 * ensemble: the summary is built from the numbers as each replicate's {@code timeseries.csv}
 * holds them, whether the replicate ran now or before.
 */
public final class Ensemble {
    /**
     * What an ensemble produced: where it is, the yearly numbers of every replicate, how many
     * replicates ran now and how many were taken from an interrupted attempt.
     */
    public record Outcome(Path folder, YearlyEnsemble replicates, int ran, int resumed) {}

    private Ensemble() {}

    /** {@code <out>/<scenario>/ensemble-s<masterSeed>-n<replicates>}. */
    public static Path folderFor(Path out, String scenario, long masterSeed, int replicates) {
        return out.resolve(scenario).resolve("ensemble-s" + masterSeed + "-n" + replicates);
    }

    /**
     * @param scenarioFile the file as the user named it, for experiment.yaml
     * @param charts       whether to draw the charts of the summary ({@link EnsembleCharts})
     * @param chartSize    the page size they are drawn for
     * @param resume       go on from the unfinished folder an interrupted ensemble of the same scenario,
     *                     seed and build left; without it such a folder is refused
     * @param listener     told what is resumed and the replicates done after each one (may be null)
     * @throws IOException if the folder cannot be written; the previous content of {@code target} is then
     *                     unchanged, and the replicates finished are kept for {@code resume}
     * @throws RunFolder.Unfinished if an unfinished ensemble is in the way (without {@code resume}) or is another one
     */
    public static Outcome run(Scenario scenario, Path scenarioFile, long masterSeed, int replicates, int threads,
                              Path target, boolean charts, ChartSize chartSize, boolean resume, ResumeListener listener)
            throws IOException, InterruptedException, RunFolder.Unfinished {
        if (replicates < 1) throw new IllegalArgumentException("replicates must be >= 1, was " + replicates);
        String sha256 = ExperimentFiles.sha256(scenario);
        try (RunFolder folder = RunFolder.resumable(target, identity(sha256, scenarioFile, masterSeed, replicates), "replicates", resume, "ensemble",
                "--resume")) {
            Path dir = folder.dir();
            FinishedReplicates<YearlyValues> before = new FinishedReplicates<>(dir.resolve("replicates"), masterSeed, replicates,
                    Ensemble::finishedValues, "ensemble", listener);
            YearlyEnsemble series = new YearlyEnsemble();
            Replicates.run(replicates, threads, i -> before.finished(i) ? null : Runner.run(scenario, Seeds.replicate(masterSeed, i), null),
                    (i, r) -> {
                Path rd = before.folder(i);
                if (r == null) {
                    series.add(before.take(i));
                } else {
                    if (Files.exists(rd)) throw new IllegalStateException("two replicates have the seed " + r.seed());
                    RunFolder.writeFolder(rd, d -> writeReplicate(r, i, masterSeed, scenarioFile, sha256, d));
                    // The numbers as the replicate's timeseries.csv holds them, as a resumed ensemble reads them back.
                    series.add(YearlyValues.parse(CsvFiles.format(r.timeseries())));
                    before.ranOne();
                }
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
            return new Outcome(folder.target(), series, before.ran(), before.count());
        }
    }

    /** Where the unfinished work of the ensemble that writes {@code target} is kept until it is complete. */
    public static Path unfinishedFolder(Path target) { return RunFolder.unfinishedFolder(target); }

    /**
     * What the replicates of an unfinished ensemble depend on: its scenario, seeds and the build, and
     * the scenario's path as the user wrote it, which each replicate's run.yaml records.
     */
    private static String identity(String scenarioSha256, Path scenarioFile, long masterSeed, int replicates) {
        return "kosh ensemble; scenario " + scenarioSha256 + " from " + ExperimentFiles.path(scenarioFile) + "; master seed "
                + masterSeed + "; replicates " + replicates + "; " + BuildInfo.current().label();
    }

    /** The yearly numbers of a replicate an interrupted attempt finished, from its timeseries.csv. */
    private static YearlyValues finishedValues(Path replicate) throws IOException {
        return YearlyValues.parse(Files.readString(replicate.resolve("timeseries.csv"), StandardCharsets.UTF_8));
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
