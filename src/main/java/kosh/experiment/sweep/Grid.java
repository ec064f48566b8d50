package kosh.experiment.sweep;

/** A full factorial design: every combination of evenly spaced levels, the first parameter changing slowest. */
public final class Grid {
    private Grid() {}

    /** Points in the unit cube; parameter {@code i} takes {@code levels[i]} values 0, 1/(levels-1), ..., 1. */
    public static double[][] points(int[] levels) {
        int n = 1;
        for (int l : levels) {
            if (l < 2) throw new IllegalArgumentException("each parameter needs at least 2 levels, was " + l);
            n = Math.multiplyExact(n, l);
        }
        double[][] out = new double[n][levels.length];
        for (int p = 0; p < n; p++) {
            int rest = p;
            for (int i = levels.length - 1; i >= 0; i--) {
                out[p][i] = (double) (rest % levels[i]) / (levels[i] - 1);
                rest /= levels[i];
            }
        }
        return out;
    }
}
