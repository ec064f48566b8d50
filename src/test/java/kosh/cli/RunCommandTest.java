package kosh.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline through the command line: files, their form, determinism. */
class RunCommandTest {
    static final List<String> CSVS = List.of("timeseries.csv", "monthly.csv", "belonging.csv", "events.csv", "transitions.csv");
    static final List<String> CHARTS = List.of("flows", "stocks", "belonging", "quota", "dzhut");

    @TempDir static Path tmp;
    static Path first, again, otherSeed;
    static Cli firstRun;

    @BeforeAll
    static void runBaselineThreeTimes() {
        firstRun = Cli.run("run", "scenarios/baseline.yaml", "--out", tmp.resolve("a").toString());
        first = tmp.resolve("a/baseline/seed-1");
        assertEquals(0, Cli.run("run", "scenarios/baseline.yaml", "--out", tmp.resolve("b").toString(), "--no-charts").status());
        again = tmp.resolve("b/baseline/seed-1");
        assertEquals(0, Cli.run("run", "scenarios/baseline.yaml", "--seed", "2", "--out", tmp.resolve("c").toString(),
                "--no-charts").status());
        otherSeed = tmp.resolve("c/baseline/seed-2");
    }

    @Test
    void baselineRunSucceedsAndSaysWhereItWrote() {
        assertEquals(0, firstRun.status(), firstRun.err());
        assertTrue(firstRun.out().contains("baseline/seed-1"), firstRun.out());
        assertFalse(firstRun.err().contains("Exception"), firstRun.err());
    }

    @Test
    void everyOutputFileExists() {
        for (String f : CSVS) assertTrue(Files.isRegularFile(first.resolve(f)), f);
        assertTrue(Files.isRegularFile(first.resolve("run.yaml")));
        for (String c : CHARTS) {
            assertTrue(Files.isRegularFile(first.resolve(c + ".png")), c);
            assertTrue(Files.isRegularFile(first.resolve(c + ".svg")), c);
        }
    }

    @Test
    void noStagingFoldersAreLeftBehind() throws IOException {
        try (Stream<Path> s = Files.list(first.getParent())) {
            assertEquals(List.of(first), s.toList());
        }
    }

    @Test
    void timeseriesHasTheRequiredColumnsAndOneRowPerYear() throws IOException {
        List<CSVRecord> rows = read(first.resolve("timeseries.csv"));
        assertEquals(41, rows.size());
        Set<String> header = rows.get(0).getParser().getHeaderMap().keySet();
        for (String c : List.of("year", "emigrants_households", "emigrants_persons", "emigrants_quota_persons",
                "emigrants_nonquota_persons", "returnees_persons", "naturalisations_persons",
                "restored_mn_citizenship_persons", "kazakhs_in_mongolia", "repatriates_in_kazakhstan", "citizens_kz",
                "stateless", "dual_citizens", "quota_used_households", "benefits_paid_usd", "dzhut_livestock_loss_share",
                "belonging_mean"))
            assertTrue(header.contains(c), "missing column " + c);
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(String.valueOf(1990 + i), rows.get(i).get("year"));
            for (String c : header) {
                // Every cell a number, but belonging before anyone lives in Kazakhstan (1990), which is empty.
                boolean noneYet = i == 0 && c.startsWith("belonging_");
                assertEquals(noneYet, rows.get(i).get(c).isEmpty(), c + " in " + (1990 + i));
                if (!noneYet) Double.parseDouble(rows.get(i).get(c));
            }
            double share = Double.parseDouble(rows.get(i).get("dzhut_livestock_loss_share"));
            assertTrue(share >= 0 && share <= 1);
        }
        assertTrue(Double.parseDouble(rows.get(0).get("kazakhs_in_mongolia")) >= 123_000, "about 123,000 people in 1990");
    }

    @Test
    void monthlyBelongingEventsAndTransitionsAreWellFormed() throws IOException {
        assertEquals(41 * 12, read(first.resolve("monthly.csv")).size());
        List<CSVRecord> belonging = read(first.resolve("belonging.csv"));
        Set<String> groupTypes = new java.util.HashSet<>();
        for (CSVRecord r : belonging) {
            groupTypes.add(r.get("group_type"));
            double mean = Double.parseDouble(r.get("belonging_mean"));
            assertTrue(mean >= 0 && mean <= 1, r.toString());
        }
        assertEquals(Set.of("all", "age_band", "education", "russian_fluency", "settlement"), groupTypes);
        List<String> ids = read(first.resolve("events.csv")).stream().map(r -> r.get("id")).toList();
        assertTrue(ids.containsAll(List.of("law-on-migration-1992", "suspension-2012", "resumption-2014", "dzhut-2010")), ids.toString());
        for (CSVRecord r : read(first.resolve("transitions.csv")))
            assertTrue(Long.parseLong(r.get("persons")) >= Long.parseLong(r.get("households")), r.toString());
    }

    @Test
    void runYamlRecordsWhatProducedTheRun() throws IOException {
        String y = Files.readString(first.resolve("run.yaml"));
        for (String s : List.of("scenario: baseline", "seed: 1", "kosh_version:", "git_commit:", "scenario_sha256:",
                "resolved_scenario:", "suspension-2012"))
            assertTrue(y.contains(s), "run.yaml lacks " + s);
    }

    @Test
    void chartsAreReadableImagesAndSvg() throws Exception {
        for (String c : CHARTS) {
            BufferedImage img = ImageIO.read(first.resolve(c + ".png").toFile());
            assertTrue(img.getWidth() >= 1600 && img.getHeight() >= 1000, c);
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.newDocumentBuilder().parse(first.resolve(c + ".svg").toFile());
        }
    }

    @Test
    void sameSeedGivesByteIdenticalCsv() throws IOException {
        for (String f : CSVS) assertArrayEquals(Files.readAllBytes(first.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
    }

    @Test
    void differentSeedsGiveDifferentRuns() throws IOException {
        assertFalse(Files.readString(first.resolve("timeseries.csv")).equals(Files.readString(otherSeed.resolve("timeseries.csv"))));
    }

    static List<CSVRecord> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return p.getRecords();
        }
    }
}
