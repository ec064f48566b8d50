package kosh.chart;

import java.awt.geom.Ellipse2D;
import java.io.IOException;

import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code dzhut}: share of the livestock of households in Mongolia lost each winter (bars, percent)
 * and the herds of Kazakh households in Mongolia (line, thousand sheep units).
 */
final class DzhutChart {

    static final String TITLE = "Dzhut winters and the herds of Kazakhs in Mongolia";
    static final String DESCRIPTION = "Share of the livestock in Mongolia lost each winter (bars, left axis); "
            + "livestock of Kazakh households in Mongolia (line, right axis)";

    private static final String[][] SERIES = {
        {"dzhut_livestock_loss_share", "Livestock lost in the winter", "share [0,1]"},
        {"livestock_sheep_units", "Herds at 31 December", "sheep units"},
    };

    private DzhutChart() {
    }

    static Figure build(RunData data, ChartStyle style) throws IOException {
        CsvTable table = data.timeseries();
        table.require("year", SERIES[0][0], SERIES[1][0]);
        double[] years = YearSeries.years(table);

        XYIntervalSeriesCollection losses = new XYIntervalSeriesCollection();
        losses.addSeries(YearSeries.bars(SERIES[0][1], years, table.doubles(SERIES[0][0]), 100));
        XYBarRenderer bars = new XYBarRenderer();
        style.styleBars(bars, 0.15);
        bars.setSeriesPaint(0, ChartStyle.VERMILLION);

        XYSeriesCollection herds = new XYSeriesCollection(YearSeries.line(SERIES[1][1],
                years, table.doubles(SERIES[1][0]), YearSeries.STOCK, 1e-3));
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, ChartStyle.GREEN);
        line.setSeriesStroke(0, style.line);
        double dot = 2.5 * style.space;
        line.setSeriesShape(0, new Ellipse2D.Double(-dot, -dot, 2 * dot, 2 * dot));

        NumberAxis time = style.yearAxis();
        time.setRange(YearSeries.span(years));
        NumberAxis percent = style.decimalAxis("Livestock lost (% of herds in Mongolia)");
        XYPlot plot = style.plot(time, percent);
        NumberAxis sheep = style.decimalAxis("Herds (thousand sheep units)");
        ChartStyle.tint(sheep, ChartStyle.GREEN);
        plot.setRangeAxis(1, sheep);
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);

        plot.setRenderer(0, bars);
        plot.setDataset(0, losses);
        plot.setRenderer(1, line);
        plot.setDataset(1, herds);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return data.yearlyFigure("dzhut", TITLE, DESCRIPTION, plot, SERIES, style);
    }
}
