package kosh.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The regions of Kazakhstan as a household weighs them: the options of its destination choice, the
 * log income it expects over them (what the move decision compares with income at home), and
 * cheap bounds of that expectation.
 */
final class Destinations implements Serializable {
    private final World world;
    private final ModelParameters params;
    /** The regional bonus per person of {@link #bonusTerms} by region ordinal, read once per change of terms. */
    private final double[] bonusUsdPerPerson = new double[RegionType.values().length];
    private ProgrammeTerms bonusTerms;
    /**
     * {@link #highestLogIncomeAtMost} by occupation ordinal and number of earners, for the conditions
     * {@link #boundConditions}; NaN where not computed yet.
     */
    private double[][] highestLogIncomeBound = new double[Occupation.values().length][0];
    private Economy.Conditions boundConditions;
    /** Working space of {@link #expectedLogIncome}, by region of Kazakhstan. */
    private final double[] incomeLog = new double[RegionType.values().length],
            probability = new double[RegionType.values().length];

    Destinations(World world, ModelParameters params) {
        this.world = world;
        this.params = params;
    }

    /** The regions open to {@code h} (big cities are left out for quota entrants while closed to them). */
    List<DestinationChoice.Option> options(Household h, Income.Profile profile, ProgrammeTerms t, Economy.Conditions now,
                                           World.KinCount kin, boolean quota) {
        List<DestinationChoice.Option> out = new ArrayList<>();
        for (Place p : world.places(Country.KAZAKHSTAN)) {
            if (quota && t.bigCitiesClosedToQuota() && p.region() == RegionType.BIG_CITIES) continue;
            double income = Math.log(Income.real(profile, p, now, params.income()));
            out.add(new DestinationChoice.Option(p.region(), world.attractiveness(p.region()), income,
                    kin.in(p.region()), profile.languageGap(p), regionalBonusUsd(t, p.region(), h.size())));
        }
        return out;
    }

    /**
     * The destination probabilities of {@link #options} (every region open) times each region's log
     * income, summed: the same numbers, without building the options, as every household in
     * Mongolia that considers leaving may need it.
     */
    double expectedLogIncome(Household h, Income.Profile profile, ProgrammeTerms t, Economy.Conditions now,
                             World.KinCount kin) {
        List<Place> regions = world.places(Country.KAZAKHSTAN);
        int n = regions.size();
        for (int i = 0; i < n; i++) {
            Place r = regions.get(i);
            double gap = profile.languageGap(r);
            incomeLog[i] = Math.log(Income.real(profile, r, gap, now, params.income()));
            probability[i] = DestinationChoice.utility(world.attractiveness(r.region()), incomeLog[i], kin.in(r.region()),
                    gap, regionalBonusUsd(t, r.region(), h.size()), params.destination());
        }
        DestinationChoice.toProbabilities(probability, n);
        double e = 0;
        for (int i = 0; i < n; i++) e += probability[i] * incomeLog[i];
        return e;
    }

    /**
     * The highest (or lowest) log real income among the regions, from one logarithm: the expected
     * log income lies between the two.
     */
    double extremeLogIncome(Income.Profile profile, Economy.Conditions now, boolean highest) {
        double extreme = highest ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        for (Place r : world.places(Country.KAZAKHSTAN)) {
            double real = Income.real(profile, r, now, params.income());
            extreme = highest ? Math.max(extreme, real) : Math.min(extreme, real);
        }
        return Math.log(extreme);
    }

    /**
     * At least {@code extremeLogIncome(profile, now, true)}, from the occupation and the earners alone:
     * each region's income as if the household's language gap there were none. A language gap only
     * lowers income (the penalty is a share in [0, 1]), and every step of the income is monotone in it,
     * also in floating point, so the bound holds for the computed numbers too. One value per year,
     * occupation and number of earners; NaN if the language penalty is outside [0, 1].
     */
    double highestLogIncomeAtMost(Income.Profile profile, Economy.Conditions now) {
        double penalty = params.income().languagePenalty();
        if (!(penalty >= 0 && penalty <= 1)) return Double.NaN;
        if (now != boundConditions) {
            for (int o = 0; o < highestLogIncomeBound.length; o++) Arrays.fill(highestLogIncomeBound[o], Double.NaN);
            boundConditions = now;
        }
        int o = profile.occupation().ordinal(), earners = profile.earners();
        double[] byEarners = highestLogIncomeBound[o];
        if (earners >= byEarners.length) {
            int from = byEarners.length;
            byEarners = highestLogIncomeBound[o] = Arrays.copyOf(byEarners, Math.max(earners + 1, 2 * from));
            Arrays.fill(byEarners, from, byEarners.length, Double.NaN);
        }
        if (Double.isNaN(byEarners[earners])) {
            Income.Profile noGap = new Income.Profile(profile.occupation(), 0, earners, 1, 1, 1);
            double highest = Double.NEGATIVE_INFINITY;
            for (Place r : world.places(Country.KAZAKHSTAN))
                highest = Math.max(highest, Income.real(noGap, r, 0.0, now, params.income()));
            byEarners[earners] = Math.log(highest);
        }
        return byEarners[earners];
    }

    /** {@link ProgrammeTerms#regionalBonusUsd}, without a map look-up for every region of every decision. */
    double regionalBonusUsd(ProgrammeTerms t, RegionType r, int persons) {
        if (t != bonusTerms) {
            for (RegionType each : RegionType.values()) bonusUsdPerPerson[each.ordinal()] = t.regionalBonusUsd(each, 1);
            bonusTerms = t;
        }
        return bonusUsdPerPerson[r.ordinal()] * persons;
    }
}
