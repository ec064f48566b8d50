package kosh.chart;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Renders the charts of a made-up 1990–2030 run at every size, to look at them:
 * {@code java -cp ... kosh.chart.ChartPreview /tmp/charts-preview} writes
 * {@code single_column/}, {@code double_column/} and {@code screen/} there.
 */
final class ChartPreview {

    private ChartPreview() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/charts-preview");
        for (ChartSize size : ChartSize.values()) {
            Path sized = dir.resolve(size.name().toLowerCase(java.util.Locale.ROOT));
            RunFixture.write(sized, 1990, 2030, RunFixture.FULL_EVENTS);
            for (Path file : RunCharts.drawAll(sized, size)) {
                System.out.println(file);
            }
            Path ensemble = dir.resolve("ensemble").resolve(size.name().toLowerCase(java.util.Locale.ROOT));
            ExperimentFixture.ensemble(ensemble, 1990, 2030, 100, RunFixture.FULL_EVENTS);
            EnsembleCharts.drawAll(ensemble, size).forEach(System.out::println);
            Path compare = dir.resolve("compare").resolve(size.name().toLowerCase(java.util.Locale.ROOT));
            ExperimentFixture.comparison(compare, 1990, 2030, 100, RunFixture.FULL_EVENTS);
            ComparisonCharts.drawAll(compare, size).forEach(System.out::println);
            Path sweep = dir.resolve("sweep").resolve(size.name().toLowerCase(java.util.Locale.ROOT));
            SensitivityChart.draw(ExperimentFixture.indices(sweep), size).forEach(System.out::println);
        }
    }
}
