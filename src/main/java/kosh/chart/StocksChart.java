package kosh.chart;

import java.awt.Color;
import java.io.IOException;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;

/** {@code stocks}: persons by legal state at the end of each year. */
final class StocksChart {

    static final String TITLE = "Mongolian Kazakhs by legal state";

    private static final String[][] STATES = {
        {"kazakhs_in_mongolia", "In Mongolia"},
        {"repatriates_in_kazakhstan", "Repatriates in Kazakhstan (not citizens)"},
        {"citizens_kz", "Kazakhstani citizens"},
        {"returned_persons", "Returned to Mongolia"},
        {"stateless", "Stateless"},
        {"dual_citizens", "Dual citizens"},
    };
    private static final Color[] COLOURS = {
        ChartStyle.ORANGE, ChartStyle.SKY_BLUE, ChartStyle.BLUE,
        ChartStyle.GREEN, ChartStyle.VERMILLION, ChartStyle.PURPLE,
    };

    private StocksChart() {
    }

    static JFreeChart build(RunData data) throws IOException {
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
            renderer.setSeriesStroke(s, ChartStyle.LINE);
        }

        NumberAxis time = ChartStyle.yearAxis();
        time.setRange(YearSeries.span(years));
        XYPlot plot = ChartStyle.plot(time, ChartStyle.countAxis("Persons (at 31 December)"));
        plot.setRenderer(renderer);
        plot.setDataset(lines);
        EventMarkers.addTo(plot, data.events(), true);

        return ChartStyle.chart(TITLE,
                "Persons at the end of each year, by where they live and which passport they hold",
                plot, data.info(), plot, EventMarkers.legend(data.events()));
    }
}
