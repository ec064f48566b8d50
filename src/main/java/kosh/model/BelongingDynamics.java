package kosh.model;

import java.io.Serializable;

/**
 * How belonging changes over a year in Kazakhstan. The linguistic and shared-upbringing parts are
 * read off the household's members; ethnic recognition, lifestyle fit and acceptance move a step
 * towards targets set by the press climate, the region and the kind of settlement.
 */
public final class BelongingDynamics {
    private BelongingDynamics() {}

    /**
     * The household's circumstances this year.
     *
     * @param meanRussianFluency      mean Russian fluency of the members, in [0, 1]
     * @param languageGap             share of daily life where they live in languages they lack, in [0, 1]
     * @param sharedUpbringingShare   mean over members of school years in Kazakhstan / 10, capped at 1
     * @param regionUrbanShare        how urban and cosmopolitan the region is, in [0, 1]
     * @param urbanHabit              how urban the household's own way of life is, in [0, 1]
     * @param pressHostility          press hostility, in [0, 1]
     * @param settlement              how the household was settled
     */
    public record Situation(double meanRussianFluency, double languageGap, double sharedUpbringingShare,
                            double regionUrbanShare, double urbanHabit, double pressHostility,
                            SettlementType settlement) implements Serializable {}

    /**
     * Rates and levels, each a share per year or a level in [0, 1].
     *
     * @param ethnicBase            ethnic belonging of a Kazakh-speaking repatriate with a neutral press
     * @param ethnicLabelPenalty    how much a fully hostile press lowers ethnic recognition
     * @param adjustmentPerYear     share of the gap to a target closed in one year
     * @param acceptanceMixed       acceptance reached in a mixed neighbourhood with a neutral press
     * @param acceptanceCluster     acceptance reached in a cluster of repatriates
     * @param acceptanceNewDistrict acceptance reached in an isolated new district
     * @param acceptanceFluencyGain extra acceptance reached for full Russian fluency
     * @param lifestyleAdjustmentPerYear share of the gap between a household's way of life and its region's closed per year
     */
    public record Rates(double ethnicBase, double ethnicLabelPenalty, double adjustmentPerYear,
                        double acceptanceMixed, double acceptanceCluster, double acceptanceNewDistrict,
                        double acceptanceFluencyGain, double lifestyleAdjustmentPerYear) implements Serializable {}

    /** Belonging of a household arriving with the given situation (no time spent yet). */
    public static Belonging onArrival(Situation s, Rates r) {
        return new Belonging(r.ethnicBase(), linguistic(s), Shares.clamp(s.sharedUpbringingShare()),
                lifestyle(s), Shares.clamp(acceptanceTarget(s, r) * 0.5));
    }

    /** Belonging one year later. */
    public static Belonging nextYear(Belonging b, Situation s, Rates r) {
        double k = Shares.clamp(r.adjustmentPerYear());
        double ethnicTarget = Shares.clamp(r.ethnicBase() - r.ethnicLabelPenalty() * s.pressHostility());
        return new Belonging(
                Shares.clamp(b.ethnic() + k * (ethnicTarget - b.ethnic())),
                linguistic(s),
                Shares.clamp(s.sharedUpbringingShare()),
                lifestyle(s),
                Shares.clamp(b.acceptance() + k * (acceptanceTarget(s, r) - b.acceptance())));
    }

    /** Getting by in the languages of daily life (Russian in most of Kazakhstan, Kazakh in the south). */
    static double linguistic(Situation s) {
        return Shares.clamp(1 - s.languageGap());
    }

    static double lifestyle(Situation s) {
        return Shares.clamp(1 - Math.abs(s.regionUrbanShare() - s.urbanHabit()));
    }

    static double acceptanceTarget(Situation s, Rates r) {
        double base = switch (s.settlement()) {
            case CLUSTER -> r.acceptanceCluster();
            case NEW_DISTRICT -> r.acceptanceNewDistrict();
            case MIXED_RURAL, MIXED_URBAN -> r.acceptanceMixed();
        };
        return Shares.clamp((base + r.acceptanceFluencyGain() * s.meanRussianFluency()) * (1 - s.pressHostility()));
    }
}
