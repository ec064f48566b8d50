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

/** {@code kosh compare --resume}: a real interruption (a killed process) and resumption, and a refusal. */
class CompareResumeTest {
    static final int N = 6;
    @TempDir Path dir;
    Path small, noSuspension;

    @BeforeEach
    void scenarios() throws IOException {
        small = EnsembleCommandTest.smallScenario(dir, "small", "scenarios/baseline.yaml");
        noSuspension = EnsembleCommandTest.smallScenario(dir, "small-no-suspension", "scenarios/no-2012-suspension.yaml");
    }

    private Path whatif(String out) { return dir.resolve(out).resolve("compare-small").resolve("small-no-suspension"); }

    private Path unfinished(String out) {
        return dir.resolve(out).resolve("compare-small").resolve(".small-no-suspension-s1-n" + N + ".unfinished");
    }

    /** Finished replicate folders in an unfinished comparison. */
    private static long finished(Path unfinished) throws IOException {
        Path reps = unfinished.resolve("replicates");
        if (!Files.isDirectory(reps)) return 0;
        try (Stream<Path> s = Files.list(reps)) {
            return s.filter(p -> p.getFileName().toString().startsWith("seed-")).count();
        }
    }

    private String[] compare(String out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("compare", small.toString(), noSuspension.toString(), "-n", "" + N,
                "--out", dir.resolve(out).toString()));
        args.addAll(List.of(more));
        return args.toArray(new String[0]);
    }

    @Test
    void aKilledComparisonResumesToFilesByteIdenticalToAnUninterruptedOne() throws Exception {
        Cli whole = Cli.run(compare("whole", "--threads", "2"));
        assertEquals(0, whole.status(), whole.err());

        // The same comparison in another process, on one thread, killed once two replicates are finished.
        Path unfinished = unfinished("killed");
        String said = KilledChild.run(dir.resolve("child.log"), () -> finished(unfinished) >= 2, compare("killed", "--threads", "1", "--quiet"));
        long done = finished(unfinished);
        assertTrue(done >= 2 && done < N, done + " replicates finished when killed; child said: " + said);
        assertFalse(Files.exists(whatif("killed")), "nothing in place before the comparison is complete");
        Files.createDirectories(unfinished.resolve("replicates").resolve(".seed-12345.tmp"));

        Cli again = Cli.run(compare("killed"));
        assertEquals(Main.BAD_INPUT, again.status(), "without --resume the unfinished comparison is in the way");
        assertTrue(again.err().contains("an unfinished comparison is in the way: " + unfinished), again.err());

        Cli resumed = Cli.run(compare("killed", "--threads", "2", "--resume"));
        assertEquals(0, resumed.status(), resumed.err());
        assertTrue(resumed.out().contains("Resuming: " + done + " replicates done in " + unfinished
                + " (1 unfinished replicate folder discarded, to run again), " + (N - done) + " to run."), resumed.out());
        assertFalse(Files.exists(unfinished), "the finished replicates go once every what-if's folder is written");

        List<Path> files = EnsembleCommandTest.files(whatif("whole"));
        assertTrue(files.containsAll(List.of(Path.of("effects.csv"), Path.of("difference.csv"), Path.of("flows.png"))),
                files.toString());
        assertEquals(files, EnsembleCommandTest.files(whatif("killed")));
        for (Path f : files)
            assertArrayEquals(Files.readAllBytes(whatif("whole").resolve(f)), Files.readAllBytes(whatif("killed").resolve(f)), f.toString());
    }

    @Test
    void aComparisonStoppedBySigtermLeavesNoStagingFolderButKeepsItsFinishedReplicates() throws Exception {
        Path unfinished = unfinished("stopped");
        String said = KilledChild.run(dir.resolve("child.log"), () -> finished(unfinished) >= 1, false,
                compare("stopped", "--threads", "1", "--quiet"));
        assertTrue(finished(unfinished) >= 1, said);
        try (Stream<Path> s = Files.list(unfinished.getParent())) {
            assertEquals(List.of(unfinished.getFileName().toString()), s.map(p -> p.getFileName().toString()).toList(),
                    "the what-if's staging folder is removed at shutdown; the finished replicates stay for --resume");
        }
    }

    @Test
    void anUnfinishedComparisonOfOtherScenariosIsNotResumed() throws Exception {
        Path other = unfinished("out");
        Files.createDirectories(other.resolve("replicates"));
        Files.writeString(other.resolve(".kosh-unfinished"), "kosh compare; small 0000; small-no-suspension 0000; master seed 1\n");
        Cli c = Cli.run(compare("out", "--resume"));
        assertEquals(Main.BAD_INPUT, c.status());
        assertTrue(c.err().contains("was started with another scenario (or path to it), seed or build of kosh") && c.err().contains("hint:"), c.err());
        assertTrue(Files.isDirectory(other), "another comparison's work is left alone");
        assertFalse(Files.exists(whatif("out")));
    }
}
