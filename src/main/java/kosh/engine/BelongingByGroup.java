package kosh.engine;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kosh.model.Belonging;
import kosh.model.BelongingWeights;
import kosh.model.Country;
import kosh.model.Education;
import kosh.model.Household;
import kosh.model.SettlementType;

/**
 * Belonging of the households in Kazakhstan by group: all, age band of the head, education, Russian
 * fluency and settlement type. Groups are listed in the order their first household appears.
 */
final class BelongingByGroup implements Serializable {
    static final List<String> AGE_BANDS = List.of("under_30", "30_44", "45_59", "60_plus");
    static final List<String> FLUENCIES = List.of("none", "some", "fluent");
    /** The keys of the education levels and settlement types, by ordinal (looked up once, not per household). */
    private static final List<String> EDUCATIONS = Arrays.stream(Education.values()).map(Education::key).toList(),
            SETTLEMENTS = Arrays.stream(SettlementType.values()).map(SettlementType::key).toList();
    private static final int AGE_AT = 1, EDUCATION_AT = AGE_AT + AGE_BANDS.size(),
            FLUENCY_AT = EDUCATION_AT + EDUCATIONS.size(), SETTLEMENT_AT = FLUENCY_AT + FLUENCIES.size(),
            SLOTS = SETTLEMENT_AT + SETTLEMENTS.size();

    private final BelongingWeights weights;
    private final Group[] slots = new Group[SLOTS];
    private final List<Group> inOrder = new ArrayList<>();

    BelongingByGroup(BelongingWeights weights) { this.weights = weights; }

    /** Counts one household if it lives in Kazakhstan and has a belonging score. */
    void add(Household h) {
        Belonging b = h.belonging();
        if (h.country() != Country.KAZAKHSTAN || b == null) return;
        double total = b.total(weights);
        add(0, "all", "all", h, b, total);
        int band = ageBand(h.headAge());
        add(AGE_AT + band, "age_band", AGE_BANDS.get(band), h, b, total);
        int education = h.education().ordinal();
        add(EDUCATION_AT + education, "education", EDUCATIONS.get(education), h, b, total);
        int fluency = fluency(h.meanRussianFluency());
        add(FLUENCY_AT + fluency, "russian_fluency", FLUENCIES.get(fluency), h, b, total);
        SettlementType s = h.settlement() == null ? SettlementType.MIXED_RURAL : h.settlement();
        add(SETTLEMENT_AT + s.ordinal(), "settlement", SETTLEMENTS.get(s.ordinal()), h, b, total);
    }

    /** Belonging totals of all the households counted (empty if none). */
    RunningMoments all() { return slots[0] == null ? new RunningMoments() : slots[0].total; }

    /** One row per group: year, group type and name, households, persons, then the belonging statistics. */
    void addRows(int year, Table table) {
        for (Group g : inOrder)
            table.add(year, g.type, g.name, g.households, g.persons, g.total.mean(), g.total.sd(), g.partMeans[ETHNIC],
                    g.partMeans[LINGUISTIC], g.partMeans[SOVIET], g.partMeans[LIFESTYLE], g.partMeans[ACCEPTANCE]);
    }

    static int ageBand(int age) { return age < 30 ? 0 : age < 45 ? 1 : age < 60 ? 2 : 3; }

    static int fluency(double f) { return f < 0.2 ? 0 : f < 0.6 ? 1 : 2; }

    private void add(int slot, String type, String name, Household h, Belonging b, double total) {
        Group g = slots[slot];
        if (g == null) {
            g = slots[slot] = new Group(type, name);
            inOrder.add(g);
        }
        g.households++;
        g.persons += h.size();
        g.total.add(total);
        // The five parts' running means, updated here as RunningMoments.add updates its mean, step for
        // step (so to the last bit): 25 calls a household in Kazakhstan cost more than the arithmetic.
        double n = g.households;
        double[] mean = g.partMeans;
        mean[ETHNIC] += (b.ethnic() - mean[ETHNIC]) / n;
        mean[LINGUISTIC] += (b.linguistic() - mean[LINGUISTIC]) / n;
        mean[SOVIET] += (b.sovietPast() - mean[SOVIET]) / n;
        mean[LIFESTYLE] += (b.lifestyle() - mean[LIFESTYLE]) / n;
        mean[ACCEPTANCE] += (b.acceptance() - mean[ACCEPTANCE]) / n;
    }

    private static final int ETHNIC = 0, LINGUISTIC = 1, SOVIET = 2, LIFESTYLE = 3, ACCEPTANCE = 4;

    /** Running statistics of one group's belonging (a group exists once it has a household). */
    private static final class Group {
        final String type, name;
        long households, persons;
        final RunningMoments total = new RunningMoments();
        /** Running means of the five parts of belonging, by the indices above. */
        final double[] partMeans = new double[5];

        Group(String type, String name) { this.type = type; this.name = name; }
    }
}
