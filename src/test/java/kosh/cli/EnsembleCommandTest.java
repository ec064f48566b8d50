package kosh.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import kosh.chart.EnsembleCharts;
import kosh.experiment.Seeds;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code kosh ensemble} on a 5,000-person baseline with three replicates. */
class EnsembleCommandTest {
    static final int N = 3;
    static final List<String> TABLES = List.of("timeseries.csv", "monthly.csv", "belonging.csv", "events.csv", "transitions.csv");

    @TempDir static Path tmp;
    static Path small, oneThread, threeThreads;
    static Cli first;

    @BeforeAll
    static void runTheSameEnsembleOnOneAndThreeThreads() throws IOException {
        small = smallScenario(tmp, "small", "scenarios/baseline.yaml");
        first = Cli.run("ensemble", small.toString(), "--replicates", "" + N, "--threads", "1", "--out", tmp.resolve("t1").toString());
        assertEquals(0, Cli.run("ensemble", small.toString(), "--replicates", "" + N, "--threads", "3", "--out",
                tmp.resolve("t3").toString()).status());
        oneThread = tmp.resolve("t1/small/ensemble-s1-n" + N);
        threeThreads = tmp.resolve("t3/small/ensemble-s1-n" + N);
    }

    /** A what-if of a real scenario file with 5,000 persons instead of 123,000, so that a run takes about a second. */
    static Path smallScenario(Path dir, String name, String realFile) throws IOException {
        Path f = dir.resolve(name + ".yaml");
        Files.writeString(f, "extends: " + Path.of(realFile).toAbsolutePath() + "\ndescription: " + realFile
                + " with 5,000 persons, for tests\npopulation: {persons: 5000}\n");
        return f;
    }

    @Test
    void ensembleSucceedsAndWritesEveryFile() {
        assertEquals(0, first.status(), first.err());
        assertTrue(first.out().contains("ensemble-s1-n3"), first.out());
        for (String f : List.of("replicates.csv", "summary.csv", "events.csv", "experiment.yaml"))
            assertTrue(Files.isRegularFile(oneThread.resolve(f)), f);
        for (String chart : EnsembleCharts.NAMES)
            for (String format : List.of(".png", ".svg", ".pdf"))
                assertTrue(Files.isRegularFile(oneThread.resolve(chart + format)), chart + format);
        for (int i = 0; i < N; i++) {
            Path r = oneThread.resolve("replicates/seed-" + Seeds.replicate(1, i));
            for (String t : TABLES) assertTrue(Files.isRegularFile(r.resolve(t)), r + "/" + t);
            assertTrue(Files.isRegularFile(r.resolve("run.yaml")));
        }
    }

    @Test
    void noStagingFoldersAreLeftBehind() throws IOException {
        try (Stream<Path> s = Files.list(oneThread.getParent())) {
            assertEquals(List.of(oneThread), s.toList());
        }
    }

    @Test
    void sameSeedGivesByteIdenticalFilesOnOneAndThreeThreads() throws IOException {
        List<Path> files = files(oneThread);
        assertEquals(files, files(threeThreads));
        assertEquals(N * (TABLES.size() + 1), files.stream().filter(f -> f.startsWith("replicates")).count(), files.toString());
        for (Path f : files)
            assertArrayEquals(Files.readAllBytes(oneThread.resolve(f)), Files.readAllBytes(threeThreads.resolve(f)), f.toString());
    }

