package kosh.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
