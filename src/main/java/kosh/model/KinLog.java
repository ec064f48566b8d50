package kosh.model;

import java.io.Serializable;

/**
 * ln(1 + k) for a count of kin households, looked up for the small counts decisions meet (the same
 * values {@link Math#log1p} gives, computed once).
 */
final class KinLog implements Serializable {
    private static final double[] TABLE = new double[256];

    static {
        for (int k = 0; k < TABLE.length; k++) TABLE[k] = Math.log1p(k);
    }

    private KinLog() {}

    static double of(int count) {
        return count >= 0 && count < TABLE.length ? TABLE[count] : Math.log1p(count);
    }
}
