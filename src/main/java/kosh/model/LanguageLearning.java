package kosh.model;

import java.io.Serializable;

/**
 * Russian learnt in a year: a share of the remaining gap, faster for children, in more Russian
 * surroundings, and slower where repatriates live among themselves.
 */
public final class LanguageLearning {
    private LanguageLearning() {}

    /**
     * @param childPerYear     share of the gap a child (under 18) closes per year in all-Russian surroundings
     * @param adultPerYear     the same for an adult aged 18 to 49
     * @param elderPerYear     the same for a person aged 50 or more
     * @param clusterFactor    multiplier on learning in clusters and new districts, in [0, 1]
     */
    public record Rates(double childPerYear, double adultPerYear, double elderPerYear, double clusterFactor) implements Serializable {}

    public static double nextFluency(double fluency, int age, double russianShare, SettlementType settlement, Rates r) {
        double rate = age < 18 ? r.childPerYear() : (age < 50 ? r.adultPerYear() : r.elderPerYear());
        boolean apart = settlement == SettlementType.CLUSTER || settlement == SettlementType.NEW_DISTRICT;
        double step = rate * russianShare * (apart ? r.clusterFactor() : 1);
        return Shares.clamp(fluency + Shares.clamp(step) * (1 - fluency));
    }
}
