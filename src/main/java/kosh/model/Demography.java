package kosh.model;

import java.io.Serializable;
import java.util.ArrayList;
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
    /** Men of one household who may marry this year, reused from household to household. */
    private final List<Person> grooms = new ArrayList<>();

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
            for (Person p : grooms) {
                if (rng.nextDouble() >= params.marriageProbability()) continue;
                Household founded = marry(h, p, rng);
                if (founded != null) world.add(founded);
            }
            grooms.clear();
            // Read the members again while they are in the processor's cache: decisions need it later
            // (integration changes those in Kazakhstan again).
            if (h.country() == Country.MONGOLIA) h.summary();
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

    private double deathProbability(int age) {
        return age < TABULATED_AGES ? deathProbabilityByAge[age] : params.deathProbability(age);
    }

    /**
     * Deaths (a draw per member, in order), then births (a draw per wife aged 18 to 44), birthdays,
     * and the newborns. Leaves in {@link #grooms} the unmarried men aged 20 to 34 after their
     * birthday, in member order: marrying changes no other member's eligibility.
     */
    private void deathsAndBirths(Household h, double birth, RandomGenerator rng) {
        boolean headDied = false;
        List<Person> members = h.memberList();
        for (int i = 0; i < members.size(); ) {
            Person p = members.get(i);
            if (rng.nextDouble() < deathProbability(p.age())) {
                headDied |= p.role() == Person.Role.HEAD;
                h.removeMember(i);
                tally.add(Tally.Flow.DEATHS, 1);
            } else {
                i++;
            }
        }
        if (h.size() == 0) return;
        if (headDied) promoteHead(h);
        int births = 0;
        for (Person p : members) {
            if (p.female() && p.married() && p.age() >= 18 && p.age() <= 44 && rng.nextDouble() < birth) births++;
            p.birthday();
            if (!p.married() && !p.female() && p.age() >= 20 && p.age() <= 34) grooms.add(p);
        }
        if (births == 0) return;
        // Children grow into the household's Kazakh and Mongolian; Russian they learn, where it is spoken.
        Languages home = h.languages();
        for (int i = 0; i < births; i++)
            h.addMember(new Person(0, rng.nextBoolean(), new Languages(home.kazakh(), home.mongolian(), 0), Person.Role.CHILD));
        tally.add(Tally.Flow.BIRTHS, births);
    }

    private static boolean youngestSon(Household h, Person groom) {
        for (Person p : h.memberList())
            if (p != groom && !p.female() && p.role() == Person.Role.CHILD && !p.married() && p.age() < groom.age()) return false;
        return true;
    }

    private static void promoteHead(Household h) {
        Person next = null;
        for (Person p : h.members()) if (p.role() == Person.Role.SPOUSE) next = p;
        if (next == null) for (Person p : h.members()) if (next == null || p.age() > next.age()) next = p;
        next.setRole(Person.Role.HEAD);
    }

    /**
     * The groom marries. Older sons leave {@code parent} with the bride and found a household of
     * their lineage; the youngest son stays to keep his parents' household (returns null then).
     */
    private Household marry(Household parent, Person groom, RandomGenerator rng) {
        Country country = parent.country();
        if (rng.nextDouble() < params.crossBorderMarriageShare())
            country = country == Country.MONGOLIA ? Country.KAZAKHSTAN : Country.MONGOLIA;
        Household brideHome = null;
        Person bride = null;
        List<Household> all = world.households();
        for (int i = 0; i < BRIDE_SEARCH_TRIES && bride == null; i++) {
            Household c = all.get(rng.nextInt(all.size()));
            if (c.country() != country || c.lineage() == parent.lineage() || c.summary().brides() == 0) continue;
            for (Person p : c.memberList())
                if (MemberSummary.isBride(p)) { bride = p; brideHome = c; break; }
        }
        Person wife;
        if (bride != null) {
            brideHome.removeMember(bride);
            wife = bride;
        } else {
            wife = new Person(Math.max(18, groom.age() - 2), true, groom.languages(), Person.Role.CHILD);
        }
        wife.marry();
        groom.marry();
        if (youngestSon(parent, groom)) {
            parent.addMember(wife);
            if (brideHome != null) world.kin().tie(parent.id(), brideHome.id());
            return null;
        }
        parent.removeMember(groom);
        groom.setRole(Person.Role.HEAD);
        wife.setRole(Person.Role.SPOUSE);
        Household h = Household.foundedBy(world.nextId(), parent, params.herdShareToNewHousehold(),
                params.cashShareToNewHousehold(), rng.nextInt(12) + 1);
        h.addMember(groom);
        h.addMember(wife);
        world.kin().tie(h.id(), parent.id());
        if (brideHome != null) world.kin().tie(h.id(), brideHome.id());
        tally.add(Tally.Flow.NEW_HOUSEHOLDS, 1);
        return h;
    }
}
