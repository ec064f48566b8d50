package kosh.chart;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The numbers one chart plots, as a tidy table ({@code <chart>.data.csv}): one
 * row per x value and series, so R or Python can redraw the chart from it alone.
 *
 * <p>Cells are written as CSV files of a run are: RFC 4180 quoting, {@code '\n'}
 * line ends, whole numbers without a decimal point, others with at most six
 * decimals, a missing value as an empty cell.
 */
final class ChartData {

    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();

    ChartData(String... columns) {
        this.columns = List.of(columns);
    }

    List<String> columns() {
        return columns;
    }

    int size() {
        return rows.size();
    }

    /** The cells of row {@code i}, as written. */
    List<String> row(int i) {
        return rows.get(i);
    }

    /** Adds a row: one cell per column, strings as they are, numbers formatted. */
    ChartData add(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("a row of " + columns + " needs " + columns.size()
                    + " cells, had " + cells.length);
        }
        List<String> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(cell(cell));
        }
        rows.add(List.copyOf(row));
        return this;
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return "";
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return BigDecimal.valueOf(d).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros()
                    .toPlainString();
        }
        return value.toString().trim();
    }

    String toCsv() {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator('\n')
                .setHeader(columns.toArray(new String[0])).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return out.toString();
    }
}
