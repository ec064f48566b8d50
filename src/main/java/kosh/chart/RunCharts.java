package kosh.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;

/**
 * Draws the charts of one run from the CSV files in its folder.
 *
 * <p>Reads {@code timeseries.csv}, {@code belonging.csv} and {@code events.csv}
 * (and {@code run.yaml}, if present, for the source line) from a run folder and
 * writes {@code flows}, {@code stocks}, {@code belonging}, {@code quota} and
 * {@code dzhut}, each as {@code .png} and {@code .svg}, beside them. The charts
 * use nothing but those files, so any chart can be redrawn from the data next
 * to it. Every time chart marks the policy events and dzhut winters.
 */
public final class RunCharts {

    /** The chart names, in the order they are drawn. */
    public static final List<String> NAMES = List.of("flows", "stocks", "belonging", "quota", "dzhut");

    private RunCharts() {
    }

    /**
     * Draws all five charts of the run in {@code runDir} and writes them there.
     * Every chart is built before any file is written, so bad input writes nothing.
     *
     * @return the files written: for each name, its PNG then its SVG
     * @throws IOException if a table is missing or malformed (the message names
     *                     the file and the column), or a file cannot be written
     */
    public static List<Path> drawAll(Path runDir) throws IOException {
        RunData data = RunData.load(runDir);
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        for (String name : NAMES) {
            charts.put(name, build(name, data));
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, JFreeChart> entry : charts.entrySet()) {
            Path png = runDir.resolve(entry.getKey() + ".png");
            Path svg = runDir.resolve(entry.getKey() + ".svg");
            ChartFiles.writePng(entry.getValue(), png,
                    ChartStyle.WIDTH, ChartStyle.HEIGHT, ChartStyle.PNG_SCALE);
            ChartFiles.writeSvg(entry.getValue(), svg, ChartStyle.WIDTH, ChartStyle.HEIGHT);
            written.add(png);
            written.add(svg);
        }
        return List.copyOf(written);
    }

    /**
     * Builds one chart of the run in {@code runDir} without writing anything,
     * e.g. for a window to show.
     *
     * @param name one of {@link #NAMES}
     * @throws IllegalArgumentException if {@code name} is not a chart name
     * @throws IOException              if a table is missing or malformed
     */
    public static JFreeChart build(String name, Path runDir) throws IOException {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("no chart named '" + name + "'; charts are " + NAMES);
        }
        return build(name, RunData.load(runDir));
    }

    private static JFreeChart build(String name, RunData data) throws IOException {
        switch (name) {
            case "flows":
                return FlowsChart.build(data);
            case "stocks":
                return StocksChart.build(data);
            case "belonging":
                return BelongingChart.build(data);
            case "quota":
                return QuotaChart.build(data);
            case "dzhut":
                return DzhutChart.build(data);
            default:
                throw new IllegalArgumentException("no chart named '" + name + "'; charts are " + NAMES);
        }
    }
}
