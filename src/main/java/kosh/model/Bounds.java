package kosh.model;

/**
 * Cheap bounds of the logistic and the logarithm, from small tables. Most decisions are settled by
 * a draw far above the probability; a bound from the right side settles them before the
 * exponentials and logarithms of the exact probability are computed. Each bound holds for the
 * functions as {@link Math} computes them (monotone by its specification), so an outcome never
 * depends on whether a bound settled it.
 */
final class Bounds {
    private Bounds() {}

    /** {@link Shares#logistic} at log-odds -40, -40 + 1/32, ..., 40. */
    private static final double GRID_FROM = -40, GRID_STEPS_PER_UNIT = 32;
    private static final double[] LOGISTIC_ON_GRID = new double[2 * 40 * 32 + 1];
    /** Far above the rounding of {@link Math#log} (within an ulp) and of the sums below. */
    private static final double MARGIN = 1e-12;
    /** ln(1 + j / 64) for j = 0 to 64, less and plus {@link #MARGIN}. */
    private static final double[] LOG_BELOW = new double[65], LOG_ABOVE = new double[65];
    private static final double LN2 = Math.log(2);

    static {
        for (int k = 0; k < LOGISTIC_ON_GRID.length; k++) LOGISTIC_ON_GRID[k] = Shares.logistic(GRID_FROM + k / GRID_STEPS_PER_UNIT);
        for (int j = 0; j <= 64; j++) {
            LOG_BELOW[j] = Math.log1p(j / 64.0) - MARGIN;
            LOG_ABOVE[j] = Math.log1p(j / 64.0) + MARGIN;
        }
    }

    /** Log-odds added by {@link #probabilityAtMost}: far above the rounding of any sum of log-odds in the decisions. */
    private static final double ROUNDING_ALLOWANCE = 1e-9;

    /**
     * At least the logistic of every log-odds that is at most {@code logOdds} in exact arithmetic,
     * however the two sums were rounded: the bound a decision settles draws on, when its log-odds
     * were summed from bounds of their terms.
     */
    static double probabilityAtMost(double logOdds) { return logisticAtMost(logOdds + ROUNDING_ALLOWANCE); }

    /** At least {@link Shares#logistic}{@code (logOdds)}: the logistic at a grid point above, looked up. */
    static double logisticAtMost(double logOdds) {
        double at = (logOdds - GRID_FROM) * GRID_STEPS_PER_UNIT;
        if (!(at < LOGISTIC_ON_GRID.length - 2)) return 1; // above the grid, or NaN
        // The grid point at or above, and one more for the rounding of 'at'.
        return LOGISTIC_ON_GRID[(at > 0 ? (int) at : 0) + 2];
    }

    /** At most {@code Math.log(x)}, within 1/64, for a normal {@code x > 0} (NaN otherwise). */
    static double logAtLeast(double x) {
        if (!(x >= Double.MIN_NORMAL && x <= Double.MAX_VALUE)) return Double.NaN;
        // x = 2^e * (1 + f) with f in [0, 1): ln x = e ln 2 + ln(1 + f), and ln(1 + f) lies between the table's neighbours.
        return Math.getExponent(x) * LN2 + LOG_BELOW[sixtyFourths(x)];
    }

    /** At least {@code Math.log(x)}, within 1/64, for a normal {@code x > 0} (NaN otherwise). */
    static double logAtMost(double x) {
        if (!(x >= Double.MIN_NORMAL && x <= Double.MAX_VALUE)) return Double.NaN;
        return Math.getExponent(x) * LN2 + LOG_ABOVE[sixtyFourths(x) + 1];
    }

    /** The first six bits of {@code x}'s fraction: f rounded down to sixty-fourths. */
    private static int sixtyFourths(double x) { return (int) ((Double.doubleToRawLongBits(x) >>> 46) & 63); }
}
