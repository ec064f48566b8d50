package kosh.chart;

import java.io.IOException;
import java.util.List;

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
    static final String DESCRIPTION = "Persons per year crossing to Kazakhstan, by route of entry (stacked), "
            + "and persons going back to Mongolia";

    private static final String[][] SERIES = {
        {"emigrants_quota_persons", "Quota entrants", "persons/year"},
        {"emigrants_nonquota_persons", "Non-quota entrants", "persons/year"},
        {"emigrants_contract_persons", "Work-contract entrants", "persons/year"},
        {"returnees_persons", "Returnees to Mongolia", "persons/year"},
    };

    private FlowsChart() {
    }

    static Figure build(RunData data, ChartStyle style) throws IOException {
        CsvTable table = data.timeseries();
        table.require("year");
        for (String[] s : SERIES) {
            table.require(s[0]);
        }
        double[] years = YearSeries.years(table);

        CategoryTableXYDataset routes = new CategoryTableXYDataset();
        routes.setIntervalWidth(1.0); // each bar spans its calendar year
        for (int r = 0; r < 3; r++) {
            double[] persons = table.doubles(SERIES[r][0]);
            for (int i = 0; i < years.length; i++) {
                // A stack needs a value in every year; a missing one adds nothing.
                double value = Double.isNaN(persons[i]) ? 0 : persons[i];
                routes.add(years[i] + YearSeries.FLOW, value, SERIES[r][1], false);
            }
        }
        StackedXYBarRenderer bars = new StackedXYBarRenderer();
        style.styleBars(bars, 0.12);
        bars.setSeriesPaint(0, ChartStyle.BLUE);
        bars.setSeriesPaint(1, ChartStyle.ORANGE);
        bars.setSeriesPaint(2, ChartStyle.GREEN);

        XYSeriesCollection returns = new XYSeriesCollection(YearSeries.line(SERIES[3][1],
                years, table.doubles(SERIES[3][0]), YearSeries.FLOW, 1));
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, ChartStyle.BLACK);
        line.setSeriesStroke(0, style.line);

        NumberAxis time = style.yearAxis();
        time.setRange(YearSeries.span(years));
        XYPlot plot = style.plot(time, style.countAxis("Persons per year"));
        plot.setRenderer(0, bars);
        plot.setDataset(0, routes);
        plot.setRenderer(1, line);
        plot.setDataset(1, returns);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD); // the line over the bars
        return data.yearlyFigure("flows", TITLE, DESCRIPTION, plot, SERIES, style);
    }

    static List<EventLabels> labelsOf(EventLabels labels) {
        return labels == null ? List.of() : List.of(labels);
    }
}
