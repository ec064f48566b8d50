package kosh.model;

/** Small helpers for quantities that live in [0, 1]. */
public final class Shares {
    private Shares() {}

    public static double clamp(double x) { return x < 0 ? 0 : (x > 1 ? 1 : x); }

    /** The logistic function: log-odds to probability. */
    public static double logistic(double logOdds) { return 1 / (1 + Math.exp(-logOdds)); }

    /** A probability for a period of {@code months} from a probability per year, at a constant hazard. */
    public static double perMonths(double annualProbability, double months) {
        double p = clamp(annualProbability);
        if (p >= 1) return 1;
        return 1 - Math.pow(1 - p, months / 12.0);
    }
}
