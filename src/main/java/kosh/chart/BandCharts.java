package kosh.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Charts of a metric's spread over replicates, from a tidy summary table
 * ({@code metric, year, n, mean, sd, median, p5, p25, p75, p95}): the median
 * as a line in a band holding the middle 50% of replicates (p25–p75) inside a
 * lighter band holding the middle 90% (p5–p95). Ensembles overlay a chart's
 * metrics on one plot; comparisons give each metric's paired difference its
 * own panel around a zero line.
 */
final class BandCharts {

    /** Summary columns a band chart reads. */
    static final String[] COLUMNS = {"metric", "year", "n", "median", "p5", "p25", "p75", "p95"};
    /** Opacity of the 90% and 50% bands. */
    static final float OUTER_ALPHA = 0.16f;
    static final float INNER_ALPHA = 0.34f;

    /**
     * A metric of {@code timeseries.csv} as a band chart shows it.
     *
     * @param offset where in its year a value sits: {@link YearSeries#FLOW} or {@link YearSeries#STOCK}
     */
    record Metric(String id, String label, String unit, Color colour, double offset) {

        /** Persons counted at 31 December. */
        static Metric persons(String id, String label, Color colour) {
            return new Metric(id, label, "persons", colour, YearSeries.STOCK);
        }

        /** Persons crossing in a year. */
        static Metric personsPerYear(String id, String label, Color colour) {
            return new Metric(id, label, "persons/year", colour, YearSeries.FLOW);
        }
    }

    /** One chart: its file name, words, value axis and metrics. */
    record Spec(String name, String title, String what, String axis, boolean counts, List<Metric> metrics) {
    }

    private static final String PERSONS_AXIS = "Persons (at 31 December)";

    /** The headline charts of ensembles and comparisons. */
    static final List<Spec> HEADLINE = List.of(
            new Spec("flows", "Kazakhs leaving Mongolia for Kazakhstan, and returning",
                    "persons per year crossing to Kazakhstan and persons going back to Mongolia",
                    "Persons per year", true, List.of(
                    Metric.personsPerYear("emigrants_persons", "Emigrants to Kazakhstan", ChartStyle.BLUE),
                    Metric.personsPerYear("returnees_persons", "Returnees to Mongolia", ChartStyle.VERMILLION))),
            new Spec("stocks", "Mongolian Kazakhs by where they live and their passport",
                    "persons at 31 December in Mongolia, as Kazakhstani citizens and as repatriates "
                            + "in Kazakhstan not yet citizens",
                    PERSONS_AXIS, true, List.of(
                    Metric.persons("kazakhs_in_mongolia", "In Mongolia (any legal state)", ChartStyle.ORANGE),
                    Metric.persons("citizens_kz", "Kazakhstani citizens", ChartStyle.BLUE),
                    Metric.persons("repatriates_in_kazakhstan", "Repatriates, not yet citizens",
                            ChartStyle.SKY_BLUE))),
            new Spec("belonging", "Belonging of repatriates from Mongolia",
                    "mean belonging score of households living in Kazakhstan at 31 December "
                            + "(0 = none, 1 = full)",
                    "Mean belonging (0–1)", false, List.of(
                    new Metric("belonging_mean", "Mean belonging", "score [0,1]",
                            ChartStyle.GREEN, YearSeries.STOCK))),
            new Spec("stateless", "Returnees without a passport, and holders of two",
                    "persons at 31 December back in Mongolia without either citizenship, "
                            + "and persons holding both passports",
                    PERSONS_AXIS, true, List.of(
                    Metric.persons("stateless", "Stateless", ChartStyle.VERMILLION),
                    Metric.persons("dual_citizens", "Dual citizens", ChartStyle.PURPLE))));

    private BandCharts() {
    }

    /** Builds one chart of a spec from a summary-shaped table: {@link #ensemble} or {@link #comparison}. */
    @FunctionalInterface
    interface Builder {
        Figure build(Spec spec, CsvTable table, List<EventMark> events, Provenance provenance, ChartStyle style)
                throws IOException;
    }

    /**
     * Draws every {@link #HEADLINE} chart of the folder {@code dir} at {@code size}
     * from its {@code table} (summary-shaped), {@code events.csv} and
     * {@code experiment.yaml}. Every chart is built before any file is written,
     * so bad input writes nothing.
     *
     * @param kind what the folder holds, for the provenance: {@code ensemble} or {@code compare}
     * @return the files written: for each chart, its PNG, SVG, PDF, data CSV and caption
     */
    static List<Path> drawAll(Path dir, String table, String kind, ChartSize size, Builder builder)
            throws IOException {
        CsvTable rows = CsvTable.read(dir.resolve(table));
        List<EventMark> events = EventMark.from(CsvTable.read(dir.resolve(RunData.EVENTS)));
        Provenance provenance = Provenance.ofExperiment(dir, kind);
        ChartStyle style = ChartStyle.of(size);
        List<Figure> figures = new ArrayList<>();
        for (Spec spec : HEADLINE) {
            figures.add(builder.build(spec, rows, events, provenance, style));
        }
        return ChartFiles.writeAll(figures, dir, size);
    }

