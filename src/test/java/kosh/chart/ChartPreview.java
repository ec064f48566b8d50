package kosh.chart;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Renders the charts of a made-up 1990–2030 run, to look at them:
 * {@code java -cp ... kosh.chart.ChartPreview /tmp/charts-preview}.
 */
final class ChartPreview {

    private ChartPreview() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/charts-preview");
        RunFixture.write(dir, 1990, 2030, RunFixture.FULL_EVENTS);
        for (Path file : RunCharts.drawAll(dir)) {
            System.out.println(file);
        }
    }
}
