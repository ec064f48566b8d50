package kosh.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

class MorrisTest {
    @Test
    void linearFunctionHasMuStarCoefficientTimesRangeAndNoSigma() {
        // y = 3 x1 - 5 x2 + 0 x3 + 0.5 x4, with ranges 2, 1, 10, 4.
        double[] coefficient = {3, -5, 0, 0.5}, min = {0, -1, 5, -2}, range = {2, 1, 10, 4};
        int k = 4;
        double[][] points = Morris.points(10, k, 4, new MersenneTwister(7));
        double[] y = new double[points.length];
        for (int p = 0; p < points.length; p++)
            for (int i = 0; i < k; i++) y[p] += coefficient[i] * (min[i] + points[p][i] * range[i]);
        List<Index> indices = Morris.indices(points, y, k, 100, new MersenneTwister(8));
        for (int i = 0; i < k; i++) {
            Index mu = indices.get(2 * i), sigma = indices.get(2 * i + 1);
            assertEquals("mu_star", mu.statistic());
            assertEquals("sigma", sigma.statistic());
            assertEquals(Math.abs(coefficient[i]) * range[i], mu.value(), 1e-9, "mu_star of x" + (i + 1));
            assertEquals(0, sigma.value(), 1e-9, "sigma of x" + (i + 1));
        }
    }

    @Test
    void nonLinearAndInteractingParametersGetSigma() {
        // y = x1 + x2^2 + x1 * x3: x1, x2, x3 vary in their effect; x4 does nothing.
        int k = 4;
        double[][] points = Morris.points(20, k, 6, new MersenneTwister(3));
        double[] y = new double[points.length];
        for (int p = 0; p < points.length; p++) {
            double[] x = points[p];
            y[p] = x[0] + x[1] * x[1] + x[0] * x[2];
        }
        List<Index> indices = Morris.indices(points, y, k, 0, new MersenneTwister(4));
        for (int i = 0; i < 3; i++) assertTrue(indices.get(2 * i + 1).value() > 0.05, "sigma of x" + (i + 1));
        assertEquals(0, indices.get(6).value(), 0, "mu_star of x4");
        assertTrue(Double.isNaN(indices.get(0).ciLow()), "no bootstrap, no interval");
    }

    @Test
    void trajectoriesStayOnTheGridAndMoveEachParameterOnceByDelta() {
        int k = 5, levels = 4, r = 30;
        double delta = Morris.delta(levels);
        double[][] p = Morris.points(r, k, levels, new MersenneTwister(11));
        assertEquals(r * (k + 1), p.length);
        for (int t = 0; t < r; t++) {
            boolean[] moved = new boolean[k];
            for (int j = 0; j < k; j++) {
                double[] a = p[t * (k + 1) + j], b = p[t * (k + 1) + j + 1];
                int changed = 0;
                for (int i = 0; i < k; i++) {
                    double level = a[i] * (levels - 1);
                    assertEquals(Math.rint(level), level, 1e-9, "on the grid");
                    assertTrue(a[i] >= 0 && a[i] <= 1 + 1e-12 && b[i] >= 0 && b[i] <= 1 + 1e-12);
                    if (a[i] != b[i]) {
                        changed++;
                        assertEquals(delta, Math.abs(b[i] - a[i]), 1e-12);
                        assertTrue(!moved[i]);
                        moved[i] = true;
                    }
                }
                assertEquals(1, changed);
            }
        }
    }

    @Test
    void sameSeedSameDesign() {
        double[][] a = Morris.points(5, 3, 4, new MersenneTwister(42)), b = Morris.points(5, 3, 4, new MersenneTwister(42));
        for (int p = 0; p < a.length; p++) org.junit.jupiter.api.Assertions.assertArrayEquals(a[p], b[p]);
    }
}
