package kosh.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class RunChartsTest {

    /** Two policy events (one pair close together) and one dzhut winter. */
    private static final String[][] EVENTS = {
        {"1992-06-01", "quota-1992", "quota"},
        {"1993-01-01", "dzhut-1993", "dzhut"},
        {"1995-03-01", "law-1995", "law"},
    };

    private static final String[] TITLES = {
        FlowsChart.TITLE, StocksChart.TITLE, BelongingChart.TITLE, QuotaChart.TITLE, DzhutChart.TITLE,
    };

    @TempDir
    Path dir;

    @Test
    void drawAllWritesPngSvgPdfDataAndCaptionOfEachChart() throws Exception {
        RunFixture.write(dir, 1990, 1997, EVENTS);

        List<Path> written = RunCharts.drawAll(dir);

        List<Path> expected = new ArrayList<>();
        for (String name : List.of("flows", "stocks", "belonging", "quota", "dzhut")) {
            for (String extension : List.of(".png", ".svg", ".pdf", ".data.csv", ".caption.txt")) {
                expected.add(dir.resolve(name + extension));
            }
        }
        assertEquals(expected, written);
        for (Path file : expected) {
            assertTrue(Files.size(file) > 300, file + " exists and is not empty");
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String> leftovers = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".part")).collect(Collectors.toList());
            assertEquals(List.of(), leftovers, "no temporary files are left behind");
        }
    }

    @Test
    void pngsAreDoubleColumnAt300DpiRecordedInPhysAndAtLeast1600By1000() throws Exception {
        RunFixture.write(dir, 1990, 1997, EVENTS);
        ChartSize size = ChartSize.DOUBLE_COLUMN;
        for (Path file : RunCharts.drawAll(dir)) {
            if (file.toString().endsWith(".png")) {
                BufferedImage image = ImageIO.read(file.toFile());
                assertNotNull(image, file + " decodes");
                assertEquals(2160, image.getWidth(), file + ": 7.2 in at 300 dpi");
                assertEquals(size.pngHeightPixels(), image.getHeight(), file.toString());
                assertTrue(image.getWidth() >= 1600 && image.getHeight() >= 1000, file.toString());
                assertEquals(300, ChartFilesTest.pngDpi(file), 0.01, file + " records 300 dpi");
            }
        }
    }

    @Test
    void svgsAreXmlWithTitleEventLabelsAndPlainYears() throws Exception {
        RunFixture.write(dir, 1990, 1997, EVENTS);
        RunCharts.drawAll(dir);

        List<String> names = RunCharts.NAMES;
        for (int i = 0; i < names.size(); i++) {
            Path svg = dir.resolve(names.get(i) + ".svg");
            String text = svgText(svg);
            assertTrue(text.contains(TITLES[i]), svg + " has its title");
            assertTrue(text.contains("quota-1992"), svg + " labels the policy event");
            assertTrue(text.contains("dzhut-1993"), svg + " labels the dzhut winter");
            assertTrue(text.contains("Source: kosh 0.1.0 simulation, scenario fixture-run, seed 7"),
                    svg + " has the source line from run.yaml");
            assertEquals("7.2in", svgRoot(svg).getAttribute("width"), svg + " prints 7.2 in wide");
            assertTrue(text.contains("1994"), svg + " has year ticks");
            assertFalse(text.contains("1,99"), svg + " writes years without a thousands separator");
        }
        // Whichever step the ticks take, a count of thousands has its separator.
        assertTrue(java.util.regex.Pattern.compile("\\d,\\d{3}").matcher(svgText(dir.resolve("flows.svg"))).find(),
                "counts have thousands separators");
    }

    @Test
    void missingColumnIsAnIOExceptionNamingFileAndColumnAndWritesNothing() throws Exception {
        RunFixture.write(dir, 1990, 1997, EVENTS);
        dropColumn(dir.resolve("timeseries.csv"), "returnees_persons");

        IOException e = assertThrows(IOException.class, () -> RunCharts.drawAll(dir));

        assertTrue(e.getMessage().contains("timeseries.csv"), e.getMessage());
        assertTrue(e.getMessage().contains("returnees_persons"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("flows.png")), "no chart is written from bad input");
    }

    @Test
    void missingBelongingColumnNamesBelongingCsv() throws Exception {
        RunFixture.write(dir, 1990, 1997, EVENTS);
        dropColumn(dir.resolve("belonging.csv"), "belonging_mean");

        IOException e = assertThrows(IOException.class, () -> RunCharts.build("belonging", dir));

        assertTrue(e.getMessage().contains("belonging.csv"), e.getMessage());
        assertTrue(e.getMessage().contains("belonging_mean"), e.getMessage());
    }

    @Test
    void badEventDateNamesEventsCsvAndTheLine() throws Exception {
        RunFixture.write(dir, 1990, 1997, new String[][] {{"1992-13-01", "quota-1992", "quota"}});

        IOException e = assertThrows(IOException.class, () -> RunCharts.drawAll(dir));

        assertTrue(e.getMessage().contains("events.csv"), e.getMessage());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void missingFileIsNamed() throws Exception {
        RunFixture.write(dir, 1990, 1997, EVENTS);
        Files.delete(dir.resolve("events.csv"));

        IOException e = assertThrows(IOException.class, () -> RunCharts.drawAll(dir));

        assertTrue(e.getMessage().contains("events.csv"), e.getMessage());
    }

    @Test
    void buildReturnsOneChartWithoutWritingAndRefusesUnknownNames() throws Exception {
        RunFixture.write(dir, 1990, 1997, EVENTS);

        JFreeChart chart = RunCharts.build("quota", dir);

        assertEquals(QuotaChart.TITLE, chart.getTitle().getText());
        assertFalse(Files.exists(dir.resolve("quota.png")));
        assertThrows(IllegalArgumentException.class, () -> RunCharts.build("pie", dir));
    }

    @Test
    void sourceLineFallsBackToFolderNamesWithoutRunYaml() throws Exception {
        Path run = dir.resolve("no-2012-suspension").resolve("seed-42");
        RunFixture.write(run, 1990, 1997, EVENTS);
        Files.delete(run.resolve("run.yaml"));

        assertEquals("Source: kosh simulation, scenario no-2012-suspension, seed 42",
                RunInfo.of(run).sourceLine());
    }

    @Test
    void scenarioNameIsFoundUnderANestedScenarioBlock() throws Exception {
        Files.writeString(dir.resolve("run.yaml"),
                "kosh_version: \"0.2.0\"\nseed: 3  # the seed\nscenario:\n  name: baseline\n  start: 1990-01\n",
                StandardCharsets.UTF_8);

        assertEquals(new RunInfo("0.2.0", "baseline", "3"), RunInfo.of(dir));
    }

    @Test
    void drawingAgainReplacesTheCharts() throws Exception {
        RunFixture.write(dir, 1990, 1997, EVENTS);
        RunCharts.drawAll(dir);
        Files.writeString(dir.resolve("run.yaml"), "kosh_version: 0.1.0\nseed: 8\nscenario: redrawn\n");

        RunCharts.drawAll(dir);

        assertTrue(svgText(dir.resolve("stocks.svg")).contains("scenario redrawn, seed 8"));
    }

    @Test
    void pdfsAreOnePageOfTheChartSizeWithTitleAndLabelsAsText() throws Exception {
        RunFixture.write(dir, 1990, 1997, EVENTS);
        RunCharts.drawAll(dir);

        for (int i = 0; i < RunCharts.NAMES.size(); i++) {
            Path pdf = dir.resolve(RunCharts.NAMES.get(i) + ".pdf");
            try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                assertEquals(1, document.getNumberOfPages(), pdf.toString());
                org.apache.pdfbox.pdmodel.common.PDRectangle box = document.getPage(0).getMediaBox();
                assertEquals(7.2 * 72, box.getWidth(), 0.01, pdf + " width in points");
                assertEquals(ChartSize.DOUBLE_COLUMN.heightPoints(), box.getHeight(), 0.01, pdf.toString());
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
                assertTrue(text.contains(TITLES[i]), pdf + " has its title as text: " + text);
                // PDFBox splits text turned upright into pieces; the characters are there in order.
                assertTrue(text.replaceAll("\\s+", "").contains("quota-1992"), pdf + " labels the events as text");
            }
        }
    }

    @Test
    void dataCsvHoldsExactlyThePlottedValuesOneRowPerYearAndSeries() throws Exception {
        RunFixture.write(dir, 1990, 1997, EVENTS);
        RunCharts.drawAll(dir);

        CsvTable data = CsvTable.read(dir.resolve("flows.data.csv"));
        CsvTable timeseries = CsvTable.read(dir.resolve("timeseries.csv"));
        assertEquals(List.of("year", "series", "label", "value", "unit"), data.header());
        assertEquals(4 * 8, data.size(), "four series over eight years");
        CsvTable returnees = data.where("series", "returnees_persons");
        assertEquals(timeseries.strings("year"), returnees.strings("year"));
        assertEquals(timeseries.strings("returnees_persons"), returnees.strings("value"));
        assertEquals("Returnees to Mongolia", returnees.strings("label").get(0));

        CsvTable belonging = CsvTable.read(dir.resolve("belonging.data.csv"));
        CsvTable fluent = belonging.where("group", "fluent");
        assertEquals(CsvTable.read(dir.resolve("belonging.csv")).where("group", "fluent")
                .strings("belonging_mean"), fluent.strings("value"));
        assertEquals(0, belonging.where("group_type", "education").size(), "only the groups drawn");
    }

    @Test
    void captionSaysWhatProducedTheChartAndListsTheEvents() throws Exception {
        RunFixture.write(dir, 1990, 1997, EVENTS);
        RunCharts.drawAll(dir);

        String caption = Files.readString(dir.resolve("stocks.caption.txt"));
        assertTrue(caption.startsWith(StocksChart.TITLE), caption);
        assertTrue(caption.contains("Scenario: fixture-run (scenario_sha256 " + RunFixture.SHA256 + ")"), caption);
        assertTrue(caption.contains("Seed: 7"), caption);
        assertTrue(caption.contains("kosh 0.1.0, git commit abc1234"), caption);
        assertTrue(caption.contains("quota-1992") && caption.contains("dzhut-1993"), caption);
        assertTrue(caption.contains("labelled with these ids"), caption);
        assertTrue(caption.contains("stocks.data.csv"), caption);
    }

    @Test
    void crowdedEventsOnASingleColumnAreNumberedAndTheCaptionSaysSo() throws Exception {
        RunFixture.write(dir, 1990, 2030, RunFixture.FULL_EVENTS);

        RunCharts.drawAll(dir, ChartSize.SINGLE_COLUMN);

        String caption = Files.readString(dir.resolve("flows.caption.txt"));
        assertTrue(caption.contains("labelled with these numbers"), caption);
        assertTrue(caption.contains("\n 12  2012-04-01  suspension-2012 (suspension)"), caption);
        String svg = svgText(dir.resolve("flows.svg"));
        assertTrue(svg.contains("\n12\n"), "the number is drawn on its own");
        assertFalse(svg.contains("suspension-2012"), "the id is not drawn");
        assertEquals(1050, ImageIO.read(dir.resolve("flows.png").toFile()).getWidth(), "3.5 in at 300 dpi");
    }

    @Test
    void printSizesKeepEveryFontBetween7And9PointsAndScreenIsDrawnToo() throws Exception {
        for (ChartSize size : List.of(ChartSize.SINGLE_COLUMN, ChartSize.DOUBLE_COLUMN)) {
            assertTrue(size.smallestFontPoints() >= 7 && size.largestFontPoints() <= 9, size.toString());
            assertTrue(size.dpi() >= 300, size.toString());
        }
        assertEquals(89, ChartSize.SINGLE_COLUMN.widthInches() * 25.4, 0.5, "single column in mm");
        assertEquals(183, ChartSize.DOUBLE_COLUMN.widthInches() * 25.4, 0.5, "double column in mm");
        RunFixture.write(dir, 1990, 1997, EVENTS);
        JFreeChart chart = RunCharts.build("flows", dir, ChartSize.SCREEN);
        assertEquals(FlowsChart.TITLE, chart.getTitle().getText());
    }

    private static org.w3c.dom.Element svgRoot(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(svg.toFile()).getDocumentElement();
    }

    private static String svgText(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", document.getDocumentElement().getLocalName());
        NodeList texts = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            all.append(texts.item(i).getTextContent()).append('\n');
        }
        return all.toString();
    }

    /** Rewrites a CSV without one column (the fixtures have no quoted commas in these files). */
    private static void dropColumn(Path csv, String column) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        int index = List.of(lines.get(0).split(",", -1)).indexOf(column);
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            List<String> cells = new ArrayList<>(List.of(line.split(",", -1)));
            cells.remove(index);
            out.add(String.join(",", cells));
        }
        Files.write(csv, out, StandardCharsets.UTF_8);
    }
}
