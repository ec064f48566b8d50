package kosh.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kosh.chart.ChartSize;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --chart-size}: every command that draws charts draws them for the page asked, and refuses a bad name. */
class ChartSizeOptionTest {
    private static final Pattern SVG_WIDTH = Pattern.compile("<svg[^>]*\\swidth=\"([^\"]+)\"");

    @TempDir static Path tmp;
    static Path small, whatif;
    static Cli single, doubled;

    @BeforeAll
    static void runTheSmallBaselineAtTwoSizes() throws IOException {
        small = EnsembleCommandTest.smallScenario(tmp, "small", "scenarios/baseline.yaml");
        whatif = EnsembleCommandTest.smallScenario(tmp, "small-no-suspension", "scenarios/no-2012-suspension.yaml");
        single = Cli.run("run", small.toString(), "--chart-size", "single", "--quiet", "--out", tmp.resolve("single").toString());
        doubled = Cli.run("run", small.toString(), "--quiet", "--out", tmp.resolve("default").toString());
    }

    @Test
    void singleDrawsOneColumnWideAndTheDefaultIsDouble() throws IOException {
        assertEquals(0, single.status(), single.err());
        assertEquals(0, doubled.status(), doubled.err());
        Path one = tmp.resolve("single/small/seed-1"), two = tmp.resolve("default/small/seed-1");
        assertEquals(1050, pngSize(one.resolve("flows.png"))[0], "3.5 in at 300 dpi");
        assertEquals(960, pngSize(one.resolve("flows.png"))[1], "3.2 in at 300 dpi");
        assertEquals("3.5in", svgWidth(one.resolve("flows.svg")));
        assertEquals(2160, pngSize(two.resolve("flows.png"))[0], "7.2 in at 300 dpi");
        assertEquals("7.2in", svgWidth(two.resolve("flows.svg")));
        // Two stacked panels get more height in one column, so each keeps room for its axis.
        assertEquals(ChartSize.SINGLE_COLUMN.pngHeightPixels(2), pngSize(one.resolve("belonging.png"))[1]);
        assertTrue(pngSize(one.resolve("belonging.png"))[1] > pngSize(one.resolve("flows.png"))[1]);
    }

    @Test
    void captionSaysWhichSizeDrewTheChart() throws IOException {
        assertTrue(Files.readString(tmp.resolve("single/small/seed-1/flows.caption.txt")).contains(
                "Drawn at --chart-size single: 3.5 × 3.2 in (89 × 81 mm); the PNG is 1050 × 960 px at 300 dpi."));
        assertTrue(Files.readString(tmp.resolve("default/small/seed-1/flows.caption.txt")).contains("--chart-size double"));
    }

    @Test
    void theSizeChangesNoTableNorTheDataPlotted() throws IOException {
        for (String f : new String[] {"timeseries.csv", "belonging.csv", "flows.data.csv", "belonging.data.csv", "datapackage.json"})
            assertArrayEquals(Files.readAllBytes(tmp.resolve("default/small/seed-1").resolve(f)),
                    Files.readAllBytes(tmp.resolve("single/small/seed-1").resolve(f)), f);
    }

    @Test
    void ensembleAndCompareDrawAtTheSizeAsked() throws IOException {
        Cli e = Cli.run("ensemble", small.toString(), "-n", "1", "--chart-size", "single", "--quiet", "--out",
                tmp.resolve("ens").toString());
        assertEquals(0, e.status(), e.err());
        Path ens = tmp.resolve("ens/small/ensemble-s1-n1");
        assertEquals(1050, pngSize(ens.resolve("stocks.png"))[0]);
        assertTrue(Files.readString(ens.resolve("stocks.caption.txt")).contains("--chart-size single"));

        Cli c = Cli.run("compare", small.toString(), whatif.toString(), "-n", "1", "--chart-size", "screen", "--quiet",
                "--out", tmp.resolve("cmp").toString());
        assertEquals(0, c.status(), c.err());
        Path cmp = tmp.resolve("cmp/compare-small/small-no-suspension");
        assertEquals(2400, pngSize(cmp.resolve("stocks.png"))[0], "8 in at 300 dpi");
        assertEquals("8in", svgWidth(cmp.resolve("stocks.svg")));
    }

    @Test
    void aBadSizeIsRefusedInOneLineNamingTheChoicesWithStatus2() {
        String[][] commands = {
            {"run", "scenarios/baseline.yaml"},
            {"ensemble", "scenarios/baseline.yaml", "-n", "2"},
            {"compare", "scenarios/baseline.yaml", "scenarios/no-dzhut.yaml", "-n", "2"},
            {"sweep", "scenarios/experiments/morris-baseline.yaml"},
        };
        for (String[] command : commands) {
            Path out = tmp.resolve("refused-" + command[0]);
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command),
                    java.util.stream.Stream.of("--chart-size", "huge", "--out", out.toString())).toArray(String[]::new);
            Cli c = Cli.run(args);
            assertEquals(2, c.status(), command[0] + ": " + c.err());
            String first = c.err().lines().findFirst().orElse("");
            assertTrue(first.contains("--chart-size") && first.contains("'huge'") && first.contains("single, double, screen"),
                    command[0] + ": " + c.err());
            assertFalse(Files.exists(out), command[0] + " writes nothing");
        }
    }

    @Test
    void everyCommandThatDrawsListsTheSizesInItsHelp() {
        for (String command : new String[] {"run", "ensemble", "compare", "sweep"}) {
            Cli c = Cli.run(command, "--help");
            assertEquals(0, c.status());
            assertTrue(c.out().contains("--chart-size=SIZE") && c.out().contains("single, double, screen")
                    && c.out().contains("Default: double"), command + ": " + c.out());
        }
    }

    @Test
    void sizesAreNamedInAnyCaseAndTheNamesAreTheOptionValues() {
        assertEquals(ChartSize.SINGLE_COLUMN, new OutputOptions.SizeName().convert("Single"));
        assertEquals(ChartSize.SCREEN, new OutputOptions.SizeName().convert("screen"));
        for (ChartSize s : ChartSize.values())
            assertEquals(s, new OutputOptions.SizeName().convert(s.optionName()));
    }

    /** Width and height in pixels, from the PNG's IHDR chunk. */
    static int[] pngSize(Path png) throws IOException {
        ByteBuffer header = ByteBuffer.wrap(Files.readAllBytes(png), 16, 8);
        return new int[] {header.getInt(), header.getInt()};
    }

    static String svgWidth(Path svg) throws IOException {
        Matcher m = SVG_WIDTH.matcher(Files.readString(svg));
        assertTrue(m.find(), svg.toString());
        return m.group(1);
    }
}
