package kosh.model;

import java.io.Serializable;
import java.util.List;

/**
 * Where in Kazakhstan a household settles: a multinomial logit over region types. Regions with
 * more kin, better pay, a language environment the household can cope with and a settlement bonus
 * attract; a region closed to the household (e.g. big cities for quota entrants under Nurly Kosh)
 * is left out of the options.
 */
public final class DestinationChoice {
    private DestinationChoice() {}

    /**
     * One region on offer.
     *
     * @param region          the region type
     * @param attractiveness  the region's own pull, log-odds (from the scenario's place list)
     * @param incomeLog       ln of the household's expected real income there
     * @param kin             kin households living there
     * @param languageGap     share of daily life there in languages the household lacks ({@link Place#languageGap}), in [0, 1]
     * @param bonusUsd        regional incentive the household would receive, USD
     */
    public record Option(RegionType region, double attractiveness, double incomeLog, int kin,
                         double languageGap, double bonusUsd) implements Serializable {}

    /**
     * @param perIncomeLog    per unit of ln real income
     * @param perLogKin       per unit of ln(1 + kin households there)
     * @param perLanguageGap  per unit of language gap (negative)
     * @param perThousandUsd  per thousand USD of regional bonus
     */
    public record Weights(double perIncomeLog, double perLogKin, double perLanguageGap, double perThousandUsd) implements Serializable {}

    public static double utility(Option o, Weights w) {
        return utility(o.attractiveness(), o.incomeLog(), o.kin(), o.languageGap(), o.bonusUsd(), w);
    }

    /** The utility of an option given by its parts (see {@link Option}), without building one. */
    static double utility(double attractiveness, double incomeLog, int kin, double languageGap, double bonusUsd, Weights w) {
        return attractiveness + w.perIncomeLog() * incomeLog + w.perLogKin() * KinLog.of(kin)
                + w.perLanguageGap() * languageGap + w.perThousandUsd() * bonusUsd / 1000;
    }

    /** Choice probabilities, in the order of the options; they sum to 1. */
    public static double[] probabilities(List<Option> options, Weights w) {
        if (options.isEmpty()) throw new IllegalArgumentException("no destination on offer");
        double[] u = new double[options.size()];
        for (int i = 0; i < u.length; i++) u[i] = utility(options.get(i), w);
        toProbabilities(u, u.length);
        return u;
    }

    /** Turns the first {@code n} utilities into choice probabilities, in place. */
    static void toProbabilities(double[] u, int n) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) max = Math.max(max, u[i]);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            u[i] = Math.exp(u[i] - max);
            sum += u[i];
        }
        for (int i = 0; i < n; i++) u[i] /= sum;
    }
}
