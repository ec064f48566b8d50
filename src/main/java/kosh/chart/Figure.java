package kosh.chart;

import org.jfree.chart.JFreeChart;

/**
 * One chart ready to write: the drawing, the numbers it plots and what its
 * caption file says.
 *
 * @param name    file name without extension, e.g. {@code flows}
 * @param chart   the drawing
 * @param data    exactly the numbers plotted, tidy
 * @param caption title, explanation, events and provenance
 * @param panels  plots stacked one above the other, which sets the height at
 *                some sizes ({@link ChartSize#heightInches(int)})
 */
record Figure(String name, JFreeChart chart, ChartData data, Caption caption, int panels) {

    /** A chart of one panel. */
    Figure(String name, JFreeChart chart, ChartData data, Caption caption) {
        this(name, chart, data, caption, 1);
    }
}
