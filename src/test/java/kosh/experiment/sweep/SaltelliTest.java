package kosh.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

class SaltelliTest {
    /** Ishigami and Homma (1990), a = 7, b = 0.1, each input uniform on [-π, π]. */
    private static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0], x2 = -Math.PI + 2 * Math.PI * u[1], x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + 7 * Math.sin(x2) * Math.sin(x2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
    }

    private static List<Index> ishigamiIndices(int n, int bootstrap) {
        double[][] points = Saltelli.points(n, 3);
        double[] y = new double[points.length];
        for (int p = 0; p < y.length; p++) y[p] = ishigami(points[p]);
        return Saltelli.indices(y, n, 3, bootstrap, new MersenneTwister(1));
    }

    private static Index find(List<Index> indices, int parameter, String statistic) {
        return indices.stream().filter(i -> i.parameter() == parameter && i.statistic().equals(statistic)).findFirst().orElseThrow();
    }

    @Test
    void ishigamiIndicesMatchTheAnalyticValuesWithin001() {
        // Analytic: S1 = 0.3139, 0.4424, 0; ST = 0.5576, 0.4424, 0.2437 (Saltelli et al. 2008, 4.7).
        double[] s1 = {0.3139, 0.4424, 0}, st = {0.5576, 0.4424, 0.2437};
        List<Index> indices = ishigamiIndices(8192, 200);
        for (int i = 0; i < 3; i++) {
            assertEquals(s1[i], find(indices, i, "S1").value(), 0.01, "S1 of x" + (i + 1));
            assertEquals(st[i], find(indices, i, "ST").value(), 0.01, "ST of x" + (i + 1));
        }
    }

    @Test
    void bootstrapIntervalsHoldTheEstimateAndMostlyTheTruth() {
        double[] s1 = {0.3139, 0.4424, 0}, st = {0.5576, 0.4424, 0.2437};
        List<Index> indices = ishigamiIndices(2048, 500);
        int covered = 0;
        for (int i = 0; i < 3; i++)
            for (String stat : new String[] {"S1", "ST"}) {
                Index x = find(indices, i, stat);
                assertTrue(x.ciLow() <= x.value() && x.value() <= x.ciHigh(), x.toString());
                assertTrue(x.ciHigh() - x.ciLow() < 0.2, "interval too wide: " + x);
                double truth = stat.equals("S1") ? s1[i] : st[i];
                if (x.ciLow() <= truth && truth <= x.ciHigh()) covered++;
            }
        assertTrue(covered >= 5, "95% intervals covered the truth " + covered + " times of 6");
    }

    @Test
    void designHasABThenEachABiWithOneColumnFromB() {
        int n = 8, k = 3;
        double[][] p = Saltelli.points(n, k);
        assertEquals(n * (k + 2), p.length);
        for (int j = 0; j < n; j++)
            for (int i = 0; i < k; i++)
                for (int c = 0; c < k; c++)
                    assertEquals(c == i ? p[n + j][c] : p[j][c], p[(2 + i) * n + j][c]);
    }

    @Test
    void aConstantOutputHasNoIndices() {
        List<Index> indices = Saltelli.indices(new double[4 * 4], 4, 2, 10, new MersenneTwister(1));
        for (Index x : indices) assertTrue(Double.isNaN(x.value()), x.toString());
    }
}
