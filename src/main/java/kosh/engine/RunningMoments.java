package kosh.engine;

import java.io.Serializable;

/**
 * Running mean and sample standard deviation of a stream of values. The updates are those of
 * Commons Math's storeless {@code FirstMoment} and {@code SecondMoment} (Welford's method), step for
 * step, so the results are the same to the last bit; one object keeps both.
 */
final class RunningMoments implements Serializable {
    private long n;
    private double m1, m2;

    void add(double v) {
        n++;
        double dev = v - m1;
        double nDev = dev / n;
        m1 += nDev;
        m2 += (n - 1d) * dev * nDev;
    }

    long n() { return n; }

    /** The mean, NaN without values. */
    double mean() { return n == 0 ? Double.NaN : m1; }

    /** The sample standard deviation (n - 1 in the denominator), 0 for fewer than two values. */
    double sd() { return n < 2 ? 0.0 : Math.sqrt(m2 / (n - 1d)); }
}
