package kosh.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

class DesignsTest {
    @Test
    void latinHypercubeHasOnePointInEachStratumOfEachParameter() {
        int n = 17, k = 4;
        double[][] p = LatinHypercube.points(n, k, new MersenneTwister(5));
        for (int i = 0; i < k; i++) {
            int[] count = new int[n];
            for (double[] x : p) count[(int) Math.floor(x[i] * n)]++;
            for (int c : count) assertEquals(1, c);
        }
    }

    @Test
    void gridListsEveryCombinationFirstParameterSlowest() {
        double[][] p = Grid.points(new int[] {2, 3});
        assertEquals(6, p.length);
        assertArrayEquals(new double[] {0, 0}, p[0]);
        assertArrayEquals(new double[] {0, 0.5}, p[1]);
        assertArrayEquals(new double[] {0, 1}, p[2]);
        assertArrayEquals(new double[] {1, 0}, p[3]);
        assertArrayEquals(new double[] {1, 1}, p[5]);
    }
}
