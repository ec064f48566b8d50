package kosh.chart;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.YIntervalRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Charts of a sensitivity analysis from its {@code indices.csv}
 * ({@code method, output, parameter, statistic, value, ci_low, ci_high}), one
 * per method and output, written beside the CSV as
 * {@code sensitivity-<method>-<output>}:
 *
 * <ul>
 *   <li>Morris ({@code statistic} {@code mu_star}, {@code sigma}): each parameter a
 *       point at its μ* (mean absolute elementary effect) and σ (their standard
 *       deviation), named, with the confidence interval of μ* where given and a
 *       dashed σ = μ* line;</li>
 *   <li>Sobol ({@code S1}, {@code ST}): grouped horizontal bars of first-order and
 *       total indices per parameter, largest total on top, with confidence whiskers.</li>
 * </ul>
 * Each as PNG, SVG and PDF with its data CSV and caption; the caption's
 * provenance comes from {@code experiment.yaml} beside the CSV, if present.
 */
public final class SensitivityChart {

    static final String[] COLUMNS = {"method", "output", "parameter", "statistic", "value", "ci_low", "ci_high"};

    private SensitivityChart() {
    }

    /** Draws at {@link ChartSize#DOUBLE_COLUMN}. */
    public static List<Path> draw(Path indicesCsv) throws IOException {
        return draw(indicesCsv, RunCharts.DEFAULT_SIZE);
    }

    /**
     * Draws one chart per method and output of {@code indicesCsv} at {@code size}
     * into the CSV's folder. Every chart is built before any file is written.
     *
     * @return the files written: for each chart, its PNG, SVG, PDF, data CSV and caption
     * @throws IOException if the file is missing or malformed, a method is neither
     *                     Morris nor Sobol, or a parameter lacks a statistic
     */
    public static List<Path> draw(Path indicesCsv, ChartSize size) throws IOException {
        CsvTable indices = CsvTable.read(indicesCsv);
        indices.require(COLUMNS);
        Path folder = indicesCsv.toAbsolutePath().getParent();
        Provenance provenance = Provenance.ofExperiment(folder, "sensitivity");
        ChartStyle style = ChartStyle.of(size);

        Set<List<String>> charts = new LinkedHashSet<>();
        List<String> methods = indices.strings("method");
        List<String> outputs = indices.strings("output");
        for (int i = 0; i < methods.size(); i++) {
            charts.add(List.of(methods.get(i).trim(), outputs.get(i).trim()));
        }
        if (charts.isEmpty()) {
            throw new IOException(indices.fileName() + ": no indices to draw");
        }
        List<Figure> figures = new ArrayList<>();
        for (List<String> chart : charts) {
            CsvTable rows = indices.where("method", chart.get(0)).where("output", chart.get(1));
            // An output that never varied has no indices (empty cells): nothing to draw for it.
            if (java.util.Arrays.stream(rows.doubles("value")).allMatch(Double::isNaN)) continue;
            String method = chart.get(0).toLowerCase(Locale.ROOT);
            if (method.equals("morris")) {
                figures.add(morris(chart.get(0), chart.get(1), rows, provenance, style));
            } else if (method.equals("sobol")) {
                figures.add(sobol(chart.get(0), chart.get(1), rows, provenance, style));
            } else {
                throw new IOException(indices.fileName() + ": method '" + chart.get(0)
                        + "' is neither morris nor sobol");
            }
        }
        return ChartFiles.writeAll(figures, folder, size);
    }

