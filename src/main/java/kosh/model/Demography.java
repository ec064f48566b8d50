package kosh.model;

import java.io.Serializable;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A demographic year: deaths, births, ageing, and sons marrying and founding their own households.
 * Marriages tie the two lineages' households as kin, sometimes across the border.
 */
public final class Demography implements Serializable {
    private static final int BRIDE_SEARCH_TRIES = 30;
    /** Ages up to which the yearly death probability is looked up rather than computed. */
    private static final int TABULATED_AGES = 128;
    private final World world;
    private final DemographyParameters params;
    private final Tally tally;
    private final double[] deathProbabilityByAge = new double[TABULATED_AGES];
    /** Reads the members as the year changes them, so that no second pass is needed for the household's summary. */
    private final MemberSummary.Reader reader = new MemberSummary.Reader();
    /** What one household's year did to its members (deaths, grooms, mothers), reused household to household. */
    private final Members.Year lived = new Members.Year();

    public Demography(World world, DemographyParameters params, Tally tally) {
        this.world = world;
        this.params = params;
        this.tally = tally;
        for (int age = 0; age < TABULATED_AGES; age++) deathProbabilityByAge[age] = params.deathProbability(age);
    }

    /**
     * The year's deaths, births, birthdays and marriages, household by household in founding order
     * (households founded by this year's marriages wait for next year).
     */
    public void year(int year, RandomGenerator rng) {
        double birth = birthProbabilityPerWife(year);
        List<Household> all = world.households();
        for (int i = 0, n = all.size(); i < n; i++) {
            Household h = all.get(i);
            if (h.size() == 0) continue;
            deathsAndBirths(h, birth, rng);
            int left = 0; // grooms who left to found a household: later grooms' indices move down
            for (int g = 0; g < lived.groomCount; g++) {
                if (rng.nextDouble() >= params.marriageProbability()) continue;
                Household founded = marry(h, lived.grooms[g] - left, rng);
                if (founded != null) {
                    world.add(founded);
                    left++;
                }
            }
            lived.groomCount = 0;
            // A marriage may have changed the members since they were read: read them again while they are
            // in the processor's cache, for the decisions to come (integration re-reads those in Kazakhstan).
            if (h.country() == Country.MONGOLIA) h.earners();
        }
        world.removeEmpty();
    }

    /**
     * Only married women give birth here, so the yearly chance per wife is the fertility rate's
     * per-woman chance divided by the share of women aged 18 to 44 who are married.
     */
    private double birthProbabilityPerWife(int year) {
        long women = world.register().womenAged18To44(), wives = world.register().wivesAged18To44();
        double perWoman = params.birthProbability(year);
        return wives == 0 ? perWoman : Shares.clamp(perWoman * women / wives);
    }

    /**
     * Deaths (a draw per member, in order), then births (a draw per wife aged 18 to 44), birthdays
     * with the members read in the same pass, and the newborns. Leaves in {@link #lived} the
     * unmarried men aged 20 to 34 after their birthday, in member order: marrying changes no other
     * member's eligibility. Deaths and birthdays are one pass over the members; the births' draws
     * follow it, for they need only the number of wives who lived.
     */
    private void deathsAndBirths(Household h, double birth, RandomGenerator rng) {
        h.liveYear(rng, deathProbabilityByAge, params, reader, lived);
        if (lived.deaths > 0) tally.add(Tally.Flow.DEATHS, lived.deaths);
        if (h.size() == 0) return;
        Members m = h.memberData();
        if (lived.headDied) {
            promoteHead(h);
            reader.readAll(m); // the new head, and a daughter made head is no longer a bride
        }
        int births = 0;
        for (int i = 0; i < lived.mothers; i++) if (rng.nextDouble() < birth) births++;
        if (births > 0) {
            // Children grow into the household's Kazakh and Mongolian; Russian they learn, where it is spoken.
            Languages home = new Languages(reader.kazakh(), reader.mongolian(), 0);
            for (int i = 0; i < births; i++) {
                h.addMember(new Person(0, rng.nextBoolean(), home, Person.Role.CHILD));
                reader.add(m, m.size() - 1);
            }
            tally.add(Tally.Flow.BIRTHS, births);
        }
        h.membersRead(reader);
    }

    /** Whether no unmarried son of {@code h} is younger than member {@code groom}. */
    private static boolean youngestSon(Household h, int groom) {
        Members m = h.memberData();
        for (int i = 0, n = m.size(); i < n; i++)
            if (i != groom && !m.female(i) && m.role(i) == Person.Role.CHILD && !m.married(i) && m.age(i) < m.age(groom)) return false;
        return true;
    }

    /** The last spouse becomes head; without one, the oldest member (the first of equals). */
    private static void promoteHead(Household h) {
        Members m = h.memberData();
        int next = -1;
        for (int i = 0, n = m.size(); i < n; i++) if (m.role(i) == Person.Role.SPOUSE) next = i;
        if (next < 0) for (int i = 0, n = m.size(); i < n; i++) if (next < 0 || m.age(i) > m.age(next)) next = i;
        h.setRole(next, Person.Role.HEAD);
    }

    /**
     * Member {@code groom} of {@code parent} marries. Older sons leave with the bride and found a
     * household of their lineage; the youngest son, or a son who is already the head, stays to keep
     * the household (returns null then).
     */
    private Household marry(Household parent, int groom, RandomGenerator rng) {
        Country country = parent.country();
        if (rng.nextDouble() < params.crossBorderMarriageShare())
            country = country == Country.MONGOLIA ? Country.KAZAKHSTAN : Country.MONGOLIA;
        Household brideHome = null;
        int bride = -1;
        List<Household> all = world.households();
        StatusRegister register = world.register();
        boolean toKazakhstan = country == Country.KAZAKHSTAN;
        for (int i = 0; i < BRIDE_SEARCH_TRIES && bride < 0; i++) {
            int at = rng.nextInt(all.size());
            // Most tries fail: country, lineage and (mostly) brides are answered without visiting the household.
            int id = world.idAt(at);
            if (register.isInKazakhstan(id) != toKazakhstan || !register.mayHaveBrides(id)
                    || world.lineageOf(id) == parent.lineage()) continue;
            Household c = all.get(at);
            if (c.brides() == 0) continue;
            Members cm = c.memberData();
            for (int j = 0, n = cm.size(); j < n; j++)
                if (cm.bride(j)) { bride = j; brideHome = c; break; }
        }
        Members pm = parent.memberData();
        Person wife = bride >= 0 ? brideHome.removeMember(bride)
                : new Person(Math.max(18, pm.age(groom) - 2), true, pm.kazakh(groom), pm.mongolian(groom), pm.russian(groom), 0,
                        Person.Role.CHILD, false);
        wife = wife.marry();
        parent.marry(groom);
        // A son who became head when his parents died keeps the household, as the youngest son does.
        if (pm.role(groom) == Person.Role.HEAD || youngestSon(parent, groom)) {
            parent.addMember(wife);
            if (brideHome != null) world.kin().tie(parent.id(), brideHome.id());
            return null;
        }
        Person husband = parent.removeMember(groom).withRole(Person.Role.HEAD);
        Household h = Household.foundedBy(world.nextId(), parent, params.herdShareToNewHousehold(),
                params.cashShareToNewHousehold(), rng.nextInt(12) + 1);
        h.addMember(husband);
        h.addMember(wife.withRole(Person.Role.SPOUSE));
        world.kin().tie(h.id(), parent.id());
        if (brideHome != null) world.kin().tie(h.id(), brideHome.id());
        tally.add(Tally.Flow.NEW_HOUSEHOLDS, 1);
        return h;
    }
}
