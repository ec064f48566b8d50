package kosh.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import kosh.experiment.Seeds;

/** {@code kosh ensemble --resume}: a real interruption (a killed process) and resumption, and refusals. */
class EnsembleResumeTest {
    static final int N = 8;
    @TempDir Path dir;
    Path small;

    @BeforeEach
    void scenario() throws IOException {
        small = EnsembleCommandTest.smallScenario(dir, "small", "scenarios/baseline.yaml");
    }

    private Path folder(String out, int n) { return dir.resolve(out).resolve("small").resolve("ensemble-s1-n" + n); }

    private Path unfinished(String out, int n) { return folder(out, n).resolveSibling(".ensemble-s1-n" + n + ".unfinished"); }

    /** Finished replicate folders in an unfinished ensemble. */
    private static long finished(Path unfinished) throws IOException {
        Path reps = unfinished.resolve("replicates");
        if (!Files.isDirectory(reps)) return 0;
        try (Stream<Path> s = Files.list(reps)) {
            return s.filter(p -> p.getFileName().toString().startsWith("seed-")).count();
        }
    }

    @Test
    void aKilledEnsembleResumesToFilesByteIdenticalToAnUninterruptedOne() throws Exception {
        Cli whole = Cli.run("ensemble", small.toString(), "-n", "" + N, "--out", dir.resolve("whole").toString(), "--threads", "2");
        assertEquals(0, whole.status(), whole.err());

        // The same ensemble in another process, on one thread, killed (as kill -9 would) once two replicates are finished.
        Path unfinished = unfinished("killed", N);
        String said = KilledChild.run(dir.resolve("child.log"), () -> finished(unfinished) >= 2, "ensemble", small.toString(),
                "-n", "" + N, "--out", dir.resolve("killed").toString(), "--threads", "1", "--quiet");
        long done = finished(unfinished);
        assertTrue(done >= 2 && done < N, done + " replicates finished when killed; child said: " + said);
        assertFalse(Files.exists(folder("killed", N)), "nothing in place before the ensemble is complete");

        Cli again = Cli.run("ensemble", small.toString(), "-n", "" + N, "--out", dir.resolve("killed").toString());
        assertEquals(Main.BAD_INPUT, again.status(), "without --resume the unfinished ensemble is in the way");
        assertTrue(again.err().contains("an unfinished ensemble is in the way: " + unfinished) && again.err().contains("hint: add --resume"),
                again.err());

        // A finished replicate damaged by hand is reported before any run, with what to do, and nothing is lost.
        Path first = unfinished.resolve("replicates").resolve("seed-" + Seeds.replicate(1, 0)).resolve("timeseries.csv");
        Path aside = dir.resolve("timeseries.csv.aside");
        Files.move(first, aside);
        Cli damaged = Cli.run("ensemble", small.toString(), "-n", "" + N, "--out", dir.resolve("killed").toString(), "--resume");
        assertEquals(Main.BAD_INPUT, damaged.status(), "refused before any run");
        assertTrue(damaged.err().contains("the unfinished ensemble has a damaged replicate, " + first.getParent())
                && damaged.err().contains("NoSuchFileException") && damaged.err().contains("hint: delete " + first.getParent()),
                damaged.err());
        assertFalse(damaged.out().contains("Resuming"), damaged.out());
        assertTrue(Files.isDirectory(unfinished), "the finished replicates are still there");
        Files.move(aside, first);

        // A replicate folder half-written when the process died, as a kill in the middle of its files leaves it.
        Path half = unfinished.resolve("replicates").resolve(".seed-12345.tmp");
        Files.createDirectories(half);
        Files.writeString(half.resolve("timeseries.csv"), "year,emigrants_persons\n1990,");

        Cli resumed = Cli.run("ensemble", small.toString(), "-n", "" + N, "--out", dir.resolve("killed").toString(), "--threads", "2",
                "--resume");
        assertEquals(0, resumed.status(), resumed.err());
        assertTrue(resumed.out().contains("Resuming: " + done + " replicates done in " + unfinished
                + " (1 unfinished replicate folder discarded, to run again), " + (N - done) + " to run."), resumed.out());
        assertTrue(resumed.out().contains((N - done) + " run now, " + done + " taken from the unfinished attempt"), resumed.out());
        assertFalse(Files.exists(unfinished), "the unfinished folder becomes the ensemble's");

        List<Path> files = EnsembleCommandTest.files(folder("whole", N));
        assertTrue(files.containsAll(List.of(Path.of("summary.csv"), Path.of("flows.png"), Path.of("datapackage.json"))), files.toString());
        assertEquals(files, EnsembleCommandTest.files(folder("killed", N)));
        for (Path f : files)
            assertArrayEquals(Files.readAllBytes(folder("whole", N).resolve(f)), Files.readAllBytes(folder("killed", N).resolve(f)), f.toString());
    }

    @Test
    void anUnfinishedEnsembleOfAnotherScenarioIsNotResumed() throws Exception {
        Path other = unfinished("out", 2);
        Files.createDirectories(other.resolve("replicates"));
        Files.writeString(other.resolve(".kosh-unfinished"), "kosh ensemble; scenario 0000; master seed 1; replicates 2; kosh 0 none\n");
        Cli c = Cli.run("ensemble", small.toString(), "-n", "2", "--out", dir.resolve("out").toString(), "--resume");
        assertEquals(Main.BAD_INPUT, c.status());
        assertTrue(c.err().contains("was started with another scenario (or path to it), seed or build of kosh") && c.err().contains("hint:"), c.err());
        assertTrue(Files.isDirectory(other), "another ensemble's work is left alone");
        assertFalse(Files.exists(folder("out", 2)));
    }

    @Test
    void resumeWithNothingUnfinishedRunsTheWholeEnsemble() throws Exception {
        Cli c = Cli.run("ensemble", small.toString(), "-n", "2", "--out", dir.resolve("out").toString(), "--resume", "--no-charts");
        assertEquals(0, c.status(), c.err());
        assertFalse(c.out().contains("Resuming"), c.out());
        assertTrue(Files.isRegularFile(folder("out", 2).resolve("summary.csv")));
        assertFalse(Files.exists(unfinished("out", 2)));
        assertFalse(Files.exists(folder("out", 2).resolve(".kosh-unfinished")), "the marker of unfinished work does not stay");
    }
}
