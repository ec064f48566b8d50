package kosh.experiment.sweep;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.util.MathArrays;

/**
 * Morris (1991) elementary-effects screening, with Campolongo, Cariboni and Saltelli's (2007)
 * {@code mu_star}. In the unit cube, a trajectory starts on a grid of {@code p} levels and moves
 * one parameter at a time, each once, by ±Δ with Δ = p / (2(p − 1)). An elementary effect is the
 * output's change divided by the step, the step measured as a share of the parameter's range: a
 * linear output {@code c · x} has effect {@code c · (max − min)} whatever the step.
 *
 * <p>Points are {@code trajectories × (k + 1)} rows, trajectory by trajectory.
 */
public final class Morris {
    private Morris() {}

    /** The step of a {@code p}-level design, as a share of the range. */
    public static double delta(int levels) { return levels / (2.0 * (levels - 1)); }

    /**
     * The design's points in the unit cube: for each trajectory a start whose coordinates lie on the
     * grid {0, 1/(p−1), ..., 1} such that the step stays inside, a random order of the parameters and
     * a random direction for each (Morris's B* matrix).
     */
    public static double[][] points(int trajectories, int k, int levels, RandomGenerator rng) {
        if (levels < 2 || levels % 2 != 0) throw new IllegalArgumentException("levels must be even and >= 2, was " + levels);
        if (trajectories < 1 || k < 1) throw new IllegalArgumentException("need trajectories >= 1 and k >= 1");
        double delta = delta(levels);
        double[][] out = new double[trajectories * (k + 1)][];
        for (int t = 0; t < trajectories; t++) {
            double[] x = new double[k];
            int[] direction = new int[k];
            for (int i = 0; i < k; i++) {
                double base = rng.nextInt(levels / 2) / (double) (levels - 1); // 0 .. 1 - Δ
                direction[i] = rng.nextBoolean() ? 1 : -1;
                x[i] = direction[i] > 0 ? base : base + delta;
            }
            int[] order = MathArrays.natural(k);
            MathArrays.shuffle(order, rng);
            int row = t * (k + 1);
            out[row] = x.clone();
            for (int j = 0; j < k; j++) {
                int i = order[j];
                x[i] = direction[i] > 0 ? x[i] + delta : x[i] - delta;
                out[row + j + 1] = x.clone();
            }
        }
        return out;
    }

    /**
     * {@code mu_star} (mean absolute elementary effect) and {@code sigma} (their standard deviation,
     * n − 1) of each parameter, with 95% percentile intervals from {@code bootstrap} resamples of the
     * trajectories (none if 0).
     *
     * @param points the design's points, as {@link #points} made them
     * @param y      the output at each point
     */
    public static List<Index> indices(double[][] points, double[] y, int k, int bootstrap, RandomGenerator rng) {
        if (points.length != y.length || points.length % (k + 1) != 0)
            throw new IllegalArgumentException(points.length + " points and " + y.length + " outputs do not make trajectories of " + (k + 1));
        int r = points.length / (k + 1);
        double[][] effects = new double[k][r];
        for (int t = 0; t < r; t++)
            for (int j = 0; j < k; j++) {
                int a = t * (k + 1) + j, b = a + 1, changed = -1;
                for (int i = 0; i < k; i++)
                    if (points[a][i] != points[b][i]) {
                        if (changed >= 0) throw new IllegalArgumentException("points " + a + " and " + b + " differ in more than one parameter");
                        changed = i;
                    }
                if (changed < 0) throw new IllegalArgumentException("points " + a + " and " + b + " are equal");
                effects[changed][t] = (y[b] - y[a]) / (points[b][changed] - points[a][changed]);
            }
        double[][] muStar = new double[k][bootstrap], sigma = new double[k][bootstrap];
        int[] pick = new int[r];
        double[] sample = new double[r];
        for (int s = 0; s < bootstrap; s++) {
            for (int t = 0; t < r; t++) pick[t] = rng.nextInt(r);
            for (int i = 0; i < k; i++) {
                for (int t = 0; t < r; t++) sample[t] = effects[i][pick[t]];
                muStar[i][s] = meanAbs(sample);
                sigma[i][s] = sd(sample);
            }
        }
        List<Index> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            out.add(interval(i, "mu_star", meanAbs(effects[i]), muStar[i]));
            out.add(interval(i, "sigma", sd(effects[i]), sigma[i]));
        }
        return out;
    }

    static Index interval(int parameter, String statistic, double value, double[] resampled) {
        if (resampled.length == 0) return new Index(parameter, statistic, value, Double.NaN, Double.NaN);
        Percentile p = new Percentile();
        p.setData(resampled);
        return new Index(parameter, statistic, value, p.evaluate(2.5), p.evaluate(97.5));
    }

    private static double meanAbs(double[] v) {
        double s = 0;
        for (double x : v) s += Math.abs(x);
        return s / v.length;
    }

    private static double sd(double[] v) {
        if (v.length < 2) return 0;
        double mean = 0;
        for (double x : v) mean += x;
        mean /= v.length;
        double ss = 0;
        for (double x : v) ss += (x - mean) * (x - mean);
        return Math.sqrt(ss / (v.length - 1));
    }
}