    /** The file name of a chart: {@code sensitivity-<method>-<output>}, in safe characters. */
    static String fileName(String method, String output) {
        return ("sensitivity-" + method + "-" + output).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]+", "_");
    }

    /** One statistic's value and interval for a parameter. */
    private record Stat(double value, double low, double high) {
    }

    /** parameter -> statistic -> value, parameters in file order. */
    private static Map<String, Map<String, Stat>> read(CsvTable rows) throws IOException {
        List<String> parameters = rows.strings("parameter");
        List<String> statistics = rows.strings("statistic");
        double[] values = rows.doubles("value");
        double[] lows = rows.doubles("ci_low");
        double[] highs = rows.doubles("ci_high");
        Map<String, Map<String, Stat>> byParameter = new LinkedHashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            byParameter.computeIfAbsent(parameters.get(i).trim(), p -> new LinkedHashMap<>())
                    .put(statistics.get(i).trim(), new Stat(values[i], lows[i], highs[i]));
        }
        return byParameter;
    }

    private static Stat need(Map<String, Stat> stats, String statistic, String parameter, CsvTable rows,
                             String method) throws IOException {
        Stat s = stats.get(statistic);
        if (s == null || Double.isNaN(s.value())) {
            throw new IOException(rows.fileName() + ": " + method + " parameter '" + parameter
                    + "' has no value for statistic '" + statistic + "'");
        }
        return s;
    }

    private static Figure morris(String method, String output, CsvTable rows, Provenance provenance,
                                 ChartStyle style) throws IOException {
        Map<String, Map<String, Stat>> stats = read(rows);
        XYIntervalSeries points = new XYIntervalSeries("Parameter (μ*, σ)");
        List<PointLabels.Point> names = new ArrayList<>();
        double max = 0;
        for (Map.Entry<String, Map<String, Stat>> e : stats.entrySet()) {
            Stat mu = need(e.getValue(), "mu_star", e.getKey(), rows, method);
            Stat sigma = need(e.getValue(), "sigma", e.getKey(), rows, method);
            double muLow = Double.isNaN(mu.low()) ? mu.value() : mu.low();
            double muHigh = Double.isNaN(mu.high()) ? mu.value() : mu.high();
            double sLow = Double.isNaN(sigma.low()) ? sigma.value() : sigma.low();
            double sHigh = Double.isNaN(sigma.high()) ? sigma.value() : sigma.high();
            points.add(mu.value(), muLow, muHigh, sigma.value(), sLow, sHigh);
            names.add(new PointLabels.Point(mu.value(), sigma.value(), e.getKey(), muLow, muHigh));
            max = Math.max(max, Math.max(muHigh, sHigh));
        }
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDefaultLinesVisible(false);
        renderer.setSeriesLinesVisible(0, false);
        renderer.setSeriesShapesVisible(0, true);
        double r = 2.2 * style.space;
        renderer.setSeriesShape(0, new Ellipse2D.Double(-r, -r, 2 * r, 2 * r));
        renderer.setSeriesPaint(0, ChartStyle.BLUE);
        renderer.setErrorPaint(ChartStyle.BLUE);
        renderer.setErrorStroke(new BasicStroke(style.size.markerPoints()));
        renderer.setCapLength(3 * style.space);

        NumberAxis x = style.decimalAxis("μ*: mean of |elementary effects|");
        NumberAxis y = style.decimalAxis("σ: spread of elementary effects");
        x.setUpperMargin(0.25); // room for the names of the rightmost points
        XYPlot plot = style.plot(x, y);
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(points);
        plot.setDataset(data);
        plot.setRenderer(renderer);
        plot.addAnnotation(new XYLineAnnotation(0, 0, max * 1.3, max * 1.3,
                new BasicStroke(style.size.markerPoints(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                        10f, new float[] {4 * style.size.markerPoints(), 3 * style.size.markerPoints()}, 0f),
                ChartStyle.MUTED_TEXT));
        plot.addAnnotation(new PointLabels(names, style.legend, 2 * style.space));

        String title = "Morris screening: " + output;
        String description = "Each point is a parameter: μ*, the mean absolute elementary effect on "
                + output + " (its importance), against σ, the standard deviation of its elementary effects "
                + "(non-linearity or interaction)";
        LegendItemSource legend = () -> {
            LegendItemCollection items = new LegendItemCollection();
            items.add(style.lineItem("Confidence interval", ChartStyle.BLUE,
                    new BasicStroke(style.size.markerPoints())));
            items.add(style.lineItem("σ = μ*", ChartStyle.MUTED_TEXT, style.marker));
            return items;
        };
        JFreeChart chart = style.chart(title, description, plot, provenance.sourceLine(), legend);
        return figure(method, output, rows, provenance, chart, title, description,
                "Bars: the confidence intervals given in the indices file; dashed line: σ = μ*; "
                        + "parameters above it act mostly through non-linearity or interaction");
    }

    private static Figure sobol(String method, String output, CsvTable rows, Provenance provenance,
                                ChartStyle style) throws IOException {
        Map<String, Map<String, Stat>> stats = read(rows);
        List<String> parameters = new ArrayList<>(stats.keySet());
        for (String p : parameters) {
            need(stats.get(p), "S1", p, rows, method);
            need(stats.get(p), "ST", p, rows, method);
        }
        // Largest total effect at the top: the axis counts upwards, so it gets the highest index.
        parameters.sort(Comparator.comparingDouble((String p) -> stats.get(p).get("ST").value()));
        XYIntervalSeries first = new XYIntervalSeries("First order (S1)");
        XYIntervalSeries total = new XYIntervalSeries("Total (ST)");
        XYIntervalSeries firstCi = new XYIntervalSeries("S1 interval");
        XYIntervalSeries totalCi = new XYIntervalSeries("ST interval");
        double half = 0.19;
        for (int i = 0; i < parameters.size(); i++) {
            Stat s1 = stats.get(parameters.get(i)).get("S1");
            Stat st = stats.get(parameters.get(i)).get("ST");
            double x1 = i - half;
            double xt = i + half;
            first.add(x1, x1 - half * 0.9, x1 + half * 0.9, s1.value(), s1.value(), s1.value());
            total.add(xt, xt - half * 0.9, xt + half * 0.9, st.value(), st.value(), st.value());
            if (!Double.isNaN(s1.low()) && !Double.isNaN(s1.high())) {
                firstCi.add(x1, x1, x1, s1.value(), s1.low(), s1.high());
            }
            if (!Double.isNaN(st.low()) && !Double.isNaN(st.high())) {
                totalCi.add(xt, xt, xt, st.value(), st.low(), st.high());
            }
        }
        XYIntervalSeriesCollection bars = new XYIntervalSeriesCollection();
        bars.addSeries(first);
        bars.addSeries(total);
        XYBarRenderer barRenderer = new XYBarRenderer();
        style.styleBars(barRenderer, 0);
        barRenderer.setSeriesPaint(0, ChartStyle.SKY_BLUE);
        barRenderer.setSeriesPaint(1, ChartStyle.BLUE);

        XYIntervalSeriesCollection whiskers = new XYIntervalSeriesCollection();
        whiskers.addSeries(firstCi);
        whiskers.addSeries(totalCi);
        YIntervalRenderer whiskerRenderer = new YIntervalRenderer();
        for (int s = 0; s < 2; s++) {
            whiskerRenderer.setSeriesPaint(s, ChartStyle.BLACK);
            whiskerRenderer.setSeriesStroke(s, new BasicStroke(style.size.markerPoints()));
            whiskerRenderer.setSeriesVisibleInLegend(s, false);
            // Caps across the whisker: the plot is turned, so the whisker runs left to right.
            double cap = 2.5 * style.space;
            whiskerRenderer.setSeriesShape(s, new java.awt.geom.Rectangle2D.Double(
                    -style.size.markerPoints() / 2, -cap, style.size.markerPoints(), 2 * cap));
        }

        SymbolAxis names = new SymbolAxis(null, parameters.toArray(new String[0]));
        style.style(names);
        names.setGridBandsVisible(false);
        names.setLowerMargin(0);
        names.setUpperMargin(0);
        names.setRange(-0.6, parameters.size() - 0.4);
        NumberAxis index = style.decimalAxis("Sobol index (share of variance)");
        XYPlot plot = style.plot(names, index);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDomainGridlinesVisible(false);
        plot.setDataset(0, bars);
        plot.setRenderer(0, barRenderer);
        plot.setDataset(1, whiskers);
        plot.setRenderer(1, whiskerRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        String title = "Sobol indices: " + output;
        String description = "Share of the variance of " + output + " due to each parameter alone "
                + "(first order, S1) and with all its interactions (total, ST)";
        JFreeChart chart = style.chart(title, description, plot, provenance.sourceLine(), plot);
        return figure(method, output, rows, provenance, chart, title, description,
                "Parameters are ordered by total index, largest on top; whiskers: the confidence "
                        + "intervals given in the indices file");
    }

    /** The chart with its caption and the rows it plots, as every sensitivity chart has them. */
    private static Figure figure(String method, String output, CsvTable rows, Provenance provenance, JFreeChart chart,
                                 String title, String description, String howToRead) throws IOException {
        Caption caption = new Caption(title, description, List.of(howToRead), List.of(), List.of(), provenance,
                "the rows of indices.csv for method " + method + " and output " + output
                        + ": one row per parameter and statistic");
        return new Figure(fileName(method, output), chart, rowsOf(rows), caption);
    }

    /** The rows plotted, as the indices file has them. */
    private static ChartData rowsOf(CsvTable rows) throws IOException {
        ChartData data = new ChartData(COLUMNS);
        List<List<String>> columns = new ArrayList<>();
        for (String c : COLUMNS) {
            columns.add(rows.strings(c));
        }
        for (int i = 0; i < rows.size(); i++) {
            Object[] cells = new Object[COLUMNS.length];
            for (int c = 0; c < COLUMNS.length; c++) {
                cells[c] = RunData.missingAsEmpty(columns.get(c).get(i));
            }
            data.add(cells);
        }
        return data;
    }
}
