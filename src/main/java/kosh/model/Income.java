package kosh.model;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/**
 * A household's expected real income (income over living cost) in a place and year. Herders in
 * Mongolia live off their livestock; everyone else earns the local wage, discounted by
 * unemployment and, in Kazakhstan, by missing Russian and unrecognised Mongolian diplomas.
 */
public final class Income {
    /**
     * @param occupationWageFactor  wage of each occupation relative to the mean wage
     * @param languagePenalty       share of pay lost where none of daily life is in a language one speaks, in [0, 1]
     * @param credentialLossShare   share of pay professionals lose because their diplomas are not recognised
     * @param herderFamilyWageShare share of a local wage each further adult of a herding household earns beside the herd
     */
    public record Parameters(Map<Occupation, Double> occupationWageFactor, double languagePenalty,
                             double credentialLossShare, double herderFamilyWageShare) implements Serializable {
        public Parameters {
            occupationWageFactor = new EnumMap<>(occupationWageFactor);
            for (Occupation o : Occupation.values())
                if (!occupationWageFactor.containsKey(o)) throw new IllegalArgumentException("no wage factor for " + o.key());
        }
    }

    private Income() {}

    /**
     * What income depends on in a household, read once per decision (reading members is the
     * costly part of a decision).
     *
     * @param occupation          the head's occupation
     * @param livestockSheepUnits the herd, sheep units
     * @param earners             members aged 18 to 62 (at least 1)
     * @param kazakh              mean fluency of the members in Kazakh
     * @param mongolian           the same in Mongolian
     * @param russian             the same in Russian
     */
    public record Profile(Occupation occupation, double livestockSheepUnits, int earners, double kazakh, double mongolian,
                          double russian) implements Serializable {
        public Profile(Occupation occupation, double livestockSheepUnits, int earners, Languages languages) {
            this(occupation, livestockSheepUnits, earners, languages.kazakh(), languages.mongolian(), languages.russian());
        }

        /** The gap between the household's languages and those of daily life in {@code place}, in [0, 1]. */
        double languageGap(Place place) { return place.languageGap(kazakh, mongolian, russian); }
    }

    public static Profile profile(Household h) {
        return new Profile(h.occupation(), h.livestockSheepUnits(), h.earners(), h.meanKazakh(), h.meanMongolian(),
                h.meanRussianFluency());
    }

    /** Expected monthly income over monthly living cost (a ratio, > 0) for the household in {@code place}, in the conditions {@code e}. */
    public static double real(Household h, Place place, Economy.Conditions e, Parameters p) {
        return real(profile(h), place, e, p);
    }

    /** As {@link #real(Household, Place, Economy.Conditions, Parameters)}, for a profile read beforehand. */
    public static double real(Profile h, Place place, Economy.Conditions e, Parameters p) {
        return real(h, place, h.languageGap(place), e, p);
    }

    /** As {@link #real(Profile, Place, Economy.Conditions, Parameters)}, with the household's language gap in {@code place} given. */
    static double real(Profile h, Place place, double languageGap, Economy.Conditions e, Parameters p) {
        Country c = place.country();
        double income;
        if (c == Country.MONGOLIA && h.occupation() == Occupation.HERDER && h.livestockSheepUnits() > 0) {
            income = h.livestockSheepUnits() * e.livestockUsdPerSheepUnitYear() / 12
                    + (h.earners() - 1) * p.herderFamilyWageShare() * e.wage(c) * (1 - e.unemployment(c));
        } else {
            Occupation o = (c == Country.KAZAKHSTAN && h.occupation() == Occupation.HERDER) ? Occupation.WORKER : h.occupation();
            double wage = e.wage(c) * place.relativeWage() * p.occupationWageFactor().get(o)
                    * (1 - p.languagePenalty() * languageGap);
            if (c == Country.KAZAKHSTAN && h.occupation().credentialed()) wage *= 1 - p.credentialLossShare();
            income = wage * h.earners() * (1 - e.unemployment(c));
        }
        double cost = e.livingCost(c) * place.relativeLivingCost();
        return Math.max(1e-3, income / cost);
    }
}
