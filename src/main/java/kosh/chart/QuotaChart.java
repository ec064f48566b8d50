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
 * {@code quota}: quota places open and taken (households per year) as a wide
 * pale bar with a narrow dark bar inside it, and benefits paid on a second axis.
 */
final class QuotaChart {

    static final String TITLE = "Quota places and benefits for households from Mongolia";
    static final String DESCRIPTION = "Households per year: places open to households from Mongolia "
            + "(wide bars) and registered on them (narrow bars); benefits paid (line, right axis)";

    private static final String[][] SERIES = {
        {"quota_places_households", "Quota places open", "households/year"},
        {"quota_used_households", "Registered on quota places", "households/year"},
        {"benefits_paid_usd", "Benefits paid", "USD/year"},
    };

    private QuotaChart() {
    }

    static Figure build(RunData data, ChartStyle style) throws IOException {
        CsvTable table = data.timeseries();
        table.require("year", SERIES[0][0], SERIES[1][0], SERIES[2][0]);
        double[] years = YearSeries.years(table);

        XYIntervalSeriesCollection places = new XYIntervalSeriesCollection();
        places.addSeries(YearSeries.bars(SERIES[0][1], years, table.doubles(SERIES[0][0]), 1));
        XYBarRenderer placesBars = new XYBarRenderer();
        style.styleBars(placesBars, 0.1);
        placesBars.setSeriesPaint(0, ChartStyle.SKY_BLUE);

        XYIntervalSeriesCollection used = new XYIntervalSeriesCollection();
        used.addSeries(YearSeries.bars(SERIES[1][1], years, table.doubles(SERIES[1][0]), 1));
        XYBarRenderer usedBars = new XYBarRenderer();
        style.styleBars(usedBars, 0.45);
        usedBars.setSeriesPaint(0, ChartStyle.BLUE);

        XYSeriesCollection money = new XYSeriesCollection(YearSeries.line(SERIES[2][1], years,
                table.doubles(SERIES[2][0]), YearSeries.FLOW, 1e-6));
        XYLineAndShapeRenderer moneyLine = new XYLineAndShapeRenderer(true, true);
        moneyLine.setSeriesPaint(0, ChartStyle.VERMILLION);
        moneyLine.setSeriesStroke(0, style.line);
        double dot = 2 * style.space;
        moneyLine.setSeriesShape(0, new Ellipse2D.Double(-dot, -dot, 2 * dot, 2 * dot));

        NumberAxis time = style.yearAxis();
        time.setRange(YearSeries.span(years));
        XYPlot plot = style.plot(time, style.countAxis("Households per year"));
        NumberAxis usd = style.decimalAxis("Benefits paid (million USD per year)");
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
        return data.yearlyFigure("quota", TITLE, DESCRIPTION, plot, SERIES, style);
    }
}
