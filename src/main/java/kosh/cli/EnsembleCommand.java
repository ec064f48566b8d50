package kosh.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import kosh.experiment.Ensemble;
import kosh.experiment.Summary;
import kosh.experiment.YearlyEnsemble;
import kosh.experiment.YearlyValues;
import kosh.output.RunFolder;
import kosh.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kosh ensemble SCENARIO --replicates N}: many replicates of one scenario and their spread. */
@Command(name = "ensemble", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run one scenario N times in parallel, replicate i with the seed derived from the master seed "
                + "(replicates.csv lists them; 'kosh run SCENARIO --seed <that>' reruns one alone), and write every "
                + "replicate's tables, summary.csv (the spread of each yearly metric over the replicates), events.csv, "
                + "experiment.yaml and charts to OUT/<scenario>/ensemble-s<S>-n<N>/ once all are done. The files are the same "
                + "whatever the number of threads. Until then they are built in .ensemble-s<S>-n<N>.unfinished/ beside it, "
                + "which keeps every finished replicate if the ensemble is interrupted; --resume then runs only the missing "
                + "ones and gives the same files as an uninterrupted ensemble."},
        footer = {"", "Examples:", "  java -jar target/kosh.jar ensemble scenarios/baseline.yaml --replicates 20",
                "  java -jar target/kosh.jar ensemble scenarios/baseline.yaml --replicates 1000 --resume",
                "", "Exit status: 0 done, 2 bad scenario or options, or an unfinished ensemble in the way (nothing run), "
                + "1 internal error or a folder that cannot be written (finished replicates are kept for --resume)."})
final class EnsembleCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file, e.g. scenarios/baseline.yaml")
    Path scenarioFile;

    @Mixin ReplicateOptions options;

    @Option(names = "--resume", description = "Continue an interrupted ensemble of the same scenario, seed and replicates, "
            + "running only the replicates it did not finish.")
    boolean resume;

    @Mixin OutputOptions output;

    @picocli.CommandLine.Spec CommandSpec spec;

    @Override public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (options.refused(err)) return Main.BAD_INPUT;
        Scenario scenario = Main.loadScenario(scenarioFile, err);
        if (scenario == null) return Main.BAD_INPUT;
        long t0 = System.nanoTime();
        Path folder = Ensemble.folderFor(output.out, scenario.name(), options.seed, options.replicates);
        Path unfinished = Ensemble.unfinishedFolder(folder);
        if (Faults.nothingToResume(err, resume, unfinished, List.of(folder))) return Main.OK;
        Ensemble.Outcome outcome;
        try (ResumeBar bar = new ResumeBar(output.barStream(spec), output.quiet ? null : spec.commandLine().getOut(),
                "kosh ensemble " + scenario.name(), "replicates", "in " + unfinished, "replicate folder")) {
            outcome = Ensemble.run(scenario, scenarioFile, options.seed, options.replicates, options.threadCount(), folder,
                    output.charts(), output.chartSize, resume, bar);
        } catch (RunFolder.Unfinished e) {
            err.println("kosh: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (java.io.IOException e) {
            return Faults.cannotWrite(err, "ensemble", folder, unfinished, e);
        }
        if (!output.quiet) summary(scenario, outcome, (System.nanoTime() - t0) / 1e9);
        return Main.OK;
    }

    private void summary(Scenario scenario, Ensemble.Outcome o, double seconds) {
        PrintWriter w = spec.commandLine().getOut();
        YearlyEnsemble e = o.replicates();
        YearlyValues shape = e.first();
        w.printf(Locale.ROOT, "%s: %d replicates, master seed %d (%.1f s%s). Persons, %d-%d, median over replicates "
                + "(90%% of replicates between):%n", scenario.name(), e.size(), options.seed, seconds,
                o.resumed() > 0 ? "; " + o.ran() + " run now, " + o.resumed() + " taken from the unfinished attempt" : "",
                scenario.startYear(), scenario.endYear());
        for (String[] m : new String[][] {{"emigrants_persons", "left Mongolia"}, {"returnees_persons", "came back"}}) {
            int metric = shape.metricIndex(m[0]);
            double[] totals = new double[e.size()];
            for (int i = 0; i < totals.length; i++)
                totals[i] = e.replicate(i).sum(metric, scenario.startYear(), scenario.endYear());
            Summary s = Summary.of(totals);
            w.printf(Locale.ROOT, "  %-14s %,.0f (%,.0f to %,.0f)%n", m[1], s.median(), s.p5(), s.p95());
        }
        w.println("Wrote " + o.folder() + ": summary.csv events.csv experiment.yaml replicates.csv replicates/seed-*/"
                + (output.charts() ? " and charts" : ""));
    }

    /** Options of every command that runs replicates: how many, from which master seed, on how many threads. */
    static final class ReplicateOptions {
        @Option(names = {"-n", "--replicates"}, paramLabel = "N", required = true,
                description = "Replicates (of each scenario), 1 to 1,000,000.")
        int replicates;

        @Option(names = {"-s", "--seed"}, paramLabel = "S", defaultValue = "1",
                description = "Master seed the replicate seeds are derived from (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = {"-t", "--threads"}, paramLabel = "T",
                description = "Runs at once (default: all cores). Does not change the results.")
        Integer threads;

        /** More replicates than this (about ten days of baseline runs on 2 cores) is surely a typo. */
        static final int MAX_REPLICATES = 1_000_000;

        /** What is wrong with the replicate and thread counts, or null. */
        private String problem() {
            if (replicates < 1) return "--replicates must be at least 1, was " + replicates;
            if (replicates > MAX_REPLICATES)
                return "--replicates must be at most " + String.format(java.util.Locale.ROOT, "%,d", MAX_REPLICATES) + ", was " + replicates;
            if (threads != null && threads < 1) return "--threads must be at least 1, was " + threads;
            return null;
        }

        /** Says what is wrong with the counts, if anything, and whether something is. */
        boolean refused(PrintWriter err) {
            String bad = problem();
            if (bad != null) err.println("kosh: " + bad);
            return bad != null;
        }

        int threadCount() { return Main.threadCount(threads); }
    }
}
