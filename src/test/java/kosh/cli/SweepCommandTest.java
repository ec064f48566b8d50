package kosh.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kosh sweep}: a real interruption (a killed process) and resumption, and refusals. */
class SweepCommandTest {
    static final Path BASELINE = Path.of("scenarios/baseline.yaml").toAbsolutePath();
    /** Nine runs of a 5,000-person baseline: Morris, two parameters, three trajectories. */
    static final String EXPERIMENT = String.join("\n",
            "description: a small Morris screening",
            "scenario: small.yaml",
            "design: {method: morris, trajectories: 3, levels: 4, bootstrap: 200, seed: 7}",
            "replicates: 1",
            "parameters:",
            "  parameters.move.base: {min: -3.7, max: -2.7}",
            "  parameters.return.base: {min: -3.0, max: -2.0}",
            "outputs:",
            "  - {name: emigrants_1991_2011, column: emigrants_persons, from: 1991, to: 2011, aggregate: sum}",
            "  - {name: returnees_mean, column: returnees_persons, from: 1991, to: 2011, aggregate: mean}",
            "");
    static final int RUNS = 9;

    @TempDir Path dir;
    Path experiment;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("small.yaml"), "description: a small what-if\nextends: '" + BASELINE + "'\npopulation: {persons: 5000}\n");
        experiment = Files.writeString(dir.resolve("resume-me.yaml"), EXPERIMENT);
    }

    private Path folder(String out) { return dir.resolve(out).resolve("sweeps").resolve("resume-me"); }

    /** Complete run lines in a journal (its header not counted). */
    private static int entries(Path journal) throws IOException {
        if (!Files.exists(journal)) return -1;
        byte[] b = Files.readAllBytes(journal);
        int lines = 0;
        for (byte x : b) if (x == '\n') lines++;
        return lines - 1;
    }

    @Test
    void aKilledSweepResumesToFilesByteIdenticalToAnUninterruptedOne() throws Exception {
        Cli whole = Cli.run("sweep", experiment.toString(), "--out", dir.resolve("whole").toString(), "--threads", "2");
        assertEquals(0, whole.status(), whole.err());
        assertTrue(whole.out().contains("resume-me: 9 design points x 1 replicate, 9 runs done now"), whole.out());

        // The same sweep in another process, on one thread, killed (as kill -9 would) once two runs are in the journal.
        Path journal = folder("killed").resolve("journal.csv");
        String said = KilledChild.run(dir.resolve("child.log"), () -> entries(journal) >= 2, "sweep", experiment.toString(),
                "--out", dir.resolve("killed").toString(), "--threads", "1", "--quiet");
        int done = entries(journal);
        assertTrue(done >= 2 && done < RUNS, done + " runs in the journal when killed; child said: " + said);

        // Cut the last complete line in half, as a full disk would leave it (and drop any line the kill cut short).
        byte[] b = Files.readAllBytes(journal);
        int end = b.length;
        while (b[end - 1] != '\n') end--;
        int start = end - 1;
        while (b[start - 1] != '\n') start--;
        Files.write(journal, Arrays.copyOf(b, start + (end - start) / 2));

        Cli resumed = Cli.run("sweep", experiment.toString(), "--out", dir.resolve("killed").toString(), "--threads", "2", "--resume");
        assertEquals(0, resumed.status(), resumed.err());
        assertTrue(resumed.out().contains("Resuming: " + (done - 1) + " runs done in the journal (1 unfinished line discarded, to run again), "
                + (RUNS - done + 1) + " to run."), resumed.out());
        assertFalse(Files.exists(journal), "the journal goes once the files are written");

        List<String> names = list(folder("whole"));
        assertTrue(names.containsAll(List.of("design.csv", "experiment.yaml", "indices.csv", "results.csv",
                "sensitivity-morris-emigrants_1991_2011.png", "sensitivity-morris-returnees_mean.pdf")), names.toString());
        assertEquals(names, list(folder("killed")));
        for (String name : names)
            assertArrayEquals(Files.readAllBytes(folder("whole").resolve(name)), Files.readAllBytes(folder("killed").resolve(name)), name);

        List<String> indices = Files.readAllLines(folder("whole").resolve("indices.csv"));
        assertEquals("method,output,parameter,statistic,value,ci_low,ci_high", indices.get(0));
        assertEquals(1 + 2 * 2 * 2, indices.size(), "two outputs x two parameters x (mu_star, sigma)");
        assertTrue(indices.get(1).startsWith("morris,emigrants_1991_2011,parameters.move.base,mu_star,"), indices.get(1));
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSweepRunAgainWithAnotherDesignLeavesNoFilesOfTheEarlierOne() throws Exception {
        Path out = dir.resolve("again");
        Cli morris = Cli.run("sweep", experiment.toString(), "--out", out.toString());
        assertEquals(0, morris.status(), morris.err());
        assertTrue(list(folder("again")).contains("indices.csv"), list(folder("again")).toString());
        Files.writeString(experiment, EXPERIMENT.replace("{method: morris, trajectories: 3, levels: 4, bootstrap: 200, seed: 7}",
                "{method: latin_hypercube, points: 3, seed: 7}"));
        Cli resumed = Cli.run("sweep", experiment.toString(), "--out", out.toString(), "--resume");
        assertEquals(0, resumed.status(), resumed.err());
        assertTrue(resumed.err().startsWith("kosh: nothing to resume"), resumed.err());
        Cli lhs = Cli.run("sweep", experiment.toString(), "--out", out.toString());
        assertEquals(0, lhs.status(), lhs.err());
        assertEquals(List.of("datapackage.json", "design.csv", "experiment.yaml", "results.csv"), list(folder("again")),
                "no indices or sensitivity charts of the Morris sweep left");
    }

    @Test
    void aBadExperimentFileIsRefusedWithFileLineKeyAndHint() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), EXPERIMENT.replace("replicates: 1", "replicats: 1"));
        Cli c = Cli.run("sweep", bad.toString(), "--out", dir.resolve("out").toString());
        assertEquals(Main.BAD_INPUT, c.status());
        assertTrue(c.err().startsWith("kosh: bad experiment: " + bad + ":4: key 'replicats': unknown key 'replicats'\n  hint: did you mean 'replicates'?"),
                c.err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }

    @Test
    void aJournalOfAnotherExperimentIsNotResumed() throws Exception {
        Files.createDirectories(folder("out"));
        Files.writeString(folder("out").resolve("journal.csv"), "# kosh sweep journal; experiment 0000\n");
        Cli c = Cli.run("sweep", experiment.toString(), "--out", dir.resolve("out").toString(), "--resume");
        assertEquals(Main.BAD_INPUT, c.status());
        assertTrue(c.err().contains("was written for another experiment") && c.err().contains("hint:"), c.err());
    }

    @Test
    void threadsMustBePositive() {
        Cli c = Cli.run("sweep", experiment.toString(), "--threads", "0");
        assertEquals(Main.BAD_INPUT, c.status());
        assertTrue(c.err().contains("--threads must be at least 1"), c.err());
    }
}
