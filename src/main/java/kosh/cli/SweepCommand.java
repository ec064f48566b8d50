package kosh.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import kosh.experiment.sweep.Sweep;
import kosh.experiment.sweep.SweepException;
import kosh.scenario.Experiment;
import kosh.scenario.ExperimentLoader;
import kosh.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kosh sweep EXPERIMENT}: every design point × replicate of an experiment file, resumable. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run every design point x replicate of an experiment file (scenarios/experiments/*.yaml: a base "
                + "scenario, the settings to vary and their ranges, a grid, latin_hypercube, morris or sobol design, the "
                + "outputs) and write design.csv, results.csv, indices.csv and its charts (morris, sobol) and experiment.yaml to "
                + "OUT/sweeps/<experiment>/. Replicate r of every point uses the seed of replicate r of the design seed "
                + "(common random numbers). Each finished run is saved at once to journal.csv there; after an interruption, "
                + "--resume runs only what is missing and gives the same files as an uninterrupted sweep."},
        footer = {"", "Examples:", "  java -jar target/kosh.jar sweep scenarios/experiments/morris-baseline.yaml --threads 2",
                "  java -jar target/kosh.jar sweep scenarios/experiments/morris-baseline.yaml --resume",
                "", "Exit status: 0 done, 2 bad experiment file, options or journal (nothing run), 1 internal error or a "
                + "folder that cannot be written (finished runs stay in the journal)."})
final class SweepCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "Experiment file, e.g. scenarios/experiments/morris-baseline.yaml")
    Path experimentFile;

    @Option(names = {"-t", "--threads"}, paramLabel = "T", description = "Runs at once (default: all cores). Does not change the results.")
    Integer threads;

    @Option(names = "--resume", description = "Continue an interrupted sweep from its journal, running only what is missing.")
    boolean resume;

    @Mixin OutputOptions output;

    @picocli.CommandLine.Spec CommandSpec spec;

    @Override public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (threads != null && threads < 1) {
            err.println("kosh: --threads must be at least 1, was " + threads);
            return Main.BAD_INPUT;
        }
        Experiment experiment;
        try {
            experiment = ExperimentLoader.load(experimentFile, Sweep::timeseriesColumns);
        } catch (ScenarioException e) {
            err.println("kosh: bad experiment: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        Path folder = Sweep.folderFor(output.out, experiment);
        if (Faults.nothingToResume(err, resume, Sweep.journal(folder), Sweep.finished(folder) ? List.of(folder) : List.of()))
            return Main.OK;
        long t0 = System.nanoTime();
        ResumeBar bar = new ResumeBar(output.barStream(spec), output.quiet ? null : spec.commandLine().getOut(),
                "kosh sweep " + experiment.name(), "runs", "in the journal", "line");
        Sweep.Outcome outcome;
        try {
            outcome = Sweep.run(experiment, folder, Main.threadCount(threads), resume,
                    output.charts(), output.chartSize, bar);
        } catch (SweepException e) {
            err.println("kosh: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (IOException e) {
            return cannotWrite(err, folder, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) return cannotWrite(err, folder, io.getCause());
            if (e.getCause() instanceof SweepException.InRun bad) {
                err.println("kosh: " + bad.getMessage() + "\n  (the runs finished are kept in " + Sweep.journal(folder) + ")");
                return Main.BAD_INPUT;
            }
            throw e;
        } finally {
            bar.close();
        }
        String chartProblem = outcome.chartProblem();
        if (chartProblem != null)
            err.println("kosh: the sweep's tables are complete, but its charts could not be drawn: " + chartProblem);
        if (!output.quiet) {
            PrintWriter o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "%s: %d design points x %d replicate%s, %d runs done now%s (%.1f s).%n", experiment.name(),
                    experiment.designPoints(), experiment.replicates(), experiment.replicates() == 1 ? "" : "s", outcome.ran(),
                    outcome.resumed() > 0 ? ", " + outcome.resumed() + " taken from the journal" : "", (System.nanoTime() - t0) / 1e9);
            o.println("Wrote " + outcome.folder() + ": " + String.join(" ", outcome.files().stream().map(Path::toString).toList()));
        }
        return Main.OK;
    }

    private static int cannotWrite(PrintWriter err, Path folder, IOException e) {
        Path journal = Sweep.journal(folder);
        err.println("kosh: cannot write the sweep to " + folder + ": " + Faults.oneLine(e) + (Files.isRegularFile(journal)
                ? " (finished runs are kept in " + journal + ": fix the cause and add --resume)" : ""));
        return Main.FAULT;
    }
}
