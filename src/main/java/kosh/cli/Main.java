package kosh.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import kosh.output.BuildInfo;
import kosh.scenario.Scenario;
import kosh.scenario.ScenarioException;
import kosh.scenario.ScenarioLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kosh} command line. Exit status: 0 success, 2 bad input (options or scenario files),
 * 1 internal fault (one line on the terminal, the details in a log file).
 */
@Command(name = "kosh", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Agent-based simulation of Kazakh households moving between western Mongolia and Kazakhstan "
                + "under Kazakhstan's repatriation programme, 1990 onwards.",
        subcommands = {RunCommand.class, ScenariosCommand.class,
                EnsembleCommand.class,
                CompareCommand.class,
                SweepCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Examples:", "  java -jar target/kosh.jar run scenarios/baseline.yaml",
                "  java -jar target/kosh.jar run scenarios/no-2012-suspension.yaml --seed 7",
                "  java -jar target/kosh.jar scenarios"})
public final class Main implements Runnable {
    static final int OK = 0, FAULT = 1, BAD_INPUT = 2;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: run, scenarios, ensemble, compare, sweep or bench (see kosh --help)");
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit status (for tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            Path log = Faults.log(e);
            cmd.getErr().println("kosh: internal error: " + Faults.oneLine(e));
            cmd.getErr().println("  details: " + log);
            return FAULT;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) { // picocli hands errors on rather than to the handler above
            err.println("kosh: out of memory: " + Faults.oneLine(e) + "\n  hint: give Java more memory (e.g. KOSH_JAVA_OPTS=-Xmx4g ./kosh ...),"
                    + " or ask for less at once (fewer threads, smaller bench --scales)");
            return FAULT;
        }
    }

    /** The runs to do at once: as many as {@code --threads} asked (null: not given), else one per core. */
    static int threadCount(Integer threads) {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** Loads a scenario, or prints why it cannot be used (file, line, key, hint) and returns null. */
    static Scenario loadScenario(Path file, PrintWriter err) {
        try {
            return ScenarioLoader.load(file);
        } catch (ScenarioException e) {
            err.println("kosh: bad scenario: " + e.getMessage());
            return null;
        }
    }

    /** Version line: kosh version and the commit it was built from. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() {
            BuildInfo b = BuildInfo.current();
            return new String[] {"kosh " + b.version() + " (commit " + b.commit() + ")",
                    "Java " + System.getProperty("java.version") + ", MASON 18"};
        }
    }
}
