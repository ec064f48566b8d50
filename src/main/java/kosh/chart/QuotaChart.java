package kosh.chart;

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
 * {@code quota}: quota places open and taken (households per year) as a wide
 * pale bar with a narrow dark bar inside it, and benefits paid on a second axis.
 */
final class QuotaChart {

    static final String TITLE = "Quota places and benefits for households from Mongolia";

    private QuotaChart() {
    }

    static JFreeChart build(RunData data) throws IOException {
        CsvTable table = data.timeseries();
        table.require("year", "quota_places_households", "quota_used_households", "benefits_paid_usd");
        double[] years = YearSeries.years(table);

        XYIntervalSeriesCollection places = new XYIntervalSeriesCollection();
        places.addSeries(YearSeries.bars("Quota places open", years,
                table.doubles("quota_places_households"), 1));
        XYBarRenderer placesBars = new XYBarRenderer();
        ChartStyle.styleBars(placesBars, 0.1);
        placesBars.setSeriesPaint(0, ChartStyle.SKY_BLUE);

        XYIntervalSeriesCollection used = new XYIntervalSeriesCollection();
        used.addSeries(YearSeries.bars("Quota places taken", years,
                table.doubles("quota_used_households"), 1));
        XYBarRenderer usedBars = new XYBarRenderer();
        ChartStyle.styleBars(usedBars, 0.45);
        usedBars.setSeriesPaint(0, ChartStyle.BLUE);

        XYSeriesCollection money = new XYSeriesCollection(YearSeries.line("Benefits paid", years,
                table.doubles("benefits_paid_usd"), YearSeries.FLOW, 1e-6));
        XYLineAndShapeRenderer moneyLine = new XYLineAndShapeRenderer(true, true);
        moneyLine.setSeriesPaint(0, ChartStyle.VERMILLION);
        moneyLine.setSeriesStroke(0, ChartStyle.LINE);
        moneyLine.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));

        NumberAxis time = ChartStyle.yearAxis();
        time.setRange(YearSeries.span(years));
        XYPlot plot = ChartStyle.plot(time, ChartStyle.countAxis("Households per year"));
        NumberAxis usd = ChartStyle.decimalAxis("Benefits paid (million USD per year)");
        ChartStyle.tint(usd, ChartStyle.VERMILLION);
        plot.setRangeAxis(1, usd);
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);

        plot.setRenderer(0, placesBars);
        plot.setDataset(0, places);
        plot.setRenderer(1, usedBars);
        plot.setDataset(1, used);
        plot.setRenderer(2, moneyLine);
        plot.setDataset(2, money);
        plot.mapDatasetToRangeAxis(2, 1);
        // Open places first, places taken inside them, money on top.
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        EventMarkers.addTo(plot, data.events(), true);

        return ChartStyle.chart(TITLE,
                "Households per year: places open to households from Mongolia (wide bars) and "
                        + "taken (narrow bars); benefits paid (line, right axis)",
                plot, data.info(), plot, EventMarkers.legend(data.events()));
    }
}
