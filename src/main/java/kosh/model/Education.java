package kosh.model;

import java.util.Locale;

/** Highest education of the household head. */
public enum Education {
    PRIMARY, SECONDARY, HIGHER;

    public String key() { return name().toLowerCase(Locale.ROOT); }
}
