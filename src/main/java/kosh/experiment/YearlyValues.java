package kosh.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kosh.engine.Table;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The numbers of one run's yearly table, kept compactly: one value per metric and year, metric by
 * metric. This is all an ensemble keeps of a replicate once its files are written.
 */
public final class YearlyValues {
    private final List<String> metrics;
    private final int[] years;
    private final double[] values; // values[metric * years.length + yearIndex]

    YearlyValues(List<String> metrics, int[] years, double[] values) {
        if (values.length != metrics.size() * years.length)
            throw new IllegalArgumentException(values.length + " values for " + metrics.size() + " metrics and "
                    + years.length + " years");
        this.metrics = List.copyOf(metrics);
        this.years = years.clone();
        this.values = values.clone();
    }

    /** Takes every numeric column of a run's {@code timeseries} table except {@code year}. */
    public static YearlyValues of(Table timeseries) {
        List<Object[]> rows = timeseries.rows();
        if (rows.isEmpty()) throw new IllegalArgumentException(timeseries.name() + " has no rows");
        List<String> metrics = new ArrayList<>();
        for (int c = 0; c < timeseries.columns().size(); c++) {
            String name = timeseries.columns().get(c);
            if (!name.equals("year") && numeric(rows, c)) metrics.add(name);
        }
        double[] y = timeseries.numbers("year");
        int[] years = new int[y.length];
        for (int i = 0; i < y.length; i++) years[i] = (int) y[i];
        double[] values = new double[metrics.size() * years.length];
        for (int m = 0; m < metrics.size(); m++)
            System.arraycopy(timeseries.numbers(metrics.get(m)), 0, values, m * years.length, years.length);
        return new YearlyValues(metrics, years, values);
    }

    /**
     * The same from a {@code timeseries.csv} as kosh writes it ({@link kosh.output.CsvFiles}): a column
     * is a metric if every cell is a number (an empty cell, written for NaN, counts as NaN). An
     * ensemble takes each replicate's numbers from this text, whether the replicate ran just now or
     * in an interrupted attempt, so its summary is the same either way and can be recomputed from
     * the replicates' files.
     *
     * @throws IllegalArgumentException if the text is not such a table
     */
    public static YearlyValues parse(String csv) {
        List<String> columns;
        List<CSVRecord> records;
        try (CSVParser p = CSVParser.parse(csv, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            columns = p.getHeaderNames();
            records = p.getRecords();
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("not a CSV table: " + e.getMessage(), e);
        }
        Table t = new Table("timeseries", columns);
        for (CSVRecord r : records) {
            if (r.size() != columns.size()) throw new IllegalArgumentException("row " + r.getRecordNumber() + " has " + r.size()
                    + " cells for " + columns.size() + " columns");
            Object[] row = new Object[columns.size()];
            for (int c = 0; c < row.length; c++) row[c] = number(r.get(c));
            t.add(row);
        }
        if (!columns.contains("year")) throw new IllegalArgumentException("no year column");
        return of(t);
    }

    /**
     * Every number exactly ({@link Double#toString}), one row per metric under a header of the years:
     * what {@link #parseExact} reads back to equal numbers (a resumed comparison keeps its replicates so).
     */
    public String exactCsv() {
        StringBuilder s = new StringBuilder("metric");
        for (int y : years) s.append(',').append(y);
        s.append('\n');
        for (int m = 0; m < metrics.size(); m++) {
            s.append(metrics.get(m));
            for (int y = 0; y < years.length; y++) s.append(',').append(Double.toString(get(m, y)));
            s.append('\n');
        }
        return s.toString();
    }

    /**
     * Reads what {@link #exactCsv} wrote.
     *
     * @throws IllegalArgumentException if the text is not such a table
     */
    public static YearlyValues parseExact(String text) {
        String[] lines = text.split("\n");
        String[] head = lines[0].split(",", -1);
        if (!head[0].equals("metric") || head.length < 2 || lines.length < 2)
            throw new IllegalArgumentException("not a table of yearly numbers: " + lines[0]);
        try {
            int[] years = new int[head.length - 1];
            for (int y = 0; y < years.length; y++) years[y] = Integer.parseInt(head[y + 1]);
            List<String> metrics = new ArrayList<>();
            double[] values = new double[(lines.length - 1) * years.length];
            for (int m = 0; m < lines.length - 1; m++) {
                String[] cells = lines[m + 1].split(",", -1);
                if (cells.length != head.length)
                    throw new IllegalArgumentException("line " + (m + 2) + " has " + cells.length + " cells for " + head.length + " columns");
                metrics.add(cells[0]);
                for (int y = 0; y < years.length; y++) values[m * years.length + y] = Double.parseDouble(cells[y + 1]);
            }
            return new YearlyValues(metrics, years, values);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a table of yearly numbers: " + e.getMessage(), e);
        }
    }

    /** A cell as a Double (empty: NaN), or the text itself if it is not a number. */
    private static Object number(String cell) {
        if (cell.isEmpty()) return Double.NaN;
        try {
            return Double.valueOf(cell);
        } catch (NumberFormatException e) {
            return cell;
        }
    }

    private static boolean numeric(List<Object[]> rows, int column) {
        for (Object[] r : rows) if (!(r[column] instanceof Number)) return false;
        return true;
    }

    public List<String> metrics() { return metrics; }

    public int[] years() { return years.clone(); }

    public int yearCount() { return years.length; }

    public int year(int yearIndex) { return years[yearIndex]; }

    public double get(int metric, int yearIndex) { return values[metric * years.length + yearIndex]; }

    /** Index of a metric, or -1. */
    public int metricIndex(String metric) { return metrics.indexOf(metric); }

    /** Index of a calendar year, or -1. */
    public int yearIndex(int year) {
        for (int i = 0; i < years.length; i++) if (years[i] == year) return i;
        return -1;
    }

    /** The same metrics and years as {@code other}. */
    public boolean sameShape(YearlyValues other) {
        return metrics.equals(other.metrics) && Arrays.equals(years, other.years);
    }

    /** This minus {@code other}, cell by cell. */
    public YearlyValues minus(YearlyValues other) {
        if (!sameShape(other)) throw new IllegalArgumentException("different metrics or years");
        double[] d = new double[values.length];
        for (int i = 0; i < d.length; i++) d[i] = values[i] - other.values[i];
        return new YearlyValues(metrics, years, d);
    }

    /** Sum of a metric over the years {@code from..to} (inclusive). */
    public double sum(int metric, int fromYear, int toYear) {
        double s = 0;
        for (int i = 0; i < years.length; i++) if (years[i] >= fromYear && years[i] <= toYear) s += get(metric, i);
        return s;
    }
}
