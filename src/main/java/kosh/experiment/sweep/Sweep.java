package kosh.experiment.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import kosh.chart.ChartSize;
import kosh.chart.SensitivityChart;
import kosh.engine.Runner;
import kosh.experiment.ReplicateRunner;
import kosh.experiment.ResumeListener;
import kosh.output.BuildInfo;
import kosh.output.DataPackage;
import kosh.scenario.Experiment;
import kosh.scenario.Scenario;
import kosh.scenario.ScenarioException;
import kosh.scenario.ScenarioLoader;
import kosh.scenario.ScenarioYaml;

/**
 * Runs every design point × replicate of an experiment on a number of threads and writes
 * {@code design.csv}, {@code results.csv}, {@code indices.csv} (Morris and Sobol) and
 * {@code experiment.yaml} to {@code OUT/sweeps/<experiment>/}.
 *
 * <p>Resumable: each finished run is appended to {@code journal.csv} in that folder and forced to
 * disk at once. After an interruption a resumed sweep reads the journal, runs only what is missing
 * and writes the final files from the journal in point and replicate order, so they are
 * byte-identical to those of an uninterrupted sweep, whatever the threads and the order runs
 * finished in. The journal is deleted once the final files are written. The charts of
 * {@code indices.csv} are drawn beside it; if they cannot be (e.g. an output that never varies has
 * no Sobol indices), the data files stand and the outcome says why.
 */
public final class Sweep {
    private Sweep() {}

    /**
     * What a sweep did.
     *
     * @param files     the final files, relative to {@code folder}
     * @param ran       runs done by this call
     * @param resumed   runs taken from the journal
     * @param discarded journal lines discarded (cut short or damaged) and done again
     * @param chartProblem why the sensitivity charts could not be drawn, or null (the data files are complete either way)
     */
    public record Outcome(Path folder, List<Path> files, int ran, int resumed, int discarded, String chartProblem) {}

    /** {@code <out>/sweeps/<experiment>}. */
    public static Path folderFor(Path out, Experiment e) { return out.resolve("sweeps").resolve(e.name()); }

    /** The journal of the sweep that writes {@code folder}: there while the sweep is unfinished. */
    public static Path journal(Path folder) { return folder.resolve(Journal.FILE); }

    /** Whether {@code folder} holds a finished sweep (its results, and no journal of unfinished work). */
    public static boolean finished(Path folder) {
        return Files.exists(folder.resolve(SweepFiles.RESULTS)) && !Files.exists(journal(folder));
    }

    /**
     * The columns of {@code timeseries.csv} a run of {@code scenario} writes, found by running it with
     * 100 persons (for {@code ExperimentLoader.load}).
     */
    public static Collection<String> timeseriesColumns(Scenario scenario) {
        try {
            Scenario tiny = ScenarioLoader.load(scenario.file(), Map.of("population.persons", 100));
            return Runner.run(tiny, 1, null).timeseries().columns();
        } catch (ScenarioException e) {
            throw new IllegalStateException("the base scenario, valid as it is, is refused with 100 persons: " + e.getMessage(), e);
        }
    }

