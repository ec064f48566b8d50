package kosh.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Draws the charts of a comparison of a what-if with its baseline from the
 * files of its folder.
 *
 * <p>Reads {@code difference.csv} ({@code metric, year, n, mean, sd, median,
 * p5, p25, p75, p95} of the paired differences, what-if minus baseline,
 * replicate by replicate), {@code events.csv} and {@code experiment.yaml}, and
 * writes {@code flows}, {@code stocks}, {@code belonging} and {@code stateless}
 * beside them, the metrics of {@link EnsembleCharts}: each metric's median
 * difference over time with bands for the middle 50% and 90% of pairs, in a
 * panel of its own around a zero line, policy events marked. Each as PNG, SVG
 * and PDF, with its data CSV and caption.
 */
public final class ComparisonCharts {

    /** The chart names, in the order they are drawn. */
    public static final List<String> NAMES = EnsembleCharts.NAMES;

    static final String DIFFERENCE = "difference.csv";

    private ComparisonCharts() {
    }

    /** Draws the charts at {@link ChartSize#DOUBLE_COLUMN}. */
    public static List<Path> drawAll(Path whatifDir) throws IOException {
        return drawAll(whatifDir, RunCharts.DEFAULT_SIZE);
    }

    /**
     * Draws every chart at {@code size} into {@code whatifDir}. Every chart is
     * built before any file is written, so bad input writes nothing.
     *
     * @return the files written: for each name, its PNG, SVG, PDF, data CSV and caption
     */
    public static List<Path> drawAll(Path whatifDir, ChartSize size) throws IOException {
        return BandCharts.drawAll(whatifDir, DIFFERENCE, "compare", size, BandCharts::comparison);
    }
}
