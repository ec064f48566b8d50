package kosh.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import kosh.engine.Runner;
import kosh.engine.Table;
import kosh.output.RunOutput;
import kosh.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kosh run SCENARIO}: one run, its tables, run.yaml and charts. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run one scenario with one seed and write its CSV tables, run.yaml and charts "
                + "to OUT/<scenario>/seed-<seed>/ (replacing an earlier run there, and anything added to that folder, only once the new one is complete)."},
        footer = {"", "Exit status: 0 done, 2 bad scenario or options (nothing written), 1 internal error."})
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file, e.g. scenarios/baseline.yaml")
    Path scenarioFile;

    @Option(names = {"-s", "--seed"}, paramLabel = "N", defaultValue = "1",
            description = "Random seed (default: ${DEFAULT-VALUE}). The same scenario and seed give identical CSV files.")
    long seed;

    @Mixin OutputOptions output;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override public Integer call() throws Exception {
        Scenario scenario = Main.loadScenario(scenarioFile, spec.commandLine().getErr());
        if (scenario == null) return Main.BAD_INPUT;
        long t0 = System.nanoTime();
        Runner.Result result;
        try (Progress progress = output.progress(spec, "kosh " + scenario.name(),
                (scenario.endYear() - scenario.startYear() + 1) * 12L, "months")) {
            result = Runner.run(scenario, seed, progress::step);
        }
        Path folder = RunOutput.folderFor(output.out, scenario.name(), seed);
        List<Path> files;
        try {
            files = RunOutput.write(result, scenarioFile, folder, output.charts(), output.chartSize);
        } catch (java.io.IOException e) {
            // The folder is the user's to fix (full disk, a file in the way, no permission): one line, no trace.
            spec.commandLine().getErr().println("kosh: cannot write the run to " + folder + ": " + Faults.oneLine(e)
                    + " (any earlier output there is unchanged)");
            return Main.FAULT;
        }
        if (!output.quiet) summary(result, folder, files, (System.nanoTime() - t0) / 1e9);
        return Main.OK;
    }

    private void summary(Runner.Result r, Path folder, List<Path> files, double seconds) {
        var o = spec.commandLine().getOut();
        Table t = r.timeseries();
        double[] years = t.numbers("year"), em = t.numbers("emigrants_persons"), ret = t.numbers("returnees_persons");
        double emigrants = 0, returnees = 0;
        for (int i = 0; i < years.length; i++) {
            emigrants += em[i];
            returnees += ret[i];
        }
        o.printf(Locale.ROOT, "%s, seed %d: %.0f people left Mongolia and %.0f came back, %d-%d (%.1f s).%n",
                r.scenario().name(), r.seed(), emigrants, returnees, (int) years[0], (int) years[years.length - 1], seconds);
        o.println("Wrote " + files.size() + " files to " + folder + ":");
        o.println("  " + String.join(" ", files.stream().map(Path::toString).toList()));
    }
}