    /**
     * Runs the sweep.
     *
     * @param resume continue from the journal in {@code folder}; without it an existing journal is an error
     * @param charts draw the charts of {@code indices.csv} ({@link SensitivityChart}) beside it
     * @param chartSize the page size they are drawn for
     * @throws SweepException if a journal is in the way, belongs to another experiment, or a design point's scenario is refused
     * @throws ExecutionException if a run failed (its cause: e.g. an {@link UncheckedIOException} writing the journal)
     */
    public static Outcome run(Experiment e, Path folder, int threads, boolean resume, boolean charts, ChartSize chartSize,
                              ResumeListener listener)
            throws SweepException, IOException, ExecutionException, InterruptedException {
        Plan plan = Plan.of(e);
        int outputs = e.outputs().size();
        String header = header(e);
        Path journalFile = journal(folder);
        Journal.Contents done = new Journal.Contents(List.of(), 0);
        if (Files.exists(journalFile)) {
            if (!resume)
                throw new SweepException("an unfinished sweep's journal is in the way: " + journalFile
                        + "\n  hint: add --resume to continue that sweep, or delete " + journalFile + " to start afresh");
            done = Journal.read(journalFile, header, plan, outputs);
        }
        Set<Integer> finished = new HashSet<>();
        for (Journal.Entry x : done.entries()) finished.add(x.point() * plan.replicates() + x.replicate());
        List<Integer> todo = new ArrayList<>();
        for (int run = 0; run < plan.runs(); run++) if (!finished.contains(run)) todo.add(run);
        checkPoints(plan, todo);
        String baseSha256 = sha256(e.scenario());

        Files.createDirectories(folder);
        AtomicInteger count = new AtomicInteger();
        if (listener != null) listener.started(todo.size(), done.entries().size(), done.discarded());
        try (Journal journal = Journal.create(journalFile, header, done.entries())) {
            ReplicateRunner.run(todo.size(), threads, i -> {
                int run = todo.get(i), point = run / plan.replicates(), replicate = run % plan.replicates();
                Journal.Entry entry = new Journal.Entry(point, replicate, plan.seed(replicate), runOne(plan, point, replicate, baseSha256));
                try {
                    journal.append(entry);
                } catch (IOException ex) {
                    throw new UncheckedIOException("cannot append to " + journalFile, ex);
                }
                return count.incrementAndGet();
            }, (i, n) -> {
                if (listener != null) listener.finished(n);
            });
        }
        Journal.Contents all = Journal.read(journalFile, header, plan, outputs);
        if (all.entries().size() != plan.runs())
            throw new IllegalStateException("the journal holds " + all.entries().size() + " of " + plan.runs() + " runs after the sweep");
        SweepFiles.deleteEarlierOutput(folder);
        List<Path> files = new ArrayList<>(SweepFiles.write(folder, plan, all.entries(), baseSha256));
        String chartProblem = null;
        if (charts && files.contains(Path.of(SweepFiles.INDICES))) {
            try {
                for (Path p : SensitivityChart.draw(folder.resolve(SweepFiles.INDICES), chartSize)) files.add(p.getFileName());
            } catch (IOException ex) {
                chartProblem = ex.getMessage();
            }
        }
        Files.delete(journalFile);
        // Last, once the journal is gone: the descriptor lists every CSV in the folder.
        files.add(DataPackage.write(folder, "sweep-" + e.name(), "kosh sweep " + e.name() + " of scenario " + e.scenario().name())
                .getFileName());
        return new Outcome(folder, files, todo.size(), done.entries().size(), done.discarded(), chartProblem);
    }

    /**
     * One run of a design point. Its scenario is loaded from the base scenario's files, so those are
     * read again and checked against the base the sweep started with: a file edited while a long
     * sweep runs would otherwise change its later runs unnoticed.
     */
    private static double[] runOne(Plan plan, int point, int replicate, String baseSha256) {
        Experiment e = plan.experiment();
        Scenario s;
        try {
            s = ScenarioLoader.load(e.scenario().file(), plan.overrides(point));
            if (!sha256(ScenarioLoader.load(e.scenario().file())).equals(baseSha256)) throw new ScenarioException(e.scenario().file(), 0,
                    null, "changed while the sweep ran", "put it back as it was and add --resume, or delete "
                    + Journal.FILE + " to start afresh with it as it is now");
        } catch (ScenarioException ex) {
            throw new SweepException.InRun(new SweepException("design point " + point + ": the base scenario " + ex.getMessage()));
        }
        return Outputs.of(Runner.run(s, plan.seed(replicate), null).timeseries(), e.outputs());
    }

    /** Loads the scenario of every point still to run, so that a refused one stops the sweep before it starts. */
    private static void checkPoints(Plan plan, List<Integer> todo) throws SweepException {
        Set<Integer> checked = new HashSet<>();
        for (int run : todo) {
            int point = run / plan.replicates();
            if (!checked.add(point)) continue;
            try {
                ScenarioLoader.load(plan.experiment().scenario().file(), plan.overrides(point));
            } catch (ScenarioException ex) {
                throw new SweepException("design point " + point + " " + plan.overrides(point) + " makes a scenario that is refused:\n  "
                        + ex.getMessage().replace("\n", "\n  ") + "\n  hint: narrow the ranges in " + plan.experiment().file()
                        + " so that every combination is valid");
            }
        }
    }

    /** Names what the journal's runs depend on: the experiment, its base scenario and the build. */
    static String header(Experiment e) {
        return "# kosh sweep journal; experiment " + ScenarioYaml.sha256(ScenarioYaml.dump(e.resolved())) + "; scenario "
                + sha256(e.scenario()) + "; " + BuildInfo.current().label();
    }

    static String sha256(Scenario s) { return ScenarioYaml.sha256(ScenarioYaml.dump(s.resolved())); }
}
