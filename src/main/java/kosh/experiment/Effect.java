package kosh.experiment;

/**
 * One headline outcome of a what-if against its baseline, over paired replicates.
 *
 * @param outcome        what is measured, e.g. {@code emigrants_persons_2012-2014} (a flow summed over
 *                       the period) or {@code citizens_kz_2020} (a stock at the end of the year)
 * @param unit           the unit of the three means, e.g. {@code persons}
 * @param baselineMean   mean over the baseline's replicates
 * @param whatifMean     mean over the what-if's replicates
 * @param differenceMean mean of the paired differences, what-if minus baseline
 * @param ci95Low        lower end of the 95% paired t interval of the mean difference (NaN when n = 1)
 * @param ci95High       upper end (NaN when n = 1)
 * @param n              number of replicate pairs
 */
public record Effect(String outcome, String unit, double baselineMean, double whatifMean, double differenceMean,
                     double ci95Low, double ci95High, int n) {
    public Effect {
        if (n < 1) throw new IllegalArgumentException("an effect needs at least one replicate pair, had " + n);
    }

    public boolean hasInterval() { return n > 1; }
}
