package kosh.chart;

import java.io.IOException;
import org.jfree.data.Range;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYSeries;

/**
 * Turns yearly table columns into chart series on the continuous time axis.
 *
 * <p>A flow for year {@code y} is a total over the calendar year, so it spans
 * {@code [y, y + 1)} (its point sits at mid-year); a stock is counted at the
 * end of the year, at {@code y + 1}. This keeps values and event markers, which
 * sit at their month, in the right order.
 */
final class YearSeries {

    /** Offset of a flow's point from 1 January: mid-year. */
    static final double FLOW = 0.5;
    /** Offset of a stock's point from 1 January: 31 December. */
    static final double STOCK = 1.0;

    private YearSeries() {
    }

    /** A line; missing values (NaN) leave a gap. {@code scale} converts units, e.g. 1e-6 for millions. */
    static XYSeries line(String key, double[] years, double[] values, double offset, double scale) {
        XYSeries series = new XYSeries(key, true, false);
        for (int i = 0; i < years.length; i++) {
            series.add(years[i] + offset, Double.isNaN(values[i]) ? null : values[i] * scale);
        }
        return series;
    }

    /** Bars spanning each calendar year; {@code scale} converts units. Missing values draw no bar. */
    static XYIntervalSeries bars(String key, double[] years, double[] values, double scale) {
        XYIntervalSeries series = new XYIntervalSeries(key);
        for (int i = 0; i < years.length; i++) {
            if (!Double.isNaN(values[i])) {
                double y = values[i] * scale;
                series.add(years[i] + FLOW, years[i], years[i] + 1, y, y, y);
            }
        }
        return series;
    }

    /** The year column, checked to hold whole years. */
    static double[] years(CsvTable table) throws IOException {
        double[] years = table.doubles("year");
        for (int i = 0; i < years.length; i++) {
            if (Double.isNaN(years[i]) || years[i] != Math.rint(years[i])) {
                throw new IOException(table.fileName() + ": line " + (i + 2)
                        + ", column 'year': not a whole year: " + years[i]);
            }
        }
        return years;
    }

    /**
     * The time span of a chart: 1 January of the first year to 31 December of
     * the last, over all the year columns given, so flows, stocks and that
     * year's events all fit. An empty table gives a one-year span rather than none.
     */
    static Range span(double[]... yearColumns) {
        double first = Double.POSITIVE_INFINITY;
        double last = Double.NEGATIVE_INFINITY;
        for (double[] years : yearColumns) {
            for (double year : years) {
                first = Math.min(first, year);
                last = Math.max(last, year);
            }
        }
        return first > last ? new Range(0, 1) : new Range(first, last + 1);
    }
}
