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
 * @param info       version, scenario and seed for the source line
 */
record RunData(CsvTable timeseries, CsvTable belonging, List<EventMark> events, RunInfo info) {

    static final String TIMESERIES = "timeseries.csv";
    static final String BELONGING = "belonging.csv";
    static final String EVENTS = "events.csv";

    static RunData load(Path runDir) throws IOException {
        CsvTable timeseries = CsvTable.read(runDir.resolve(TIMESERIES));
        CsvTable belonging = CsvTable.read(runDir.resolve(BELONGING));
        List<EventMark> events = EventMark.from(CsvTable.read(runDir.resolve(EVENTS)));
        return new RunData(timeseries, belonging, events, RunInfo.of(runDir));
    }
}
