package kosh.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the charts of an ensemble, many replicates of one scenario, from the
 * files of its folder.
 *
 * <p>Reads {@code summary.csv} ({@code metric, year, n, mean, sd, median, p5,
 * p25, p75, p95}: the spread over replicates of every yearly metric),
 * {@code events.csv} and {@code experiment.yaml}, and writes {@code flows}
 * (emigrants and returnees), {@code stocks} (in Mongolia, citizens, repatriates
 * not yet citizens), {@code belonging} (mean belonging) and {@code stateless}
 * (stateless returnees, dual citizens) beside them: the median over replicates
 * with bands for the middle 50% and 90%, policy events marked. Each as PNG,
 * SVG and PDF, with its data CSV and caption.
 */
public final class EnsembleCharts {

    /** The chart names, in the order they are drawn. */
    public static final List<String> NAMES = names();

    static final String SUMMARY = "summary.csv";

    private EnsembleCharts() {
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        for (BandCharts.Spec spec : BandCharts.HEADLINE) {
            names.add(spec.name());
        }
        return List.copyOf(names);
    }

    /** Draws the charts at {@link ChartSize#DOUBLE_COLUMN}. */
    public static List<Path> drawAll(Path ensembleDir) throws IOException {
        return drawAll(ensembleDir, RunCharts.DEFAULT_SIZE);
    }

    /**
     * Draws every chart at {@code size} into {@code ensembleDir}. Every chart is
     * built before any file is written, so bad input writes nothing.
     *
     * @return the files written: for each name, its PNG, SVG, PDF, data CSV and caption
     * @throws IOException if a file is missing or malformed (the message names it
     *                     and the column or metric), or a chart cannot be written
     */
    public static List<Path> drawAll(Path ensembleDir, ChartSize size) throws IOException {
        return BandCharts.drawAll(ensembleDir, SUMMARY, "ensemble", size, BandCharts::ensemble);
    }
}
