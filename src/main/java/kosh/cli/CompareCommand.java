package kosh.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import kosh.experiment.Comparison;
import kosh.experiment.Effect;
import kosh.experiment.Effects;
import kosh.experiment.Period;
import kosh.output.RunFolder;
import kosh.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kosh compare BASELINE WHATIF... --replicates N}: what-ifs against a baseline over paired replicates. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a baseline and one or more what-ifs N times each, replicate i of every scenario with the same "
                + "seed (common random numbers), and write for each what-if, to OUT/compare-<baseline>/<whatif>/: "
                + "difference.csv (the spread of what-if minus baseline, replicate by replicate, for every yearly metric), "
                + "effects.csv and effects.md (headline outcomes with 95%% intervals), events.csv, replicates.csv, "
                + "experiment.yaml and charts. "
                + "The baseline runs once for all what-ifs; with --branch, a what-if that changes nothing before some month "
                + "resumes from the baseline's checkpoint of that month instead of rerunning the shared years. Finished "
                + "replicates are kept in OUT/compare-<baseline>/.<whatif>+...-s<S>-n<N>.unfinished/ until every what-if's "
                + "folder is written; after an interruption, --resume runs only the missing ones and gives the same files."},
        footer = {"", "Example:",
                "  java -jar target/kosh.jar compare scenarios/baseline.yaml \\",
                "      scenarios/no-2012-suspension.yaml --replicates 20 [--resume]",
                "", "Exit status: 0 done, 2 bad scenario or options, or an unfinished comparison in the way (nothing run), "
                + "1 internal error or a folder that cannot be written (finished replicates are kept for --resume)."})
final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BASELINE", description = "The scenario to compare with, e.g. scenarios/baseline.yaml")
    Path baselineFile;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "WHATIF", description = "One or more what-if scenario files.")
    List<Path> whatifFiles;

    @Mixin EnsembleCommand.ReplicateOptions options;

    @Mixin OutputOptions output;

    @Option(names = "--period", paramLabel = "FROM-TO",
            description = "Years over which emigrants and returnees are summed in effects.csv; repeatable "
                    + "(default: 1991-2011, 2012-2014 and 2015 to the last year).")
    List<String> periods;

    @Option(names = "--year", paramLabel = "YEAR",
            description = "Year in which stocks and belonging are compared in effects.csv; repeatable (default: 2020).")
    List<Integer> years;

    // Off by default: measured on 2 threads, the restored runs were slower than whole ones (see README, Branching).
    @Option(names = "--branch",
            description = "Resume each what-if from the baseline's checkpoint at the first month where the two differ "
                    + "(if they share at least ten years) instead of running it from the start. The files are the same.")
    boolean branch;

    @Option(names = "--resume", description = "Continue an interrupted comparison of the same scenarios, seed and replicates, "
            + "running only the replicates it did not finish.")
    boolean resume;

    @picocli.CommandLine.Spec CommandSpec spec;

    @Override public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (options.refused(err)) return Main.BAD_INPUT;
        Scenario baseline = Main.loadScenario(baselineFile, err);
        if (baseline == null) return Main.BAD_INPUT;
        List<Comparison.Input> whatifs = new ArrayList<>();
        for (Path f : whatifFiles) {
            Scenario s = Main.loadScenario(f, err);
            if (s == null) return Main.BAD_INPUT;
            whatifs.add(new Comparison.Input(s, f));
        }
        List<Period> ps = new ArrayList<>();
        List<Integer> ys = years != null ? List.copyOf(years) : List.of(Comparison.defaultYear(baseline.endYear()));
        Comparison.Input base = new Comparison.Input(baseline, baselineFile);
        try {
            if (periods == null) ps.addAll(Comparison.defaultPeriods(baseline.startYear(), baseline.endYear()));
            else for (String p : periods) ps.add(Period.parse(p));
            Comparison.check(base, whatifs, ps, ys);
        } catch (IllegalArgumentException e) {
            err.println("kosh: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        long t0 = System.nanoTime();
        List<Comparison.Outcome> outcomes;
        Path where = output.out.resolve("compare-" + baseline.name());
        Path unfinished = Comparison.unfinishedFolder(output.out, baseline.name(),
                whatifs.stream().map(w -> w.scenario().name()).toList(), options.seed, options.replicates);
        if (Faults.nothingToResume(err, resume, unfinished,
                whatifs.stream().map(w -> Comparison.folderFor(output.out, baseline.name(), w.scenario().name())).toList()))
            return Main.OK;
        try (ResumeBar bar = new ResumeBar(output.barStream(spec), output.quiet ? null : spec.commandLine().getOut(),
                "kosh compare " + baseline.name(), "replicates", "in " + unfinished, "replicate folder")) {
            outcomes = Comparison.run(base, whatifs, options.seed, options.replicates, options.threadCount(), ps, ys, output.out,
                    output.charts(), output.chartSize, branch, resume, bar);
        } catch (RunFolder.Unfinished e) {
            err.println("kosh: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (java.io.IOException e) {
            return Faults.cannotWrite(err, "comparison", where, unfinished, e);
        }
        if (!output.quiet) summary(baseline, outcomes, (System.nanoTime() - t0) / 1e9);
        return Main.OK;
    }

    private void summary(Scenario baseline, List<Comparison.Outcome> outcomes, double seconds) {
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "%d replicates of %s and %d what-if%s, master seed %d (%.1f s). What-if minus baseline, "
                + "mean (95%% interval):%n", options.replicates, baseline.name(), outcomes.size(),
                outcomes.size() == 1 ? "" : "s", options.seed, seconds);
        for (Comparison.Outcome o : outcomes) {
            w.println(o.whatif() + " (" + o.folder() + "):");
            for (Effect e : o.effects()) {
                String interval = e.hasInterval() ? " (" + Effects.number(e.ci95Low(), e.unit(), false) + " to "
                        + Effects.number(e.ci95High(), e.unit(), false) + ")" : " (no interval with one replicate)";
                w.printf(Locale.ROOT, "  %-30s %s%s%n", e.outcome(), Effects.number(e.differenceMean(), e.unit(), true),
                        interval);
            }
        }
    }
}
