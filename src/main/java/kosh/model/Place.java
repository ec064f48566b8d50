package kosh.model;

import java.io.Serializable;

/**
 * A place households live in.
 *
 * @param region           which region type this is (also says the country)
 * @param name             a readable name, e.g. "Ulgii city"
 * @param russianShare     share of daily life conducted in Russian, in [0, 1]
 * @param mongolianShare   share of daily life conducted in Mongolian, in [0, 1]; the rest is in Kazakh
 * @param urbanShare       how urban and cosmopolitan daily life is, in [0, 1]
 * @param relativeWage     wages here relative to the country's mean wage (1 = average)
 * @param relativeLivingCost living costs here relative to the country's mean (1 = average)
 */
public record Place(RegionType region, String name, double russianShare, double mongolianShare, double urbanShare,
                    double relativeWage, double relativeLivingCost) implements Serializable {
    public Place {
        if (russianShare < 0 || russianShare > 1)
            throw new IllegalArgumentException("russianShare must be in [0, 1], was " + russianShare);
        if (mongolianShare < 0 || russianShare + mongolianShare > 1)
            throw new IllegalArgumentException("russianShare + mongolianShare must be in [0, 1], was "
                    + (russianShare + mongolianShare));
        if (urbanShare < 0 || urbanShare > 1)
            throw new IllegalArgumentException("urbanShare must be in [0, 1], was " + urbanShare);
        if (relativeWage <= 0) throw new IllegalArgumentException("relativeWage must be > 0, was " + relativeWage);
        if (relativeLivingCost <= 0)
            throw new IllegalArgumentException("relativeLivingCost must be > 0, was " + relativeLivingCost);
    }

    public Country country() { return region.country(); }

    /** Share of daily life here in Kazakh. */
    public double kazakhShare() { return 1 - russianShare - mongolianShare; }

    /**
     * How much of daily life here happens in languages the speaker lacks, in [0, 1]: each
     * language's share weighted by the missing fluency in it.
     */
    public double languageGap(Languages l) { return languageGap(l.kazakh(), l.mongolian(), l.russian()); }

    /** The same, for the three fluencies given apart. */
    double languageGap(double kazakh, double mongolian, double russian) {
        return Shares.clamp(russianShare * (1 - russian) + mongolianShare * (1 - mongolian) + kazakhShare() * (1 - kazakh));
    }
}
