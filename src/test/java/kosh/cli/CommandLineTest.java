package kosh.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The command line behaves like a well-made tool: help, version, suggestions, exit statuses. */
class CommandLineTest {
    @TempDir Path tmp;

    @Test
    void helpOnTheProgramAndEveryCommand() {
        Cli top = Cli.run("--help");
        assertEquals(0, top.status());
        assertTrue(top.out().contains("run") && top.out().contains("scenarios"), top.out());
        for (String cmd : new String[] {"run", "scenarios"}) {
            Cli c = Cli.run(cmd, "--help");
            assertEquals(0, c.status(), cmd);
            assertTrue(c.out().contains("Usage: kosh " + cmd), c.out());
        }
    }

    @Test
    void versionNamesKoshAndItsCommit() {
        Cli v = Cli.run("--version");
        assertEquals(0, v.status());
        assertTrue(v.out().startsWith("kosh "), v.out());
        assertTrue(v.out().contains("commit"), v.out());
    }

    @Test
    void mistypedOptionGetsASuggestionAndStatus2() {
        Cli c = Cli.run("run", "scenarios/baseline.yaml", "--sed", "3");
        assertEquals(2, c.status());
        assertTrue(c.err().contains("--seed"), c.err());
    }

    @Test
    void mistypedCommandGetsASuggestion() {
        Cli c = Cli.run("rnu", "scenarios/baseline.yaml");
        assertEquals(2, c.status());
        assertTrue(c.err().contains("run"), c.err());
    }

    @Test
    void noCommandIsBadInput() {
        assertEquals(2, Cli.run().status());
    }

    @Test
    void badScenarioGivesItsErrorStatus2AndWritesNothing() throws IOException {
        Path bad = tmp.resolve("typo.yaml");
        Files.writeString(bad, "extends: " + Path.of("scenarios/baseline.yaml").toAbsolutePath()
                + "\ndescription: a typo\nparameters:\n  move:\n    bsae: -3\n");
        Path out = tmp.resolve("out");
        Cli c = Cli.run("run", bad.toString(), "--out", out.toString());
        assertEquals(2, c.status());
        assertTrue(c.err().contains("typo.yaml:5"), c.err());
        assertTrue(c.err().contains("parameters.move.bsae"), c.err());
        assertTrue(c.err().contains("did you mean 'base'?"), c.err());
        assertFalse(c.err().contains("\tat "), "no stack trace: " + c.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    /** Bad what-if bodies: kind, YAML after the description line, line of the error, key, words of the message. */
    static Stream<Arguments> badScenarios() {
        return Stream.of(
                Arguments.of("unknown key", "parameters:\n  move:\n    bsae: -3", 5, "parameters.move.bsae", "did you mean 'base'?"),
                Arguments.of("wrong type", "parameters:\n  move:\n    base: high", 5, "parameters.move.base", "expected a number"),
                Arguments.of("out of range", "parameters:\n  migration:\n    cluster_share: 1.5", 5,
                        "parameters.migration.cluster_share", "out of range"),
                Arguments.of("dates out of order", "events:\n  - {id: a, type: suspension, date: 2013-01-01}\n"
                        + "  - {id: b, type: suspension, date: 2012-01-01}", 5, "events[1].date", "out of order"),
                Arguments.of("unknown event type", "events:\n  - {id: a, type: suspenssion, date: 2013-01-01}", 4,
                        "events[0].type", "did you mean 'suspension'?"),
                // SnakeYAML refuses a global tag while parsing, before any key is known: file, line and hint only.
                Arguments.of("custom tag", "parameters: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]", 3,
                        "not valid YAML", "remove the '!' tag"));
    }

    /** Each kind of bad scenario: its own message, status 2, and an earlier run in the same place left as it was. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("badScenarios")
    void eachKindOfBadScenarioGivesItsErrorAndStatus2(String kind, String body, int line, String key, String expected)
            throws IOException {
        Path bad = tmp.resolve("bad-case.yaml");
        Files.writeString(bad, "extends: " + Path.of("scenarios/baseline.yaml").toAbsolutePath()
                + "\ndescription: " + kind + "\n" + body + "\n");
        Path earlier = tmp.resolve("out/bad-case/seed-1/timeseries.csv");
        Files.createDirectories(earlier.getParent());
        Files.writeString(earlier, "an earlier run");
        Cli c = Cli.run("run", bad.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(2, c.status(), c.err());
        assertTrue(c.err().contains("bad-case.yaml:" + line + ":"), c.err());
        assertTrue(c.err().contains(key), c.err());
        assertTrue(c.err().contains(expected), c.err());
        assertTrue(c.err().contains("hint:"), c.err());
        assertFalse(c.err().contains("\tat "), "no stack trace: " + c.err());
        assertEquals("an earlier run", Files.readString(earlier));
        try (var files = Files.list(tmp.resolve("out/bad-case"))) {
            assertEquals(1, files.count(), "nothing else written");
        }
    }

    @Test
    void missingScenarioFileIsBadInput() {
        Cli c = Cli.run("run", "scenarios/no-such-file.yaml", "--out", tmp.resolve("out").toString());
        assertEquals(2, c.status());
        assertTrue(c.err().contains("no such file") && c.err().contains("baseline.yaml"), c.err());
    }

    @Test
    void unwritableOutputIsAOneLineFaultWithStatus1() throws IOException {
        Path blocker = tmp.resolve("file-not-folder");
        Files.writeString(blocker, "x");
        Cli c = Cli.run("run", "scenarios/no-dzhut.yaml", "--out", blocker.toString(), "--no-charts", "--quiet");
        assertEquals(1, c.status());
        assertTrue(c.err().startsWith("kosh: "), c.err());
        assertFalse(c.err().contains("\tat "), "no stack trace: " + c.err());
        assertEquals("x", Files.readString(blocker));
    }

    @Test
    void scenariosListsEveryFileAndWhatAWhatIfChanges() {
        Cli c = Cli.run("scenarios");
        assertEquals(0, c.status(), c.out());
        for (String f : new String[] {"baseline.yaml", "no-1997-reform.yaml", "no-nurly-kosh.yaml", "no-2012-suspension.yaml",
                "permanent-suspension.yaml", "dual-citizenship.yaml", "no-dzhut.yaml", "severe-dzhut-decade.yaml"})
            assertTrue(c.out().contains(f), f);
        assertTrue(c.out().contains("removed  suspension-2012"), c.out());
        assertTrue(c.out().contains("added    dual-citizenship-1992"), c.out());
    }

    @Test
    void scenariosListsAFileTheModelRefusesAsInvalidAndGoesOn() throws IOException {
        String extendsBaseline = "extends: '" + Path.of("scenarios/baseline.yaml").toAbsolutePath() + "'\n";
        Files.writeString(tmp.resolve("a-no-belonging.yaml"), "description: no part of belonging counts\n" + extendsBaseline
                + "parameters:\n  belonging_weights: {ethnic: 0, linguistic: 0, soviet_past: 0, lifestyle: 0, acceptance: 0}\n");
        Files.writeString(tmp.resolve("b-fine.yaml"), "description: a valid what-if after it\n" + extendsBaseline);
        Cli c = Cli.run("scenarios", tmp.toString());
        assertEquals(2, c.status(), c.out() + c.err());
        assertTrue(c.out().contains("a-no-belonging.yaml") && c.out().contains("INVALID: ")
                && c.out().contains(":4: key 'parameters.belonging_weights': "), c.out());
        assertTrue(c.out().contains("b-fine.yaml                  a valid what-if after it"), c.out());
        assertFalse(c.err().contains("internal error"), c.err());
    }
}
