package kosh.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;

/**
 * Draws the charts of one run from the CSV files in its folder.
 *
 * <p>Reads {@code timeseries.csv}, {@code belonging.csv} and {@code events.csv}
 * (and {@code run.yaml}, if present, for the source line and caption) from a run
 * folder and writes {@code flows}, {@code stocks}, {@code belonging},
 * {@code quota} and {@code dzhut} beside them, each as {@code .png} (300 dpi),
 * {@code .svg} and {@code .pdf}, with {@code .data.csv} (exactly the numbers
 * plotted) and {@code .caption.txt} (what it shows and what produced it). The
 * charts use nothing but those files, so any chart can be redrawn from the data
 * next to it. Every time chart marks the policy events and dzhut winters.
 */
public final class RunCharts {

    /** The chart names, in the order they are drawn. */
    public static final List<String> NAMES = List.of("flows", "stocks", "belonging", "quota", "dzhut");

    /** The size runs draw at unless told otherwise. */
    public static final ChartSize DEFAULT_SIZE = ChartSize.DOUBLE_COLUMN;

    private RunCharts() {
    }

    /**
     * Draws all five charts of the run in {@code runDir} at the default size,
     * {@link ChartSize#DOUBLE_COLUMN}, and writes them there.
     *
     * @return the files written: for each name, its PNG, SVG, PDF, data CSV and caption
     * @throws IOException if a table is missing or malformed (the message names
     *                     the file and the column), or a file cannot be written
     */
    public static List<Path> drawAll(Path runDir) throws IOException {
        return drawAll(runDir, DEFAULT_SIZE);
    }

    /**
     * Draws all five charts at {@code size}. Every chart is built before any
     * file is written, so bad input writes nothing.
     */
    public static List<Path> drawAll(Path runDir, ChartSize size) throws IOException {
        RunData data = RunData.load(runDir);
        ChartStyle style = ChartStyle.of(size);
        List<Figure> figures = new ArrayList<>();
        for (String name : NAMES) {
            figures.add(build(name, data, style));
        }
        return ChartFiles.writeAll(figures, runDir, size);
    }

    /**
     * Builds one chart of the run in {@code runDir} at the default size without
     * writing anything, e.g. for a window to show.
     *
     * @param name one of {@link #NAMES}
     * @throws IllegalArgumentException if {@code name} is not a chart name
     * @throws IOException              if a table is missing or malformed
     */
    public static JFreeChart build(String name, Path runDir) throws IOException {
        return build(name, runDir, DEFAULT_SIZE);
    }

    /** Builds one chart at {@code size} without writing anything. */
    public static JFreeChart build(String name, Path runDir, ChartSize size) throws IOException {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("no chart named '" + name + "'; charts are " + NAMES);
        }
        return build(name, RunData.load(runDir), ChartStyle.of(size)).chart();
    }

    private static Figure build(String name, RunData data, ChartStyle style) throws IOException {
        switch (name) {
            case "flows":
                return FlowsChart.build(data, style);
            case "stocks":
                return StocksChart.build(data, style);
            case "belonging":
                return BelongingChart.build(data, style);
            case "quota":
                return QuotaChart.build(data, style);
            case "dzhut":
                return DzhutChart.build(data, style);
            default:
                throw new IllegalArgumentException("no chart named '" + name + "'; charts are " + NAMES);
        }
    }
}
