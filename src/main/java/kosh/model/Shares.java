package kosh.model;

/** Small helpers for quantities that live in [0, 1]. */
public final class Shares {
    private Shares() {}

    public static double clamp(double x) { return x < 0 ? 0 : (x > 1 ? 1 : x); }

    /** The logistic function: log-odds to probability. */
    public static double logistic(double logOdds) { return 1 / (1 + Math.exp(-logOdds)); }

    /** {@link #logistic} at log-odds -40, -40 + 1/32, ..., 40, for {@link #logisticAtMost}. */
    private static final double GRID_FROM = -40, GRID_STEPS_PER_UNIT = 32;
    private static final double[] LOGISTIC_ON_GRID = new double[2 * 40 * 32 + 1];

    static {
        for (int k = 0; k < LOGISTIC_ON_GRID.length; k++) LOGISTIC_ON_GRID[k] = logistic(GRID_FROM + k / GRID_STEPS_PER_UNIT);
    }

    /**
     * At least {@link #logistic}{@code (logOdds)}, without an exponential: the logistic at a grid
     * point above {@code logOdds} (1/32 apart), looked up. {@code Math.exp} is monotone, so the
     * logistic as computed is too, and a draw at or above this bound is at or above the logistic.
     * Used to settle the many draws far above a probability before computing it exactly.
     */
    static double logisticAtMost(double logOdds) {
        double at = (logOdds - GRID_FROM) * GRID_STEPS_PER_UNIT;
        if (!(at < LOGISTIC_ON_GRID.length - 2)) return 1; // above the grid, or NaN
        // The grid point at or above, and one more for the rounding of 'at'.
        return LOGISTIC_ON_GRID[(at > 0 ? (int) at : 0) + 2];
    }

    /** A probability for a period of {@code months} from a probability per year, at a constant hazard. */
    public static double perMonths(double annualProbability, double months) {
        double p = clamp(annualProbability);
        if (p >= 1) return 1;
        return 1 - Math.pow(1 - p, months / 12.0);
    }
}
