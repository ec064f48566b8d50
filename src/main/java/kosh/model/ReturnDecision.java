package kosh.model;

import java.io.Serializable;

/**
 * Whether a household in Kazakhstan goes back to Mongolia this year: a binary logit. Belonging,
 * kin left behind, age and health, the end of a work contract and press hostility push; income,
 * benefits still due, years settled and the risk of statelessness hold back. A household bound to a
 * loan-financed house cannot leave.
 */
public final class ReturnDecision {
    private ReturnDecision() {}

    /**
     * @param belonging          the household's overall belonging score, in [0, 1]
     * @param kinInMongolia      kin households in Mongolia
     * @param kinInKazakhstan    kin households in Kazakhstan
     * @param headAge            age of the household head, years
     * @param contractEnded      whether a work contract ends this year
     * @param pressHostility     press hostility, in [0, 1]
     * @param incomeLogRatio     log of real income here over expected real income back in Mongolia
     * @param statelessMonths    expected months without any citizenship if the household returns
     * @param benefitsDue        whether repatriate benefits are still being paid
     * @param yearsInKazakhstan  years since arrival
     * @param boundToHouse       whether a housing loan forbids leaving
     */
    public record Situation(double belonging, int kinInMongolia, int kinInKazakhstan, int headAge,
                            boolean contractEnded, double pressHostility, double incomeLogRatio,
                            double statelessMonths, boolean benefitsDue, int yearsInKazakhstan,
                            boolean boundToHouse) implements Serializable {
        /** The same situation with another log income ratio. */
        Situation withIncomeLogRatio(double ratio) {
            return new Situation(belonging, kinInMongolia, kinInKazakhstan, headAge, contractEnded, pressHostility, ratio,
                    statelessMonths, benefitsDue, yearsInKazakhstan, boundToHouse);
        }
    }

    /**
     * Log-odds weights.
     *
     * @param base                 log-odds with every driver at zero and belonging at 0.5
     * @param perBelonging         per unit of belonging above 0.5 (negative: belonging keeps people)
     * @param perLogKinMongolia    per unit of ln(1 + kin households in Mongolia)
     * @param perLogKinKazakhstan  per unit of ln(1 + kin households in Kazakhstan)
     * @param elderly              for a head aged 60 or more ("did not adapt to the water and land")
     * @param contractEnded        in the year a work contract ends
     * @param perPressHostility    per unit of press hostility
     * @param perIncomeLogRatio    per unit of the log income ratio (negative: better pay keeps people)
     * @param perStatelessYear     per expected year of statelessness (negative)
     * @param benefitsDue          while benefits are still paid (negative)
     * @param perYearInKazakhstan  per year settled, counted up to 15 (negative)
     */
    public record Weights(double base, double perBelonging, double perLogKinMongolia, double perLogKinKazakhstan,
                          double elderly, double contractEnded, double perPressHostility, double perIncomeLogRatio,
                          double perStatelessYear, double benefitsDue, double perYearInKazakhstan) implements Serializable {}

    public static double logOdds(Situation s, Weights w) {
        return w.base()
                + w.perBelonging() * (s.belonging() - 0.5)
                + w.perLogKinMongolia() * KinLog.of(s.kinInMongolia())
                + w.perLogKinKazakhstan() * KinLog.of(s.kinInKazakhstan())
                + (s.headAge() >= 60 ? w.elderly() : 0)
                + (s.contractEnded() ? w.contractEnded() : 0)
                + w.perPressHostility() * s.pressHostility()
                + w.perIncomeLogRatio() * s.incomeLogRatio()
                + w.perStatelessYear() * s.statelessMonths() / 12
                + (s.benefitsDue() ? w.benefitsDue() : 0)
                + w.perYearInKazakhstan() * Math.min(15, s.yearsInKazakhstan());
    }

    /** Probability of returning within one year, in [0, 1]; zero while bound to a house. */
    public static double annualProbability(Situation s, Weights w) {
        return s.boundToHouse() ? 0 : Shares.logistic(logOdds(s, w));
    }

    /**
     * A log income ratio (here over home) at least as favourable to returning as
     * {@code ln realHere - ln realHome}, without taking logarithms ({@link Bounds}); NaN if an income
     * is not a positive number.
     */
    static double incomeLogRatioTowardsReturning(double realHere, double realHome, Weights w) {
        return w.perIncomeLogRatio() >= 0
                ? Bounds.logAtMost(realHere) - Bounds.logAtLeast(realHome)
                : Bounds.logAtLeast(realHere) - Bounds.logAtMost(realHome);
    }

    /**
     * At least {@link #annualProbability} of every situation whose log-odds are at most those of
     * {@code s} in exact arithmetic, whatever the rounding, and cheaper to compute (see
     * {@link Bounds#probabilityAtMost}): an upper bound that settles a draw above it.
     */
    static double annualProbabilityAtMost(Situation s, Weights w) {
        return s.boundToHouse() ? 0 : Bounds.probabilityAtMost(logOdds(s, w));
    }
}
