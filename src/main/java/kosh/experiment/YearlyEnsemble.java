package kosh.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kosh.engine.Table;

/**
 * The yearly numbers of every replicate of one experiment, in replicate order, and their summary:
 * one row per metric and year with the spread over replicates.
 */
public final class YearlyEnsemble {
    /** Columns of {@code summary.csv} and {@code difference.csv}. */
    public static final List<String> SUMMARY_COLUMNS;

    static {
        List<String> c = new ArrayList<>(List.of("metric", "year"));
        c.addAll(Arrays.asList(Summary.COLUMNS));
        SUMMARY_COLUMNS = List.copyOf(c);
    }

    private final List<YearlyValues> replicates = new ArrayList<>();

    /** Adds the next replicate; all must have the same metrics and years. */
    public void add(YearlyValues v) {
        if (!replicates.isEmpty() && !replicates.get(0).sameShape(v))
            throw new IllegalArgumentException("replicate " + replicates.size() + " has other metrics or years than replicate 0");
        replicates.add(v);
    }

    public int size() { return replicates.size(); }

    public YearlyValues replicate(int i) { return replicates.get(i); }

    /** The shape every replicate shares. */
    public YearlyValues first() {
        if (replicates.isEmpty()) throw new IllegalStateException("no replicates yet");
        return replicates.get(0);
    }

    /** One cell across replicates, in replicate order. */
    public double[] values(int metric, int yearIndex) {
        double[] out = new double[replicates.size()];
        for (int i = 0; i < out.length; i++) out[i] = replicates.get(i).get(metric, yearIndex);
        return out;
    }

    /** Replicate by replicate, {@code this} minus {@code baseline} (paired by replicate number). */
    public YearlyEnsemble minus(YearlyEnsemble baseline) {
        if (baseline.size() != size())
            throw new IllegalArgumentException(size() + " replicates against " + baseline.size());
        YearlyEnsemble d = new YearlyEnsemble();
        for (int i = 0; i < size(); i++) d.add(replicates.get(i).minus(baseline.replicates.get(i)));
        return d;
    }

    /** The tidy summary: {@link #SUMMARY_COLUMNS}, metric by metric, years in order. */
    public Table summary(String tableName) {
        YearlyValues shape = first();
        Table t = new Table(tableName, SUMMARY_COLUMNS);
        for (int m = 0; m < shape.metrics().size(); m++)
            for (int y = 0; y < shape.yearCount(); y++) {
                Object[] cells = Summary.of(values(m, y)).cells();
                Object[] row = new Object[2 + cells.length];
                row[0] = shape.metrics().get(m);
                row[1] = shape.year(y);
                System.arraycopy(cells, 0, row, 2, cells.length);
                t.add(row);
            }
        return t;
    }
}
