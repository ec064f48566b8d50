package kosh.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/**
 * The tables of one run that the charts are drawn from.
 *
 * @param timeseries one row per simulated year ({@code timeseries.csv})
 * @param belonging  one row per year and household group ({@code belonging.csv})
 * @param events     policy events and dzhut winters, sorted by date ({@code events.csv})
 * @param provenance scenario, seed, version and commit, from {@code run.yaml}
 */
record RunData(CsvTable timeseries, CsvTable belonging, List<EventMark> events, Provenance provenance) {

    static final String TIMESERIES = "timeseries.csv";
    static final String BELONGING = "belonging.csv";
    static final String EVENTS = "events.csv";

    static RunData load(Path runDir) throws IOException {
        CsvTable timeseries = CsvTable.read(runDir.resolve(TIMESERIES));
        CsvTable belonging = CsvTable.read(runDir.resolve(BELONGING));
        List<EventMark> events = EventMark.from(CsvTable.read(runDir.resolve(EVENTS)));
        return new RunData(timeseries, belonging, events, Provenance.ofRun(runDir));
    }

    /** A caption for one of this run's time charts. */
    Caption caption(String title, String description, List<EventLabels> labels, String dataDescription) {
        return new Caption(title, description, List.of(ChartStyle.TIME_NOTE), events, labels, provenance,
                dataDescription);
    }

    /**
     * A chart of one plot over the run's years, as the flows, stocks, quota and dzhut charts are:
     * the events marked on the plot and labelled above it, the caption, and the yearly rows plotted.
     *
     * @param series rows of {column, label, unit}, as for {@link #yearly}
     */
    Figure yearlyFigure(String name, String title, String description, XYPlot plot, String[][] series, ChartStyle style)
            throws IOException {
        EventMarkers.addTo(plot, events, style);
        JFreeChart chart = style.chart(title, description, plot, style.timeSourceLine(provenance.sourceLine()),
                plot, EventMarkers.legend(events, style));
        EventLabels labels = EventMarkers.label(chart, events, style);
        return new Figure(name, chart, yearly(series),
                caption(title, description, FlowsChart.labelsOf(labels), YEARLY_ROWS));
    }

    /**
     * The tidy data of yearly columns of {@code timeseries.csv}: {@code year, series,
     * label, value, unit}, series by series, with the values as the table has them.
     *
     * @param series rows of {column, label, unit}
     */
    ChartData yearly(String[][] series) throws IOException {
        ChartData data = new ChartData("year", "series", "label", "value", "unit");
        List<String> years = timeseries.strings("year");
        for (String[] s : series) {
            List<String> values = timeseries.strings(s[0]);
            for (int i = 0; i < years.size(); i++) {
                data.add(years.get(i), s[0], s[1], missingAsEmpty(values.get(i)), s[2]);
            }
        }
        return data;
    }

    static String missingAsEmpty(String cell) {
        String t = cell.trim();
        return t.equalsIgnoreCase("NA") || t.equalsIgnoreCase("NaN") ? "" : t;
    }

    /** Says which rows a yearly data file holds. */
    static final String YEARLY_ROWS = "tidy: one row per year and series; value in the row's unit, "
            + "as in timeseries.csv";
}
