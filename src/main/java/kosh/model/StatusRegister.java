package kosh.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Who is where, kept up to date as households change instead of counted again and again: households
 * and persons in each legal state; the ids of the households whose state moves on by itself each
 * month (preparing, repatriate, stateless), of the repatriates and which of them came on a labour
 * contract (so that the monthly naturalisation draw need not visit them), and of those living in
 * Kazakhstan, in founding order; the months left in each household's step while preparing or
 * stateless; which households may have a daughter to marry;
 * women of childbearing age; and households that lost their last member. A world owns one; its
 * households report every change of state, of size and of their members' age or marriage to it.
 */
public final class StatusRegister implements Serializable {
    private static final LegalStatus[] STATES = LegalStatus.values();
    private final long[] households = new long[STATES.length];
    private final long[] persons = new long[STATES.length];
    private final BitSet progressing = new BitSet();
    private final BitSet inKazakhstan = new BitSet();
    private final BitSet repatriates = new BitSet();
    private final BitSet onContract = new BitSet();
    /**
     * Months left in the current step of each household preparing or stateless, by id: counted down
     * here so that monthly progress visits a household only when its step ends. Kept for every
     * registered household (0 outside those steps); a household reads its own here while registered.
     */
    private int[] monthsLeft = new int[0];
    /**
     * Households that may have a bride (an unmarried daughter aged 18 to 32), by id: exact when the
     * household last read its members, and set, never cleared, by changes that can add a bride since.
     * A household not in it has none, so a bride search passes it by without visiting it.
     */
    private final BitSet mayHaveBrides = new BitSet();
    private long women, wives;
    private final List<Household> emptied = new ArrayList<>();

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

    /** Women aged 18 to 44. */
    public long womenAged18To44() { return women; }

    /** Married women aged 18 to 44. */
    public long wivesAged18To44() { return wives; }

    /** Whether a household in state {@code s} moves on by itself each month (documents, naturalisation, statelessness). */
    static boolean progresses(LegalStatus s) {
        return s == LegalStatus.PREPARING || s == LegalStatus.REPATRIATE || s == LegalStatus.STATELESS;
    }

    /** The first id at or after {@code from} of a household in a progressing state, or -1. */
    int nextProgressing(int from) { return progressing.nextSetBit(from); }

    int progressingCount() { return progressing.cardinality(); }

    boolean isProgressing(int id) { return progressing.get(id); }

    /** Whether household {@code id} is a repatriate (waiting for citizenship in Kazakhstan). */
    boolean isRepatriate(int id) { return repatriates.get(id); }

    /** Whether household {@code id} is a repatriate that came on a labour contract. */
    boolean isRepatriateOnContract(int id) { return onContract.get(id); }

    int repatriateCount() { return repatriates.cardinality(); }

    int repatriateOnContractCount() { return onContract.cardinality(); }

    /** The first id at or after {@code from} of a household living in Kazakhstan, or -1. */
    int nextInKazakhstan(int from) { return inKazakhstan.nextSetBit(from); }

    int inKazakhstanCount() { return inKazakhstan.cardinality(); }

    boolean isInKazakhstan(int id) { return inKazakhstan.get(id); }

    /** False only if household {@code id} has no bride now (see {@link #mayHaveBrides}). */
    boolean mayHaveBrides(int id) { return mayHaveBrides.get(id); }

    /** Household {@code id} read its members and found {@code brides} brides. */
    void bridesRead(int id, int brides) { mayHaveBrides.set(id, brides > 0); }

    /** Household {@code id}'s members changed in a way that may have added a bride. */
    void mayHaveBride(int id) { mayHaveBrides.set(id); }

    /** Months left in household {@code id}'s current step. */
    int monthsLeft(int id) { return id < monthsLeft.length ? monthsLeft[id] : 0; }

    void setMonthsLeft(int id, int months) {
        if (id >= monthsLeft.length) monthsLeft = Arrays.copyOf(monthsLeft, Math.max(1024, Math.max(id + 1, 2 * monthsLeft.length)));
        monthsLeft[id] = months;
    }

    /** A month passes in household {@code id}'s step (not below 0); returns the months left. */
    int countDown(int id) {
        int m = monthsLeft[id];
        if (m > 0) monthsLeft[id] = --m;
        return m;
    }

    /** Households that have lost their last member since the last call, in the order they did. */
    List<Household> takeEmptied() {
        List<Household> out = new ArrayList<>(emptied);
        emptied.clear();
        return out;
    }

    void added(Household h) {
        households[h.status().ordinal()]++;
        persons[h.status().ordinal()] += h.size();
        file(h, h.status());
        bridesRead(h.id(), h.brides());
        women += h.womenAged18To44();
        wives += h.wivesAged18To44();
        if (h.size() == 0) emptied.add(h);
    }

    void removed(Household h) {
        households[h.status().ordinal()]--;
        persons[h.status().ordinal()] -= h.size();
        progressing.clear(h.id());
        inKazakhstan.clear(h.id());
        repatriates.clear(h.id());
        onContract.clear(h.id());
        mayHaveBrides.clear(h.id());
    }

    void resized(Household h, int change) {
        persons[h.status().ordinal()] += change;
        if (h.size() == 0) emptied.add(h);
    }

    /** A person's {@link Person#childbearing} changed, or a person joined (0 before) or left (0 after). */
    void childbearingChanged(int before, int after) {
        women += (after > 0 ? 1 : 0) - (before > 0 ? 1 : 0);
        wives += (after == 2 ? 1 : 0) - (before == 2 ? 1 : 0);
    }

    /** Women and wives aged 18 to 44 gained (or, negative, lost) by birthdays. */
    void childbearingCounted(int women, int wives) {
        this.women += women;
        this.wives += wives;
    }

    void moved(Household h, LegalStatus from, LegalStatus to) {
        households[from.ordinal()]--;
        households[to.ordinal()]++;
        persons[from.ordinal()] -= h.size();
        persons[to.ordinal()] += h.size();
        file(h, to);
    }

    /** The household's route changed (only its being on contract matters here). */
    void routeChanged(Household h) { file(h, h.status()); }

    /** Files household {@code h}, in state {@code s}, among the households each id set holds. */
    private void file(Household h, LegalStatus s) {
        int id = h.id();
        progressing.set(id, progresses(s));
        inKazakhstan.set(id, s.country() == Country.KAZAKHSTAN);
        repatriates.set(id, s == LegalStatus.REPATRIATE);
        onContract.set(id, s == LegalStatus.REPATRIATE && h.route() == Route.CONTRACT);
    }
}
