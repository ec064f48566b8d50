package kosh.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

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