    /** Fails unless the summary has the columns and every metric of {@code spec}. */
    static void require(CsvTable summary, Spec spec) throws IOException {
        summary.require(COLUMNS);
        List<String> present = summary.strings("metric");
        for (Metric m : spec.metrics()) {
            if (!present.contains(m.id())) {
                throw new IOException(summary.fileName() + ": no rows for metric '" + m.id()
                        + "' (needed by the " + spec.name() + " chart)");
            }
        }
    }

    /** An ensemble chart: every metric of {@code spec} with its bands on one plot. */
    static Figure ensemble(Spec spec, CsvTable summary, List<EventMark> events, Provenance provenance,
                           ChartStyle style) throws IOException {
        require(summary, spec);
        NumberAxis time = style.yearAxis();
        time.setRange(YearSeries.span(YearSeries.years(summary)));
        XYPlot plot = style.plot(time, valueAxis(spec, spec.axis(), style));
        int index = 0;
        for (Metric metric : spec.metrics()) {
            index = addBands(plot, index, metric, summary.where("metric", metric.id()), style);
        }
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        EventMarkers.addTo(plot, events, style);

        String description = "Ensemble of " + replicates(provenance) + ": " + spec.what();
        JFreeChart chart = style.chart(spec.title(), description, plot,
                style.timeSourceLine(provenance.sourceLine()),
                legend(spec, style, " (median)"), EventMarkers.legend(events, style));
        EventLabels labels = EventMarkers.label(chart, events, style);
        Caption caption = new Caption(spec.title(), description,
                List.of("Lines: the median over replicates; dark band: the middle 50% of replicates "
                        + "(25th to 75th percentile); light band: the middle 90% (5th to 95th percentile)",
                        ChartStyle.TIME_NOTE),
                events, FlowsChart.labelsOf(labels), provenance,
                "tidy: one row per metric and year; n replicates, their median and percentiles, "
                        + "as in summary.csv");
        return new Figure(spec.name(), chart, data(spec, summary), caption);
    }

    /**
     * A comparison chart: the paired difference of each metric of {@code spec},
     * what-if minus baseline, in a panel of its own with a zero line.
     */
    static Figure comparison(Spec spec, CsvTable difference, List<EventMark> events, Provenance provenance,
                             ChartStyle style) throws IOException {
        require(difference, spec);
        NumberAxis time = style.yearAxis();
        time.setRange(YearSeries.span(YearSeries.years(difference)));
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(time);
        combined.setGap(6 * style.space);
        combined.setBackgroundPaint(Color.WHITE);
        combined.setOutlineVisible(false);
        for (Metric metric : spec.metrics()) {
            // The metric is told by its colour and the legend; the axis gives the unit.
            String axis = "Δ " + metric.unit();
            XYPlot panel = style.plot(null, valueAxis(spec, axis, style));
            panel.getRangeAxis().setAutoRange(true);
            addBands(panel, 0, metric, difference.where("metric", metric.id()), style);
            ValueMarker zero = new ValueMarker(0, ChartStyle.BLACK, new BasicStroke(style.size.markerPoints()));
            panel.addRangeMarker(zero, Layer.FOREGROUND);
            panel.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
            EventMarkers.addTo(panel, events, style);
            combined.add(panel, 1);
        }

        String description = "What-if " + provenance.scenario() + " minus "
                + (provenance.baseline().isEmpty() ? "its baseline" : provenance.baseline())
                + ", " + replicates(provenance) + " paired by seed: " + spec.what()
                + (spec.metrics().size() > 1 ? " (panels top to bottom in legend order)" : "");
        JFreeChart chart = style.chart(spec.title() + ": what-if minus baseline", description, combined,
                style.timeSourceLine(provenance.sourceLine()),
                legend(spec, style, " (median difference)"), EventMarkers.legend(events, style));
        // Above the top panel only; the lines cross every panel.
        List<EventLabels> labels = FlowsChart.labelsOf(EventMarkers.label(chart, events, style));
        Caption caption = new Caption(spec.title() + ": what-if minus baseline", description,
                List.of("Each panel shows one metric's paired difference, replicate i of the what-if "
                        + "minus replicate i of the baseline (the same seed): the median difference "
                        + "(line), the middle 50% of replicates (dark band, 25th to 75th percentile) "
                        + "and the middle 90% (light band, 5th to 95th percentile); the black line "
                        + "marks no difference", ChartStyle.TIME_NOTE),
                events, labels, provenance,
                "tidy: one row per metric and year; n pairs, the median and percentiles of the "
                        + "paired differences, as in difference.csv");
        return new Figure(spec.name(), chart, data(spec, difference), caption, spec.metrics().size());
    }

    private static NumberAxis valueAxis(Spec spec, String label, ChartStyle style) {
        return spec.counts() ? style.countAxis(label) : style.decimalAxis(label);
    }

