package kosh.experiment;

import java.util.Arrays;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * How a quantity is spread over replicates: count, mean, sample standard deviation (divisor
 * {@code n - 1}; undefined, NaN, for one replicate) and percentiles.
 *
 * <p>Percentiles use Commons Math's {@link Percentile} with estimation type
 * {@link Percentile.EstimationType#R_7}: linear interpolation between the two nearest order
 * statistics at rank {@code h = (n - 1) p + 1}, the default of R's {@code quantile} and of NumPy.
 */
public record Summary(int n, double mean, double sd, double median, double p5, double p25, double p75, double p95) {
    /** The column names a summary is written under, after the columns that say what it summarises. */
    public static final String[] COLUMNS = {"n", "mean", "sd", "median", "p5", "p25", "p75", "p95"};

    public Summary {
        if (n < 1) throw new IllegalArgumentException("a summary needs at least one value, had " + n);
    }

    public static Summary of(double[] values) {
        if (values.length == 0) throw new IllegalArgumentException("a summary needs at least one value, had none");
        double[] sorted = values.clone();
        Arrays.sort(sorted); // the same numbers in any order give the same bytes
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        p.setData(sorted);
        double sd = sorted.length > 1 ? Math.sqrt(StatUtils.variance(sorted)) : Double.NaN;
        return new Summary(sorted.length, StatUtils.mean(sorted), sd, p.evaluate(50), p.evaluate(5), p.evaluate(25),
                p.evaluate(75), p.evaluate(95));
    }

    /** The values in the order of {@link #COLUMNS}. */
    public Object[] cells() {
        return new Object[] {n, mean, sd, median, p5, p25, p75, p95};
    }
}
