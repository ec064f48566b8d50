package kosh.model;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts of what happened: flows in the current month and year, and every transition between legal
 * states. The engine reads and resets it; processes only add.
 */
public final class Tally implements Serializable {
    /** The flows counted. */
    public enum Flow {
        EMIGRANT_HOUSEHOLDS, EMIGRANT_PERSONS, QUOTA_PERSONS, NONQUOTA_PERSONS, CONTRACT_PERSONS,
        RETURNEE_HOUSEHOLDS, RETURNEE_PERSONS, NATURALISATIONS, RESTORED_MN_CITIZENSHIP, PHANTOM_PERSONS,
        QUOTA_USED_HOUSEHOLDS, BENEFITS_PAID_USD, BIRTHS, DEATHS, NEW_HOUSEHOLDS,
        LIVESTOCK_LOST, LIVESTOCK_BEFORE_DZHUT
    }

    private final double[] month = new double[Flow.values().length];
    private final double[] year = new double[Flow.values().length];
    private final Map<RegionType, double[]> settledYear = new EnumMap<>(RegionType.class);
    private final long[][] transitionHouseholds = new long[LegalStatus.values().length][LegalStatus.values().length];
    private final long[][] transitionPersons = new long[LegalStatus.values().length][LegalStatus.values().length];

    public void add(Flow f, double amount) {
        month[f.ordinal()] += amount;
        year[f.ordinal()] += amount;
    }

    public void settled(RegionType r, int persons) {
        settledYear.computeIfAbsent(r, k -> new double[1])[0] += persons;
    }

    /** Records a change of legal state of a household of {@code persons}. */
    public void transition(LegalStatus from, LegalStatus to, int persons) {
        transitionHouseholds[from.ordinal()][to.ordinal()]++;
        transitionPersons[from.ordinal()][to.ordinal()] += persons;
    }

    public double month(Flow f) { return month[f.ordinal()]; }
    public double year(Flow f) { return year[f.ordinal()]; }
    public double settledThisYear(RegionType r) { double[] v = settledYear.get(r); return v == null ? 0 : v[0]; }
    public long transitionHouseholds(LegalStatus from, LegalStatus to) { return transitionHouseholds[from.ordinal()][to.ordinal()]; }
    public long transitionPersons(LegalStatus from, LegalStatus to) { return transitionPersons[from.ordinal()][to.ordinal()]; }

    public void resetMonth() { Arrays.fill(month, 0); }

    public void resetYear() {
        Arrays.fill(year, 0);
        settledYear.clear();
        for (long[] row : transitionHouseholds) Arrays.fill(row, 0);
        for (long[] row : transitionPersons) Arrays.fill(row, 0);
    }
}
