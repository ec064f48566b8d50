package kosh.model;

import java.util.BitSet;

/**
 * Who is in which legal state, kept up to date as households change instead of counted every
 * month: households and persons in each state, and the ids of the households whose state moves on
 * by itself from month to month (preparing, repatriate, stateless), in founding order. A world
 * owns one; its households report every change of state and of size to it.
 */
public final class StatusRegister {
    private static final LegalStatus[] STATES = LegalStatus.values();
    private final long[] households = new long[STATES.length];
    private final long[] persons = new long[STATES.length];
    private final BitSet progressing = new BitSet();

    /** Households in legal state {@code s}. */
    public long households(LegalStatus s) { return households[s.ordinal()]; }

    /** Persons in households in legal state {@code s}. */
    public long persons(LegalStatus s) { return persons[s.ordinal()]; }

    /** Persons living in {@code c}. */
    public long persons(Country c) {
        long n = 0;
        for (LegalStatus s : STATES) if (s.country() == c) n += persons[s.ordinal()];
        return n;
    }

    /** Whether a household in state {@code s} moves on by itself each month (documents, naturalisation, statelessness). */
    static boolean progresses(LegalStatus s) {
        return s == LegalStatus.PREPARING || s == LegalStatus.REPATRIATE || s == LegalStatus.STATELESS;
    }

    /** The first id at or after {@code from} of a household in a progressing state, or -1. */
    int nextProgressing(int from) { return progressing.nextSetBit(from); }

    int progressingCount() { return progressing.cardinality(); }

    boolean isProgressing(int id) { return progressing.get(id); }

    void added(Household h) {
        households[h.status().ordinal()]++;
        persons[h.status().ordinal()] += h.size();
        if (progresses(h.status())) progressing.set(h.id());
    }

    void removed(Household h) {
        households[h.status().ordinal()]--;
        persons[h.status().ordinal()] -= h.size();
        progressing.clear(h.id());
    }

    void resized(Household h, int change) { persons[h.status().ordinal()] += change; }

    void moved(Household h, LegalStatus from, LegalStatus to) {
        households[from.ordinal()]--;
        households[to.ordinal()]++;
        persons[from.ordinal()] -= h.size();
        persons[to.ordinal()] += h.size();
        progressing.set(h.id(), progresses(to));
    }
}
