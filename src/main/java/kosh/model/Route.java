package kosh.model;

import java.util.Locale;

/** The legal route by which a household entered Kazakhstan. */
public enum Route {
    /** Inside the annual quota: the full benefit package. */
    QUOTA,
    /** Outside the quota: registered, fewer benefits. */
    NON_QUOTA,
    /** A five-year work contract (the programme's first form, closed by the 1997 law). */
    CONTRACT;

    public String key() { return name().toLowerCase(Locale.ROOT).replace("_", ""); }
}
