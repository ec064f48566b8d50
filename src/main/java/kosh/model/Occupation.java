package kosh.model;

import java.util.Locale;

/** What the household head does for a living; herders hold most livestock. */
public enum Occupation {
    HERDER, WORKER, TRADER, TEACHER, DOCTOR, OFFICIAL;

    /** Professions whose Mongolian diplomas lose value in Kazakhstan (a nurse works in a shop). */
    public boolean credentialed() { return this == TEACHER || this == DOCTOR || this == OFFICIAL; }

    public String key() { return name().toLowerCase(Locale.ROOT); }
}
