package kosh.chart;

import java.awt.Color;
import java.io.IOException;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;

/** {@code stocks}: persons by legal state at the end of each year. */
final class StocksChart {

    static final String TITLE = "Mongolian Kazakhs by legal state";
    static final String DESCRIPTION =
            "Persons at the end of each year, by where they live and which passport they hold";

    private static final String[][] STATES = {
        {"kazakhs_in_mongolia", "In Mongolia (any legal state)", "persons"},
        {"repatriates_in_kazakhstan", "Repatriates in Kazakhstan (not citizens)", "persons"},
        {"citizens_kz", "Kazakhstani citizens", "persons"},
        {"returned_persons", "Returned to Mongolia", "persons"},
        {"stateless", "Stateless", "persons"},
        {"dual_citizens", "Dual citizens", "persons"},
    };
    private static final Color[] COLOURS = {
        ChartStyle.ORANGE, ChartStyle.SKY_BLUE, ChartStyle.BLUE,
        ChartStyle.GREEN, ChartStyle.VERMILLION, ChartStyle.PURPLE,
    };

    private StocksChart() {
    }

    static Figure build(RunData data, ChartStyle style) throws IOException {
        CsvTable table = data.timeseries();
        table.require("year");
        for (String[] state : STATES) {
            table.require(state[0]);
        }
        double[] years = YearSeries.years(table);

        XYSeriesCollection lines = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int s = 0; s < STATES.length; s++) {
            lines.addSeries(YearSeries.line(STATES[s][1], years, table.doubles(STATES[s][0]),
                    YearSeries.STOCK, 1));
            renderer.setSeriesPaint(s, COLOURS[s]);
            renderer.setSeriesStroke(s, style.line);
        }

        NumberAxis time = style.yearAxis();
        time.setRange(YearSeries.span(years));
        XYPlot plot = style.plot(time, style.countAxis("Persons (at 31 December)"));
        plot.setRenderer(renderer);
        plot.setDataset(lines);
        return data.yearlyFigure("stocks", TITLE, DESCRIPTION, plot, STATES, style);
    }
}
