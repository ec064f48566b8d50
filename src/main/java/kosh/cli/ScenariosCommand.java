package kosh.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kosh.scenario.Scenario;
import kosh.scenario.ScenarioException;
import kosh.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kosh scenarios}: the scenario files, what each is, and what a what-if changes. */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = {"List the scenario files in DIR with a one-line description each; for a what-if, "
                + "the scenario it extends and the events it removes, changes or adds."},
        footer = {"", "Exit status: 0 all files valid, 2 some file is invalid (its error is shown)."})
final class ScenariosCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "scenarios",
            description = "Folder of scenario files (default: ${DEFAULT-VALUE}).")
    Path dir;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("kosh: no folder " + dir + " (scenario files live in scenarios/)");
            return Main.BAD_INPUT;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.yaml")) {
            for (Path p : ds) files.add(p);
        }
        files.sort(null);
        int status = Main.OK;
        for (Path f : files) {
            String name = f.getFileName().toString();
            try {
                Scenario s = ScenarioLoader.load(f);
                out.printf("%-28s %s%n", name, s.description());
                if (s.extendsFile() != null) {
                    out.printf("%-28s   extends %s%n", "", s.extendsFile().getFileName());
                    for (Scenario.EventChange c : s.changes())
                        out.printf("%-28s   %-8s %s%s%n", "", c.kind().name().toLowerCase(), c.id(),
                                c.summary().isEmpty() || c.kind() == Scenario.EventChange.Kind.REMOVED ? "" : " (" + c.summary() + ")");
                    for (String k : s.changedKeys()) out.printf("%-28s   %-8s %s%n", "", "sets", k);
                }
            } catch (ScenarioException e) {
                out.printf("%-28s INVALID: %s%n", name, e.getMessage().replace("\n", " "));
                status = Main.BAD_INPUT;
            }
        }
        return status;
    }
}
