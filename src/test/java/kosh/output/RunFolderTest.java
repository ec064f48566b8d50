package kosh.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void aResumableFolderKeepsItsWorkOnFailureAndOnlyForTheSameWork() throws Exception {
        Path target = tmp.resolve("baseline/ensemble-s1-n4");
        Path unfinished = RunFolder.unfinishedFolder(target);
        assertEquals(tmp.resolve("baseline/.ensemble-s1-n4.unfinished").toAbsolutePath(), unfinished);
        assertThrows(IllegalStateException.class, () -> {
            try (RunFolder f = RunFolder.resumable(target, "work A", "done.csv", false, "ensemble", "--resume")) {
                Files.writeString(f.dir().resolve("done.csv"), "kept");
                throw new IllegalStateException("killed half way");
            }
        });
        assertEquals("kept", Files.readString(unfinished.resolve("done.csv")), "the work done stays for a resume");
        assertFalse(Files.exists(target));

        RunFolder.Unfinished inTheWay = assertThrows(RunFolder.Unfinished.class,
                () -> RunFolder.resumable(target, "work A", "done.csv", false, "ensemble", "--resume"));
        assertTrue(inTheWay.getMessage().contains("an unfinished ensemble is in the way") && inTheWay.getMessage().contains("add --resume"),
                inTheWay.getMessage());
        RunFolder.Unfinished other = assertThrows(RunFolder.Unfinished.class,
                () -> RunFolder.resumable(target, "work B", "done.csv", true, "ensemble", "--resume"));
        assertTrue(other.getMessage().contains("there: work A") && other.getMessage().contains("now:   work B"), other.getMessage());

        try (RunFolder f = RunFolder.resumable(target, "work A", "done.csv", true, "ensemble", "--resume")) {
            assertEquals("kept", Files.readString(f.dir().resolve("done.csv")));
            f.commit();
        }
        assertEquals(List.of("done.csv"), list(target), "the marker of unfinished work does not come along");
        assertFalse(Files.exists(unfinished));
    }

    @Test
    void aCommitThatFailsLeavesTheEarlierOutputAndTheWorkResumable() throws Exception {
        Path target = tmp.resolve("baseline/ensemble-s1-n4");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "in the way"); // a file where the folder goes: moving it aside onto a folder fails
        try (RunFolder f = RunFolder.resumable(target, "work A", "done.csv", false, "ensemble", "--resume")) {
            Files.writeString(f.dir().resolve("done.csv"), "kept");
            assertThrows(IOException.class, f::commit);
        }
        assertEquals("in the way", Files.readString(target));
        try (RunFolder f = RunFolder.resumable(target, "work A", "done.csv", true, "ensemble", "--resume")) {
            assertEquals("kept", Files.readString(f.dir().resolve("done.csv")), "still resumable: the work is named");
        }
        try (Stream<Path> s = Files.list(target.getParent())) {
            assertEquals(List.of(".ensemble-s1-n4.unfinished", "ensemble-s1-n4"),
                    s.map(p -> p.getFileName().toString()).sorted().toList(), "no folder of the old output left");
        }
    }

    @Test
    void aFolderWrittenThroughWriteFolderIsThereWholeOrNotAtAll() throws IOException {
        Path parent = tmp.resolve("replicates");
        Path folder = parent.resolve("seed-7");
        assertThrows(IOException.class, () -> RunFolder.writeFolder(folder, d -> {
            Files.writeString(d.resolve("timeseries.csv"), "half");
            throw new IOException("disk full");
        }));
        assertFalse(Files.exists(folder), "no half-written folder under the final name");
        assertEquals(List.of(), list(parent), "nor a hidden one");

        RunFolder.writeFolder(folder, d -> Files.writeString(d.resolve("timeseries.csv"), "whole"));
        assertEquals("whole", Files.readString(folder.resolve("timeseries.csv")));

        // What a kill in the middle of a write leaves behind: only hidden .tmp folders are half-written ones.
        Files.createDirectories(parent.resolve(".seed-8.tmp"));
        Files.writeString(parent.resolve(".notes.tmp"), "a file, not a folder");
        assertEquals(1, RunFolder.deleteHalfWritten(parent));
        assertEquals(List.of(".notes.tmp", "seed-7"), list(parent));
        assertEquals(0, RunFolder.deleteHalfWritten(tmp.resolve("absent")));
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
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