    /**
     * Adds the 90% band, the 50% band and the median line of one metric to
     * {@code plot} as datasets {@code index, index + 1, index + 2}.
     *
     * @return the next free dataset index
     */
    private static int addBands(XYPlot plot, int index, Metric metric, CsvTable rows, ChartStyle style)
            throws IOException {
        double[] years = YearSeries.years(rows);
        double[] median = rows.doubles("median");
        double[] p5 = rows.doubles("p5");
        double[] p25 = rows.doubles("p25");
        double[] p75 = rows.doubles("p75");
        double[] p95 = rows.doubles("p95");
        YIntervalSeries outer = new YIntervalSeries(metric.label() + ", 90%");
        YIntervalSeries inner = new YIntervalSeries(metric.label() + ", 50%");
        XYSeries line = new XYSeries(metric.label(), true, false);
        for (int i = 0; i < years.length; i++) {
            double x = years[i] + metric.offset();
            if (!Double.isNaN(p5[i]) && !Double.isNaN(p95[i])) {
                outer.add(x, Double.isNaN(median[i]) ? (p5[i] + p95[i]) / 2 : median[i], p5[i], p95[i]);
            }
            if (!Double.isNaN(p25[i]) && !Double.isNaN(p75[i])) {
                inner.add(x, Double.isNaN(median[i]) ? (p25[i] + p75[i]) / 2 : median[i], p25[i], p75[i]);
            }
            line.add(x, Double.isNaN(median[i]) ? null : median[i]);
        }
        plot.setDataset(index, new YIntervalSeriesCollection() {
            {
                addSeries(outer);
            }
        });
        plot.setRenderer(index, band(metric.colour(), OUTER_ALPHA));
        plot.setDataset(index + 1, new YIntervalSeriesCollection() {
            {
                addSeries(inner);
            }
        });
        plot.setRenderer(index + 1, band(metric.colour(), INNER_ALPHA));
        plot.setDataset(index + 2, new XYSeriesCollection(line));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, metric.colour());
        renderer.setSeriesStroke(0, style.line);
        plot.setRenderer(index + 2, renderer);
        return index + 3;
    }

    private static DeviationRenderer band(Color colour, float alpha) {
        DeviationRenderer renderer = new DeviationRenderer(false, false);
        renderer.setSeriesPaint(0, colour);
        renderer.setSeriesFillPaint(0, colour);
        renderer.setAlpha(alpha);
        renderer.setSeriesVisibleInLegend(0, false);
        return renderer;
    }

    /** One line per metric, then the two bands, in a neutral grey. */
    private static LegendItemSource legend(Spec spec, ChartStyle style, String lineSuffix) {
        return () -> {
            LegendItemCollection items = new LegendItemCollection();
            for (Metric m : spec.metrics()) {
                items.add(style.lineItem(m.label() + (spec.metrics().size() == 1 ? lineSuffix : ""),
                        m.colour(), style.line));
            }
            items.add(style.swatchItem("Middle 50%", blend(Color.GRAY, INNER_ALPHA)));
            items.add(style.swatchItem("Middle 90%", blend(Color.GRAY, OUTER_ALPHA)));
            return items;
        };
    }

    /** The colour {@code colour} at {@code alpha} over white, as the band shows it. */
    private static Color blend(Color colour, float alpha) {
        return new Color(Math.round(255 + (colour.getRed() - 255) * alpha),
                Math.round(255 + (colour.getGreen() - 255) * alpha),
                Math.round(255 + (colour.getBlue() - 255) * alpha));
    }

    /** The rows plotted: the summary's rows of the chart's metrics, as the file has them. */
    private static ChartData data(Spec spec, CsvTable summary) throws IOException {
        ChartData data = new ChartData("metric", "label", "year", "n", "median", "p5", "p25", "p75", "p95",
                "unit");
        for (Metric m : spec.metrics()) {
            CsvTable rows = summary.where("metric", m.id());
            List<String> years = rows.strings("year");
            List<String> n = rows.strings("n");
            List<List<String>> stats = new ArrayList<>();
            for (String column : new String[] {"median", "p5", "p25", "p75", "p95"}) {
                stats.add(rows.strings(column));
            }
            for (int i = 0; i < years.size(); i++) {
                data.add(m.id(), m.label(), years.get(i), n.get(i),
                        RunData.missingAsEmpty(stats.get(0).get(i)), RunData.missingAsEmpty(stats.get(1).get(i)),
                        RunData.missingAsEmpty(stats.get(2).get(i)), RunData.missingAsEmpty(stats.get(3).get(i)),
                        RunData.missingAsEmpty(stats.get(4).get(i)), m.unit());
            }
        }
        return data;
    }

    private static String replicates(Provenance provenance) {
        if (provenance.replicates().isEmpty()) return "replicates";
        return provenance.replicates() + ("1".equals(provenance.replicates()) ? " replicate" : " replicates");
    }

}