    @Test
    void anEnsembleThatCouldNotBeCommittedResumesOnlyWithItsScenarioPathAndWithoutItsLeftovers() throws IOException {
        Path out = tmp.resolve("blocked"), target = out.resolve("small/ensemble-s1-n" + N);
        Files.createDirectories(target.getParent());
        Files.writeString(target, "in the way"); // a file where the folder goes: the last step, the commit, fails
        Cli blocked = Cli.run("ensemble", small.toString(), "--replicates", "" + N, "--out", out.toString());
        assertEquals(Main.FAULT, blocked.status(), blocked.err());
        assertTrue(blocked.err().contains("fix the cause and add --resume"), blocked.err());
        Files.delete(target);

        // The replicates' run.yaml files name the scenario as the user wrote it: another spelling is other work.
        Path spelledOtherwise = small.getParent().resolve(".").resolve(small.getFileName());
        Cli other = Cli.run("ensemble", spelledOtherwise.toString(), "--replicates", "" + N, "--out", out.toString(), "--resume");
        assertEquals(2, other.status(), other.err());
        assertTrue(other.err().contains("from " + small) && other.err().contains("from " + spelledOtherwise), other.err());

        // Resumed without charts: the charts the blocked attempt drew do not come along.
        Cli resumed = Cli.run("ensemble", small.toString(), "--replicates", "" + N, "--out", out.toString(), "--resume", "--no-charts");
        assertEquals(0, resumed.status(), resumed.err());
        try (Stream<Path> files = Files.list(target)) {
            assertEquals(List.of(), files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".png") || n.endsWith(".svg")).toList());
        }
        for (String f : List.of("summary.csv", "replicates.csv"))
            assertArrayEquals(Files.readAllBytes(oneThread.resolve(f)), Files.readAllBytes(target.resolve(f)), f);
    }

    @Test
    void resumingAFinishedEnsembleSaysSoAndRunsNothing() throws IOException {
        long before = Files.getLastModifiedTime(oneThread.resolve("summary.csv")).toMillis();
        Cli again = Cli.run("ensemble", small.toString(), "--replicates", "" + N, "--threads", "1", "--out", tmp.resolve("t1").toString(),
                "--resume");
        assertEquals(0, again.status(), again.err());
        assertTrue(again.err().startsWith("kosh: nothing to resume: " + oneThread + " is complete"), again.err());
        assertEquals(before, Files.getLastModifiedTime(oneThread.resolve("summary.csv")).toMillis(), "not written again");
    }

    @Test
    void replicatesCsvListsTheSeedRule() throws IOException {
        List<CSVRecord> rows = read(oneThread.resolve("replicates.csv"));
        assertEquals(N, rows.size());
        for (int i = 0; i < N; i++) {
            assertEquals(String.valueOf(i), rows.get(i).get("replicate"));
            assertEquals(String.valueOf(Seeds.replicate(1, i)), rows.get(i).get("seed"));
        }
    }

    @Test
    void aReplicateIsReproducedByRunWithItsSeed() throws IOException {
        long seed = Seeds.replicate(1, 2);
        Cli run = Cli.run("run", small.toString(), "--seed", "" + seed, "--no-charts", "--quiet", "--out", tmp.resolve("rerun").toString());
        assertEquals(0, run.status(), run.err());
        Path alone = tmp.resolve("rerun/small/seed-" + seed), inEnsemble = oneThread.resolve("replicates/seed-" + seed);
        for (String t : TABLES) assertArrayEquals(Files.readAllBytes(alone.resolve(t)), Files.readAllBytes(inEnsemble.resolve(t)), t);
    }

    @Test
    void summaryHasOneRowPerMetricAndYearAndTheRightNumbers() throws IOException {
        assertEquals("metric,year,n,mean,sd,median,p5,p25,p75,p95",
                Files.readAllLines(oneThread.resolve("summary.csv")).get(0));
        List<CSVRecord> summary = read(oneThread.resolve("summary.csv"));
        List<List<CSVRecord>> reps = new ArrayList<>();
        for (int i = 0; i < N; i++)
            reps.add(read(oneThread.resolve("replicates/seed-" + Seeds.replicate(1, i) + "/timeseries.csv")));
        int metrics = reps.get(0).get(0).getParser().getHeaderNames().size() - 1, years = reps.get(0).size();
        assertEquals(metrics * years, summary.size());
        for (CSVRecord r : summary) assertEquals(String.valueOf(N), r.get("n"));

        // Recompute one cell by hand: mean, sample sd, and percentiles by R's type 7 (h = (n-1)p + 1).
        CSVRecord cell = summary.stream().filter(r -> r.get("metric").equals("emigrants_persons") && r.get("year").equals("2000"))
                .findFirst().orElseThrow();
        double[] v = new double[N];
        for (int i = 0; i < N; i++) v[i] = Double.parseDouble(reps.get(i).get(10).get("emigrants_persons"));
        assertEquals("2000", reps.get(0).get(10).get("year"));
        Arrays.sort(v);
        double mean = (v[0] + v[1] + v[2]) / 3;
        double sd = Math.sqrt(((v[0] - mean) * (v[0] - mean) + (v[1] - mean) * (v[1] - mean) + (v[2] - mean) * (v[2] - mean)) / 2);
        assertEquals(mean, Double.parseDouble(cell.get("mean")), 1e-6);
        assertEquals(sd, Double.parseDouble(cell.get("sd")), 1e-6);
        assertEquals(v[1], Double.parseDouble(cell.get("median")), 1e-9);
        assertEquals(v[0] + 0.1 * (v[1] - v[0]), Double.parseDouble(cell.get("p5")), 1e-6);
        assertEquals(v[0] + 0.5 * (v[1] - v[0]), Double.parseDouble(cell.get("p25")), 1e-6);
        assertEquals(v[1] + 0.5 * (v[2] - v[1]), Double.parseDouble(cell.get("p75")), 1e-6);
        assertEquals(v[1] + 0.9 * (v[2] - v[1]), Double.parseDouble(cell.get("p95")), 1e-6);
    }

    @Test
    void eventsAreTheScenariosOwnWithoutTheRandomDzhuts() throws IOException {
        List<String> ensemble = Files.readAllLines(oneThread.resolve("events.csv"));
        for (int i = 0; i < N; i++) {
            List<String> run = Files.readAllLines(oneThread.resolve("replicates/seed-" + Seeds.replicate(1, i) + "/events.csv"));
            assertEquals(ensemble, run.stream().filter(l -> !l.contains(",dzhut-random-")).toList());
        }
        assertTrue(ensemble.stream().anyMatch(l -> l.contains(",suspension-2012,")), ensemble.toString());
        assertTrue(ensemble.stream().anyMatch(l -> l.contains(",dzhut-2010,")), ensemble.toString());
    }

    @Test
    void experimentYamlSaysWhatProducedTheEnsembleButNotTheThreads() throws IOException {
        String y = Files.readString(oneThread.resolve("experiment.yaml"));
        for (String s : List.of("kind: ensemble", "scenario: small", "scenario_file: " + small, "scenario_sha256: ",
                "master_seed: 1", "replicates: 3", "seed_rule: replicate i (from 0) uses SplitMix64 output i+1 of the master seed, "
                        + "sign bit cleared (kosh.experiment.Seeds)", "kosh_version: ", "git_commit: "))
            assertTrue(y.contains(s), "experiment.yaml lacks " + s + ":\n" + y);
        assertFalse(y.contains("thread"), y);
        String runYaml = Files.readString(tmp.resolve("t1/small/ensemble-s1-n3/replicates/seed-" + Seeds.replicate(1, 0) + "/run.yaml"));
        assertTrue(runYaml.contains(y.lines().filter(l -> l.startsWith("scenario_sha256:")).findFirst().orElseThrow()), runYaml);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--replicates=0", "--threads=0", "--replicates=-2", "--replicates=2000000000"})
    void badCountsAreOneLineStatus2AndNothingWritten(String option) {
        Path out = tmp.resolve("bad-" + option.replaceAll("\\W", ""));
        List<String> args = new ArrayList<>(List.of("ensemble", small.toString(), "--out", out.toString()));
        if (!option.startsWith("--replicates")) args.add("--replicates=2");
        args.add(option);
        Cli c = Cli.run(args.toArray(new String[0]));
        assertEquals(2, c.status(), c.err());
        assertEquals(1, c.err().lines().count(), c.err());
        assertTrue(c.err().startsWith("kosh: --"), c.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void badScenarioIsStatus2AndNothingWritten() throws IOException {
        Path bad = tmp.resolve("typo.yaml");
        Files.writeString(bad, "extends: " + small + "\ndescription: a typo\nparameters:\n  move:\n    bsae: -3\n");
        Path out = tmp.resolve("bad-scenario");
        Cli c = Cli.run("ensemble", bad.toString(), "--replicates", "2", "--out", out.toString());
        assertEquals(2, c.status());
        assertTrue(c.err().startsWith("kosh: bad scenario: ") && c.err().contains("typo.yaml:5"), c.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void helpDescribesTheCommand() {
        Cli c = Cli.run("ensemble", "--help");
        assertEquals(0, c.status());
        assertTrue(c.out().contains("Usage: kosh ensemble") && c.out().contains("--replicates=N"), c.out());
        assertEquals("", c.err());
    }

    @Test
    void anOutputFolderThatCannotBeWrittenIsOneLineStatus1BeforeAnyRun() throws IOException {
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");
        Cli c = Cli.run("ensemble", small.toString(), "-n", "2", "--out", file.toString());
        assertEquals(1, c.status(), c.err());
        assertTrue(c.err().startsWith("kosh: cannot write the ensemble to ") && c.err().lines().count() == 1, c.err());
        assertEquals("x", Files.readString(file));
    }

    static List<CSVRecord> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return p.getRecords();
        }
    }

    /** Every file under {@code root}, relative to it, sorted. */
    static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
