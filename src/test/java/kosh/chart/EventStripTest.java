package kosh.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The strip of event labels above a chart's plot. */
class EventStripTest {

    @TempDir
    Path dir;

    @Test
    void singleColumnFlowsLabelsNoneCoverTheDataArea() throws Exception {
        RunFixture.write(dir, 1990, 2030, RunFixture.FULL_EVENTS);
        Drawn drawn = draw(RunCharts.build("flows", dir, ChartSize.SINGLE_COLUMN), ChartSize.SINGLE_COLUMN, 1);

        assertFalse(drawn.boxes.isEmpty(), "the events are labelled");
        assertApart(drawn);
        assertTrue(drawn.labels.numbered(), "crowded on a single column: numbers");
        assertTrue(drawn.labels.rows() <= 5, "packed into few rows: " + drawn.labels.rows());
    }

    @Test
    void stackedPanelsAreLabelledAboveTheTopPanelOnly() throws Exception {
        ExperimentFixture.comparison(dir, 1990, 2030, 10, RunFixture.FULL_EVENTS);
        for (ChartSize size : List.of(ChartSize.SINGLE_COLUMN, ChartSize.DOUBLE_COLUMN)) {
            Figure figure = BandCharts.comparison(BandCharts.HEADLINE.get(1),
                    CsvTable.read(dir.resolve("difference.csv")),
                    EventMark.from(CsvTable.read(dir.resolve(RunData.EVENTS))),
                    Provenance.ofExperiment(dir, "compare"), ChartStyle.of(size));
            Drawn drawn = draw(figure.chart(), size, figure.panels());

            assertEquals(3, drawn.dataAreas.size(), "three panels");
            assertApart(drawn);
            double top = drawn.dataAreas.get(0).getMinY();
            for (Rectangle2D box : drawn.boxes) {
                assertTrue(box.getMaxY() <= top, size + ": above the top panel: " + box);
            }
        }
    }

    @Test
    void fewEventsOnADoubleColumnAreLabelledByIdInOneOrTwoRows() throws Exception {
        RunFixture.write(dir, 1990, 1997, new String[][] {
            {"1992-06-01", "quota-1992", "quota"},
            {"1993-01-01", "dzhut-1993", "dzhut"},
            {"1995-03-01", "law-1995", "law"},
        });
        Drawn drawn = draw(RunCharts.build("quota", dir, ChartSize.DOUBLE_COLUMN), ChartSize.DOUBLE_COLUMN, 1);

        assertFalse(drawn.labels.numbered());
        assertEquals(3, drawn.boxes.size());
        assertTrue(drawn.labels.rows() <= EventLabels.MAX_ID_ROWS);
        assertApart(drawn);
    }

    @Test
    void labelsAreBesideTheirLinesAndApartWithinARow() {
        // Four events within a year on a 40-year axis 800 px wide: about 20 px a year.
        double[] lines = {500, 508, 514, 540};
        double[] widths = {12, 12, 12, 12};

        List<Slot> slots = StripLayout.place(lines, widths, 100, 900);

        for (int i = 0; i < slots.size(); i++) {
            Slot a = slots.get(i);
            assertNotNull(a);
            assertTrue(a.right() < lines[i] || a.left() > lines[i], "beside its own line: " + a);
            for (int j = i + 1; j < slots.size(); j++) {
                Slot b = slots.get(j);
                assertTrue(a.row() != b.row() || a.right() + EventLabels.GAP <= b.left()
                        || b.right() + EventLabels.GAP <= a.left(), "labels " + i + " and " + j + " touch");
            }
        }
        assertEquals(0, slots.get(0).row(), "the first label sits on the lowest row");
        assertTrue(StripLayout.rows(slots) <= 3, "left and right of the lines save rows: " + slots);
    }

    @Test
    void linesCloserThanASpanShareALabel() {
        List<int[]> runs = EventLabels.runs(new double[] {10, 11, 13, 30, 31, 60}, 3);

        assertEquals(3, runs.size());
        assertEquals(List.of(0, 1, 2), toList(runs.get(0)));
        assertEquals(List.of(3, 4), toList(runs.get(1)));
        assertEquals(List.of(5), toList(runs.get(2)));
        assertEquals(6, EventLabels.runs(new double[] {10, 11, 13, 30, 31, 60}, 0).size(),
                "with no span each line has its own label");
    }

    private static List<Integer> toList(int[] values) {
        List<Integer> list = new ArrayList<>();
        for (int v : values) {
            list.add(v);
        }
        return list;
    }

    /** No label box touches a panel's data area, and no two overlap. */
    private static void assertApart(Drawn drawn) {
        for (Rectangle2D box : drawn.boxes) {
            for (Rectangle2D data : drawn.dataAreas) {
                assertFalse(box.intersects(data), "label " + box + " covers the data area " + data);
            }
            assertTrue(drawn.chartArea.contains(box), "on the chart: " + box);
        }
        for (int i = 0; i < drawn.boxes.size(); i++) {
            for (int j = i + 1; j < drawn.boxes.size(); j++) {
                assertFalse(drawn.boxes.get(i).intersects(drawn.boxes.get(j)),
                        "labels overlap: " + drawn.boxes.get(i) + " " + drawn.boxes.get(j));
            }
        }
    }

    private record Drawn(EventLabels labels, List<Rectangle2D> boxes, List<Rectangle2D> dataAreas,
                         Rectangle2D chartArea) {
    }

    /** Draws the chart as the PNG is drawn, and returns where its labels and data areas fell. */
    private static Drawn draw(JFreeChart chart, ChartSize size, int panels) {
        Rectangle2D area = new Rectangle2D.Double(0, 0, size.widthPoints(), size.heightPoints(panels));
        BufferedImage image = new BufferedImage(size.pngWidthPixels(), size.pngHeightPixels(panels),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        try {
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.scale(size.dpi() / ChartSize.POINTS_PER_INCH, size.dpi() / ChartSize.POINTS_PER_INCH);
            chart.draw(g2, area, null, info);
        } finally {
            g2.dispose();
        }
        EventLabels labels = chart.getSubtitles().stream().filter(t -> t instanceof EventLabels)
                .map(t -> (EventLabels) t).findFirst().orElseThrow();
        PlotRenderingInfo plot = info.getPlotInfo();
        List<Rectangle2D> dataAreas = new ArrayList<>();
        if (plot.getSubplotCount() == 0) {
            dataAreas.add(plot.getDataArea());
        }
        for (int i = 0; i < plot.getSubplotCount(); i++) {
            dataAreas.add(plot.getSubplotInfo(i).getDataArea());
        }
        return new Drawn(labels, labels.drawnBoxes(), dataAreas, area);
    }
}
