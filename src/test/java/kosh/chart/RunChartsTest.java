package kosh.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
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
    void drawAllWritesAPngAndAnSvgOfEachChart() throws Exception {
        RunFixture.write(dir, 1990, 1997, EVENTS);

        List<Path> written = RunCharts.drawAll(dir);

        List<Path> expected = new ArrayList<>();
        for (String name : List.of("flows", "stocks", "belonging", "quota", "dzhut")) {
            expected.add(dir.resolve(name + ".png"));
            expected.add(dir.resolve(name + ".svg"));
        }
        assertEquals(expected, written);
        for (Path file : expected) {
            assertTrue(Files.size(file) > 1000, file + " exists and is not empty");
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String> leftovers = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".part")).collect(Collectors.toList());
            assertEquals(List.of(), leftovers, "no temporary files are left behind");
        }
    }

    @Test
    void pngsDecodeAtTwiceTheChartSizeAndAtLeast1600By1000() throws Exception {
        RunFixture.write(dir, 1990, 1997, EVENTS);
        for (Path file : RunCharts.drawAll(dir)) {
            if (file.toString().endsWith(".png")) {
                BufferedImage image = ImageIO.read(file.toFile());
                assertNotNull(image, file + " decodes");
                assertEquals(ChartStyle.WIDTH * ChartStyle.PNG_SCALE, image.getWidth(), file.toString());
                assertEquals(ChartStyle.HEIGHT * ChartStyle.PNG_SCALE, image.getHeight(), file.toString());
                assertTrue(image.getWidth() >= 1600 && image.getHeight() >= 1000, file.toString());
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
            assertTrue(text.contains("1994"), svg + " has year ticks");
            assertFalse(text.contains("1,99"), svg + " writes years without a thousands separator");
        }
        assertTrue(svgText(dir.resolve("flows.svg")).contains("1,000"),
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
    void eventsMonthsApartGetLabelsThatDoNotTouch() {
        // Three events within a year on a 40-year axis 800 px wide: about 20 px a year.
        double[] lines = {500, 508, 514, 540};
        double[] lengths = {60, 90, 80, 70};
        Rectangle2D area = new Rectangle2D.Double(100, 50, 800, 400);

        List<EventLabels.Box> boxes = EventLabels.layout(lines, lengths, 12, area);

        for (int i = 0; i < boxes.size(); i++) {
            EventLabels.Box a = boxes.get(i);
            assertTrue(a.top() >= area.getMinY() && a.bottom() <= area.getMaxY(), "inside the plot: " + a);
            assertTrue(a.right() < lines[i] || a.left() > lines[i], "beside its own line: " + a);
            for (int j = i + 1; j < boxes.size(); j++) {
                EventLabels.Box b = boxes.get(j);
                boolean apart = a.right() <= b.left() || b.right() <= a.left()
                        || a.bottom() <= b.top() || b.bottom() <= a.top();
                assertTrue(apart, "labels " + i + " and " + j + " overlap: " + a + " " + b);
            }
        }
        assertTrue(boxes.get(2).top() > area.getMinY() + EventLabels.GAP,
                "the third of three close events is staggered down");
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
