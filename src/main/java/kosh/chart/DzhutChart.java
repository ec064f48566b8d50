package kosh.chart;

import java.awt.geom.Ellipse2D;
import java.io.IOException;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code dzhut}: share of herders' livestock lost each winter (bars, percent)
 * and the herds of Kazakh households in Mongolia (line, thousand sheep units).
 */
final class DzhutChart {

    static final String TITLE = "Dzhut winters and the herds of Kazakhs in Mongolia";

    private DzhutChart() {
    }

    static JFreeChart build(RunData data) throws IOException {
        CsvTable table = data.timeseries();
        table.require("year", "dzhut_livestock_loss_share", "livestock_sheep_units");
        double[] years = YearSeries.years(table);

        XYIntervalSeriesCollection losses = new XYIntervalSeriesCollection();
        losses.addSeries(YearSeries.bars("Livestock lost in the winter", years,
                table.doubles("dzhut_livestock_loss_share"), 100));
        XYBarRenderer bars = new XYBarRenderer();
        ChartStyle.styleBars(bars, 0.15);
        bars.setSeriesPaint(0, ChartStyle.VERMILLION);

        XYSeriesCollection herds = new XYSeriesCollection(YearSeries.line("Herds at 31 December",
                years, table.doubles("livestock_sheep_units"), YearSeries.STOCK, 1e-3));
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, ChartStyle.GREEN);
        line.setSeriesStroke(0, ChartStyle.LINE);
        line.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));

        NumberAxis time = ChartStyle.yearAxis();
        time.setRange(YearSeries.span(years));
        NumberAxis percent = ChartStyle.decimalAxis("Livestock lost (% of herders' stock)");
        XYPlot plot = ChartStyle.plot(time, percent);
        NumberAxis sheep = ChartStyle.decimalAxis("Herds (thousand sheep units)");
        ChartStyle.tint(sheep, ChartStyle.GREEN);
        plot.setRangeAxis(1, sheep);
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);

        plot.setRenderer(0, bars);
        plot.setDataset(0, losses);
        plot.setRenderer(1, line);
        plot.setDataset(1, herds);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        EventMarkers.addTo(plot, data.events(), true);

        return ChartStyle.chart(TITLE,
                "Share of herders' livestock lost each winter (bars, left axis); "
                        + "livestock of Kazakh households in Mongolia (line, right axis)",
                plot, data.info(), plot, EventMarkers.legend(data.events()));
    }
}
