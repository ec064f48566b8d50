package kosh.chart;

import java.io.IOException;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.CategoryTableXYDataset;
import org.jfree.data.xy.XYSeriesCollection;

/** {@code flows}: persons leaving Mongolia per year by route (stacked bars) and returnees (line). */
final class FlowsChart {

    static final String TITLE = "Kazakhs leaving Mongolia for Kazakhstan, and returning";

    private static final String[][] ROUTES = {
        {"emigrants_quota_persons", "Quota entrants"},
        {"emigrants_nonquota_persons", "Non-quota entrants"},
        {"emigrants_contract_persons", "Work-contract entrants"},
    };

    private FlowsChart() {
    }

    static JFreeChart build(RunData data) throws IOException {
        CsvTable table = data.timeseries();
        table.require("year", "emigrants_quota_persons", "emigrants_nonquota_persons",
                "emigrants_contract_persons", "returnees_persons");
        double[] years = YearSeries.years(table);

        CategoryTableXYDataset routes = new CategoryTableXYDataset();
        routes.setIntervalWidth(1.0); // each bar spans its calendar year
        for (String[] route : ROUTES) {
            double[] persons = table.doubles(route[0]);
            for (int i = 0; i < years.length; i++) {
                // A stack needs a value in every year; a missing one adds nothing.
                double value = Double.isNaN(persons[i]) ? 0 : persons[i];
                routes.add(years[i] + YearSeries.FLOW, value, route[1], false);
            }
        }
        StackedXYBarRenderer bars = new StackedXYBarRenderer();
        ChartStyle.styleBars(bars, 0.12);
        bars.setSeriesPaint(0, ChartStyle.BLUE);
        bars.setSeriesPaint(1, ChartStyle.ORANGE);
        bars.setSeriesPaint(2, ChartStyle.GREEN);

        XYSeriesCollection returns = new XYSeriesCollection(YearSeries.line("Returnees to Mongolia",
                years, table.doubles("returnees_persons"), YearSeries.FLOW, 1));
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, ChartStyle.BLACK);
        line.setSeriesStroke(0, ChartStyle.LINE);

        NumberAxis time = ChartStyle.yearAxis();
        time.setRange(YearSeries.span(years));
        XYPlot plot = ChartStyle.plot(time, ChartStyle.countAxis("Persons per year"));
        plot.setRenderer(0, bars);
        plot.setDataset(0, routes);
        plot.setRenderer(1, line);
        plot.setDataset(1, returns);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD); // the line over the bars
        EventMarkers.addTo(plot, data.events(), true);

        return ChartStyle.chart(TITLE,
                "Persons per year crossing to Kazakhstan, by route of entry (stacked), "
                        + "and persons going back to Mongolia",
                plot, data.info(), plot, EventMarkers.legend(data.events()));
    }
}
