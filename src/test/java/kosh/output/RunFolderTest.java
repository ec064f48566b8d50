package kosh.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kosh.engine.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output is replaced whole or not at all. */
class RunFolderTest {
    @TempDir Path tmp;

    @Test
    void aFailedRunLeavesTheEarlierOutputIntactAndNoStagingBehind() throws IOException {
        Path target = tmp.resolve("baseline/seed-1");
        Files.createDirectories(target);
        Files.writeString(target.resolve("timeseries.csv"), "earlier");
        assertThrows(IllegalStateException.class, () -> {
            try (RunFolder f = RunFolder.stage(target)) {
                Files.writeString(f.dir().resolve("timeseries.csv"), "half of a new run");
                throw new IllegalStateException("the run fails before it is complete");
            }
        });
        assertEquals("earlier", Files.readString(target.resolve("timeseries.csv")));
        try (Stream<Path> s = Files.list(target.getParent())) {
            assertEquals(List.of(target), s.toList(), "no staging folder left");
        }
    }

    @Test
    void aCommittedRunReplacesTheEarlierOneWhole() throws IOException {
        Path target = tmp.resolve("baseline/seed-1");
        Files.createDirectories(target);
        Files.writeString(target.resolve("old-only.csv"), "earlier");
        try (RunFolder f = RunFolder.stage(target)) {
            Files.writeString(f.dir().resolve("timeseries.csv"), "new");
            f.commit();
        }
        assertEquals("new", Files.readString(target.resolve("timeseries.csv")));
        assertFalse(Files.exists(target.resolve("old-only.csv")), "no file of the earlier run mixed in");
        try (Stream<Path> s = Files.list(target.getParent())) {
            assertEquals(1, s.count(), "no old or staging folder left");
        }
    }

    @Test
    void csvNumbersHaveOneFixedFormat() throws IOException {
        Table t = new Table("t", List.of("year", "share", "text"));
        t.add(1990, 0.1 + 0.2, "a, \"quoted\" text");
        t.add(1991L, 2.0, "plain");
        assertEquals("year,share,text\n1990,0.3,\"a, \"\"quoted\"\" text\"\n1991,2,plain\n", CsvFiles.format(t));
        Path f = tmp.resolve("t.csv");
        CsvFiles.write(t, f);
        assertEquals(CsvFiles.format(t), Files.readString(f, StandardCharsets.UTF_8));
    }
}
