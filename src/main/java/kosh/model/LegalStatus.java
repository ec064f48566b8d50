package kosh.model;

import java.util.Locale;

/**
 * Where a household stands in the legal state machine of repatriation.
 * In Mongolia → preparing → registered repatriate → citizen → (returning) stateless → returned.
 */
public enum LegalStatus {
    /** Mongolian citizens living in Mongolia who have never left. */
    IN_MONGOLIA(Country.MONGOLIA),
    /** Still in Mongolia, gathering documents to leave. */
    PREPARING(Country.MONGOLIA),
    /** In Kazakhstan as a registered repatriate (quota, non-quota or work contract), not yet a citizen. */
    REPATRIATE(Country.KAZAKHSTAN),
    /** In Kazakhstan as a naturalised citizen; Mongolian citizenship renounced unless dual. */
    CITIZEN(Country.KAZAKHSTAN),
    /** Back in Mongolia, Kazakhstani citizenship given up, Mongolian citizenship not yet regained. */
    STATELESS(Country.MONGOLIA),
    /** Back in Mongolia as Mongolian citizens after a stay in Kazakhstan. */
    RETURNED(Country.MONGOLIA);

    private final Country country;

    LegalStatus(Country country) { this.country = country; }

    /** The country a household in this state lives in. */
    public Country country() { return country; }

    public String key() { return name().toLowerCase(Locale.ROOT); }
}
