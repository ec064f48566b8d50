package kosh.experiment.sweep;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.util.MathArrays;

/**
 * Latin hypercube sampling (McKay, Beckman and Conover 1979): each parameter's range is cut into
 * {@code n} equal strata and each stratum holds exactly one of the {@code n} points, at a random
 * place within it; strata are paired across parameters by independent random permutations.
 */
public final class LatinHypercube {
    private LatinHypercube() {}

    /** {@code n} points in the unit cube of dimension {@code k}, drawn from {@code rng}. */
    public static double[][] points(int n, int k, RandomGenerator rng) {
        if (n < 1 || k < 1) throw new IllegalArgumentException("need n >= 1 and k >= 1, was " + n + ", " + k);
        double[][] out = new double[n][k];
        for (int i = 0; i < k; i++) {
            int[] strata = MathArrays.natural(n);
            MathArrays.shuffle(strata, rng);
            for (int p = 0; p < n; p++) out[p][i] = (strata[p] + rng.nextDouble()) / n;
        }
        return out;
    }
}
