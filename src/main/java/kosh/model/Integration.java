package kosh.model;

import java.io.Serializable;

/**
 * A year of life in Kazakhstan for households living there: Russian learnt, children schooled,
 * habits adjusting to the region, and belonging updated.
 */
public final class Integration implements Serializable {
    private final World world;
    private final ModelParameters params;
    /** Reads the members as the year changes them, so that belonging needs no second pass over them. */
    private final MemberSummary.Reader reader = new MemberSummary.Reader();
    /** Households brought into the cache together ahead of their year (see {@link Household#warm}). */
    private static final int WARM_BATCH = 16;
    /** What the warming reads add up to, kept only so that they are not optimised away. */
    private transient int warmed;

    public Integration(World world, ModelParameters params) {
        this.world = world;
        this.params = params;
    }

    /** A year for every household living in Kazakhstan, in founding order. */
    public void year(ProgrammeTerms t) {
        StatusRegister register = world.register();
        // As in decisions, households are brought into the cache a batch ahead (see Household#warm):
        // those in Kazakhstan lie apart in memory. About a tenth faster.
        int ahead = register.nextInKazakhstan(0), visited = 0, sum = 0;
        for (int id = register.nextInKazakhstan(0); id >= 0; id = register.nextInKazakhstan(id + 1)) {
            if (visited++ % WARM_BATCH == 0) // two batches at the start, then one every batch
                for (int k = visited == 1 ? 2 * WARM_BATCH : WARM_BATCH; k > 0 && ahead >= 0; k--) {
                    sum += world.household(ahead).warmWithMembers();
                    ahead = register.nextInKazakhstan(ahead + 1);
                }
            Household h = world.household(id);
            Place p = h.place();
            Members m = h.memberData();
            reader.clear();
            for (int i = 0, n = m.size(); i < n; i++) {
                h.setRussianFluency(i, LanguageLearning.nextFluency(m.russian(i), m.age(i), p.russianShare(),
                        h.settlement(), params.language()));
                if (m.age(i) >= 7 && m.age(i) < 18) h.addSchoolYearInKazakhstan(i);
                reader.add(m, i);
            }
            h.membersRead(reader);
            h.setUrbanHabit(h.urbanHabit() + params.belonging().lifestyleAdjustmentPerYear() * (p.urbanShare() - h.urbanHabit()));
            h.setYearsInKazakhstan(h.yearsInKazakhstan() + 1);
            BelongingDynamics.Situation s = situation(h, t);
            h.setBelonging(h.belonging() == null ? BelongingDynamics.onArrival(s, params.belonging())
                    : BelongingDynamics.nextYear(h.belonging(), s, params.belonging()));
        }
        warmed += sum;
    }

    /** The household's circumstances as belonging sees them. */
    static BelongingDynamics.Situation situation(Household h, ProgrammeTerms t) {
        Place p = h.place();
        SettlementType st = h.settlement() == null ? SettlementType.MIXED_RURAL : h.settlement();
        Languages l = h.languages();
        return new BelongingDynamics.Situation(l.russian(), p.languageGap(l), h.sharedUpbringingShare(),
                p.urbanShare(), h.urbanHabit(), t.pressHostility(), st);
    }
}
