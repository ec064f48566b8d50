package kosh.experiment.sweep;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Variance-based sensitivity (Sobol indices) by Saltelli et al. (2010). Two independent N × k
 * matrices A and B come from one 2k-dimensional Sobol sequence (its first point, all zeros,
 * skipped); matrix AB<sub>i</sub> is A with column i taken from B. The design's points are the
 * rows of A, then B, then AB<sub>1</sub> ... AB<sub>k</sub>: N(k + 2) points.
 *
 * <p>With f0 and V the mean and variance of f over the rows of A and B together:
 * first-order S1<sub>i</sub> = mean((f(B) − f0) (f(AB<sub>i</sub>) − f(A))) / V (Saltelli 2010, table 2 (b),
 * on outputs centred by f0: the same expectation, far less spread when f's mean is large beside its spread);
 * total ST<sub>i</sub> = mean((f(A) − f(AB<sub>i</sub>))²) / 2V (Jansen 1999, ibid. (f)).
 * The 95% intervals are bootstrap percentiles over resampled rows j.
 */
public final class Saltelli {
    private Saltelli() {}

    /** The N(k + 2) design points in the unit cube. */
    public static double[][] points(int n, int k) {
        if (n < 1 || k < 1) throw new IllegalArgumentException("need n >= 1 and k >= 1, was " + n + ", " + k);
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        sobol.skipTo(1);
        double[][] out = new double[n * (k + 2)][];
        for (int j = 0; j < n; j++) {
            double[] v = sobol.nextVector();
            double[] a = new double[k], b = new double[k];
            System.arraycopy(v, 0, a, 0, k);
            System.arraycopy(v, k, b, 0, k);
            out[j] = a;
            out[n + j] = b;
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                out[(2 + i) * n + j] = ab;
            }
        }
        return out;
    }

    /**
     * {@code S1} and {@code ST} of each parameter with 95% bootstrap intervals ({@code bootstrap}
     * resamples; none if 0). NaN where the output does not vary.
     *
     * @param y the output at each of the N(k + 2) points, in the order {@link #points} gives
     */
    public static List<Index> indices(double[] y, int n, int k, int bootstrap, RandomGenerator rng) {
        if (y.length != n * (k + 2)) throw new IllegalArgumentException(y.length + " outputs for N(k + 2) = " + n * (k + 2) + " points");
        int[] all = new int[n];
        for (int j = 0; j < n; j++) all[j] = j;
        double[][] estimate = estimate(y, n, k, all);
        double[][][] resampled = new double[2][k][bootstrap];
        int[] pick = new int[n];
        for (int s = 0; s < bootstrap; s++) {
            for (int j = 0; j < n; j++) pick[j] = rng.nextInt(n);
            double[][] e = estimate(y, n, k, pick);
            for (int i = 0; i < k; i++) {
                resampled[0][i][s] = e[0][i];
                resampled[1][i][s] = e[1][i];
            }
        }
        List<Index> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            out.add(Morris.interval(i, "S1", estimate[0][i], finite(resampled[0][i])));
            out.add(Morris.interval(i, "ST", estimate[1][i], finite(resampled[1][i])));
        }
        return out;
    }

    /** {S1, ST} per parameter from rows {@code rows} (repeats allowed). */
    private static double[][] estimate(double[] y, int n, int k, int[] rows) {
        double sum = 0;
        for (int j : rows) sum += y[j] + y[n + j];
        int m = 2 * rows.length;
        double mean = sum / m, squares = 0;
        for (int j : rows) squares += (y[j] - mean) * (y[j] - mean) + (y[n + j] - mean) * (y[n + j] - mean);
        double variance = squares / (m - 1);
        double[][] out = new double[2][k];
        for (int i = 0; i < k; i++) {
            double first = 0, total = 0;
            for (int j : rows) {
                double a = y[j], b = y[n + j], ab = y[(2 + i) * n + j];
                first += (b - mean) * (ab - a);
                total += (a - ab) * (a - ab);
            }
            out[0][i] = variance > 0 ? first / rows.length / variance : Double.NaN;
            out[1][i] = variance > 0 ? total / rows.length / 2 / variance : Double.NaN;
        }
        return out;
    }

    private static double[] finite(double[] v) {
        int c = 0;
        for (double x : v) if (!Double.isNaN(x)) c++;
        double[] out = new double[c];
        c = 0;
        for (double x : v) if (!Double.isNaN(x)) out[c++] = x;
        return out;
    }
}
