package kosh.model;

import java.util.Locale;

/**
 * Kinds of place a household can live in. Mongolia: where Kazakhs lived at the end of socialism;
 * Kazakhstan: the region types MODEL.md distinguishes by language environment and economy.
 */
public enum RegionType {
    ULGII_CITY(Country.MONGOLIA),
    BAYAN_ULGII_RURAL(Country.MONGOLIA),
    KHOVD(Country.MONGOLIA),
    ULAANBAATAR(Country.MONGOLIA),
    BIG_CITIES(Country.KAZAKHSTAN),
    SOUTH(Country.KAZAKHSTAN),
    NORTH(Country.KAZAKHSTAN),
    CENTRAL(Country.KAZAKHSTAN),
    WEST(Country.KAZAKHSTAN);

    private final Country country;

    RegionType(Country country) { this.country = country; }

    public Country country() { return country; }

    /** The lower-case name used in scenario files and CSV columns, e.g. {@code big_cities}. */
    public String key() { return name().toLowerCase(Locale.ROOT); }
}
