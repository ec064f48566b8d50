package kosh.model;

import java.io.Serializable;

/**
 * Whether a household in Mongolia starts preparing to move to Kazakhstan this year: a binary logit
 * over the drivers the source article names. Each weight is in log-odds per unit of its driver.
 */
public final class MoveDecision {
    private MoveDecision() {}

    /**
     * What the household weighs.
     *
     * @param netBenefitUsd      benefits expected on arrival minus the share of the move's cost it pays, USD
     * @param incomeLogRatio     log of expected real income in Kazakhstan over real income in Mongolia
     * @param kinInKazakhstan    kin households already in Kazakhstan
     * @param kinInMongolia      kin households in Mongolia
     * @param herdLostShare      share of the herd lost in the last winter, in [0, 1]
     * @param headAge            age of the household head, years
     * @param pressHostility     hostility of Kazakhstan's press towards repatriates, in [0, 1]
     * @param schoolChildren     whether the household has children of school age (education prospects)
     * @param affordability      money at hand (own and kin's) over the cost the household must pay, capped at 1
     * @param returnedBefore     whether the household already came back once
     */
    public record Situation(double netBenefitUsd, double incomeLogRatio, int kinInKazakhstan, int kinInMongolia,
                            double herdLostShare, int headAge, double pressHostility, boolean schoolChildren,
                            double affordability, boolean returnedBefore) implements Serializable {}

    /**
     * Log-odds weights.
     *
     * @param base                log-odds of a household with no driver at all
     * @param perThousandUsd      per thousand USD of net benefit
     * @param perIncomeLogRatio   per unit of the log income ratio
     * @param perLogKinKazakhstan per unit of ln(1 + kin households in Kazakhstan)
     * @param perLogKinMongolia   per unit of ln(1 + kin households in Mongolia)
     * @param perHerdLost         per share of the herd lost (1 = the whole herd)
     * @param perDecadeOver50     per ten years of the head's age above 50
     * @param perPressHostility   per unit of press hostility
     * @param schoolChildren      for having children of school age
     * @param perLogAffordability per unit of ln(affordability) (0 when the cost is covered)
     * @param returnedBefore      for a household that came back once already
     */
    public record Weights(double base, double perThousandUsd, double perIncomeLogRatio, double perLogKinKazakhstan,
                          double perLogKinMongolia, double perHerdLost, double perDecadeOver50,
                          double perPressHostility, double schoolChildren, double perLogAffordability,
                          double returnedBefore) implements Serializable {}

    /** Log-odds of starting to prepare this year. */
    public static double logOdds(Situation s, Weights w) {
        double afford = Math.max(1e-3, Math.min(1, s.affordability()));
        return w.base()
                + w.perThousandUsd() * s.netBenefitUsd() / 1000
                + w.perIncomeLogRatio() * s.incomeLogRatio()
                + w.perLogKinKazakhstan() * KinLog.of(s.kinInKazakhstan())
                + w.perLogKinMongolia() * KinLog.of(s.kinInMongolia())
                + w.perHerdLost() * Shares.clamp(s.herdLostShare())
                + w.perDecadeOver50() * Math.max(0, s.headAge() - 50) / 10.0
                + w.perPressHostility() * s.pressHostility()
                + (s.schoolChildren() ? w.schoolChildren() : 0)
                + (afford == 1 ? 0 : w.perLogAffordability() * Math.log(afford)) // ln 1 = 0: most pay nothing
                + (s.returnedBefore() ? w.returnedBefore() : 0);
    }

    /** Probability of starting to prepare within one year, in [0, 1]. */
    public static double annualProbability(Situation s, Weights w) { return Shares.logistic(logOdds(s, w)); }

    /**
     * At least {@link #annualProbability} of every situation whose log-odds are at most those of
     * {@code s} in exact arithmetic, whatever the rounding (see {@link Bounds#probabilityAtMost}): an
     * upper bound that settles a draw above it.
     */
    static double annualProbabilityAtMost(Situation s, Weights w) { return Bounds.probabilityAtMost(logOdds(s, w)); }
}
