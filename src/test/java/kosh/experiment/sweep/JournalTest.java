package kosh.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
    static final String HEADER = "# kosh sweep journal; test";
    @TempDir Path dir;
    Plan plan;
    Path file;

    @BeforeEach
    void plan() throws Exception {
        plan = Plan.of(Fixture.experiment(dir, "lhs", "{method: latin_hypercube, points: 4, seed: 3}", 2,
                "parameters.move.base: {min: -3.7, max: -2.7}"));
        file = dir.resolve(Journal.FILE);
    }

    private Journal.Entry entry(int point, int replicate) {
        return new Journal.Entry(point, replicate, plan.seed(replicate), new double[] {point * 1000 + replicate, 1.0 / 3 + point});
    }

    @Test
    void entriesComeBackExactlyInTheOrderWritten() throws Exception {
        try (Journal j = Journal.create(file, HEADER, List.of(entry(0, 0)))) {
            j.append(entry(3, 1));
            j.append(entry(1, 0));
        }
        Journal.Contents c = Journal.read(file, HEADER, plan, 2);
        assertEquals(0, c.discarded());
        assertEquals(List.of("0/0", "3/1", "1/0"), c.entries().stream().map(e -> e.point() + "/" + e.replicate()).toList());
        assertArrayEquals(entry(1, 0).outputs(), c.entries().get(2).outputs(), 0); // exact, not rounded
    }

    @Test
    void aHalfWrittenLastLineIsDiscardedAndTheJournalRewrittenWithoutIt() throws Exception {
        try (Journal j = Journal.create(file, HEADER, List.of())) {
            j.append(entry(0, 0));
            j.append(entry(0, 1));
        }
        byte[] whole = Files.readAllBytes(file);
        int cut = whole.length - entry(0, 1).line().length() / 2; // half of the last line, as a kill or a full disk leaves it
        Files.write(file, java.util.Arrays.copyOf(whole, cut));
        Journal.Contents c = Journal.read(file, HEADER, plan, 2);
        assertEquals(1, c.discarded());
        assertEquals(1, c.entries().size());
        try (Journal j = Journal.create(file, HEADER, c.entries())) {
            j.append(entry(0, 1)); // done again
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(HEADER + "\n" + entry(0, 0).line() + entry(0, 1).line(), text);
    }

    @Test
    void damagedRepeatedAndForeignLinesAreDiscarded() throws Exception {
        String good = entry(2, 0).line();
        String damaged = entry(2, 1).line().replaceFirst(",2001\\.0,", ",2003.0,"); // the check no longer matches
        String wrongSeed = new Journal.Entry(1, 0, 12345, new double[] {1, 2}).line();
        String outside = new Journal.Entry(9, 0, plan.seed(0), new double[] {1, 2}).line();
        Files.writeString(file, HEADER + "\n" + good + damaged + good + wrongSeed + outside + "garbage\n");
        Journal.Contents c = Journal.read(file, HEADER, plan, 2);
        assertEquals(1, c.entries().size());
        assertEquals(5, c.discarded());
    }

    @Test
    void aJournalOfAnotherExperimentIsRefused() throws Exception {
        Journal.create(file, HEADER, List.of(entry(0, 0))).close();
        SweepException e = assertThrows(SweepException.class, () -> Journal.read(file, "# kosh sweep journal; other", plan, 2));
        assertTrue(e.getMessage().contains("another experiment") && e.getMessage().contains("hint:"), e.getMessage());
    }
}
