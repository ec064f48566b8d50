package kosh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Migration} on a world small enough to reason about (in the style of Flee's small-world
 * tests): two Mongolian and two Kazakhstani places, ten households of four built by hand, the
 * baseline's behavioural parameters, fixed programme terms, ten years of months with a seeded
 * generator. Outcomes are checked for several seeds, and only as "none" or "some", so they do not
 * hang on one stream of draws: over seeds 1 to 20, an open quota brought in 40 to 68 persons and a
 * suspended quota with non-quota entry 8 to 24, far from zero.
 */
class MigrationSmallWorldTest {
    static final int FIRST_YEAR = 2005, LAST_YEAR = 2014;

    static World smallWorld() {
        List<Place> places = List.of(Baseline.place(RegionType.ULGII_CITY), Baseline.place(RegionType.BAYAN_ULGII_RURAL),
                Baseline.place(RegionType.SOUTH), Baseline.place(RegionType.NORTH));
        World w = new World(places, Baseline.SCENARIO.attractiveness(), Baseline.SCENARIO.economy());
        for (int i = 0; i < 10; i++) {
            boolean rural = i % 2 == 0;
            Place home = w.place(rural ? RegionType.BAYAN_ULGII_RURAL : RegionType.ULGII_CITY);
            Occupation occ = rural ? Occupation.HERDER : (i == 3 ? Occupation.TEACHER : Occupation.WORKER);
            Household h = new Household(w.nextId(), i % 3, occ, i == 3 ? Education.HIGHER : Education.SECONDARY,
                    rural ? 120 : 10, 400, home, home.urbanShare());
            h.addMember(new Person(35 + i, false, 0.05, Person.Role.HEAD));
            h.addMember(new Person(33 + i, true, 0.05, Person.Role.SPOUSE));
            h.addMember(new Person(8, false, 0.02, Person.Role.CHILD));
            h.addMember(new Person(12, true, 0.02, Person.Role.CHILD));
            h.setDecisionMonth(1 + i);
            w.add(h);
        }
        for (int i = 1; i < 10; i++) w.kin().tie(i - 1, i);
        return w;
    }

    /** The baseline's initial terms with a large quota (open by {@code openShare}) and no contracts. */
    static ProgrammeTerms terms(double openShare, boolean nonQuotaEntry, double inKindUsdPerHousehold) {
        ProgrammeTerms.Builder b = Baseline.SCENARIO.initialTerms().toBuilder();
        b.quotaHouseholdsPerYear = 10_000;
        b.quotaOpenShare = openShare;
        b.nonQuotaEntryOpen = nonQuotaEntry;
        b.nonQuotaBenefitUsdPerPerson = 500;
        b.contractsOpen = false;
        b.quotaInKindUsdPerHousehold = inKindUsdPerHousehold;
        b.quotaMoveCostCovered = true;
        return b.build();
    }

    /** Every month of the years under fixed terms, as the engine orders them: quota, decisions, progress. */
    static Tally run(World w, ProgrammeTerms t, long seed) {
        Tally tally = new Tally();
        Migration m = new Migration(w, Baseline.parameters(), tally);
        RandomGenerator rng = new SplittableRandom(seed);
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++)
            for (int month = 1; month <= 12; month++) {
                m.accrueQuota(t, month);
                m.decide(t, year, month, rng);
                m.progress(t, year, month, rng);
            }
        return tally;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void aSuspendedQuotaWithoutNonQuotaEntryLetsNobodyIn(long seed) {
        World w = smallWorld();
        Tally tally = run(w, terms(0, false, 20_000), seed);
        assertEquals(0.0, tally.year(Tally.Flow.QUOTA_PERSONS));
        assertEquals(0.0, tally.year(Tally.Flow.QUOTA_USED_HOUSEHOLDS));
        assertEquals(0.0, tally.year(Tally.Flow.EMIGRANT_PERSONS));
        for (Household h : w.households()) assertEquals(LegalStatus.IN_MONGOLIA, h.status());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void aSuspendedQuotaStillLetsHouseholdsInOutsideIt(long seed) {
        World w = smallWorld();
        Tally tally = run(w, terms(0, true, 20_000), seed);
        assertEquals(0.0, tally.year(Tally.Flow.QUOTA_PERSONS));
        assertEquals(0.0, tally.year(Tally.Flow.QUOTA_USED_HOUSEHOLDS));
        assertTrue(tally.year(Tally.Flow.NONQUOTA_PERSONS) > 0, "the world is not inert: non-quota entry stays open");
        for (Household h : w.households()) assertTrue(h.route() != Route.QUOTA && h.pendingRoute() != Route.QUOTA);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void anOpenQuotaWithAGenerousBenefitBringsHouseholdsIn(long seed) {
        World w = smallWorld();
        Tally tally = run(w, terms(1, false, 20_000), seed);
        assertTrue(tally.year(Tally.Flow.QUOTA_PERSONS) > 0, "some households use the quota");
        // The quota is the only way in here.
        assertEquals(tally.year(Tally.Flow.EMIGRANT_PERSONS), tally.year(Tally.Flow.QUOTA_PERSONS));
        assertEquals(0.0, tally.year(Tally.Flow.NONQUOTA_PERSONS) + tally.year(Tally.Flow.CONTRACT_PERSONS));
        assertTrue(tally.year(Tally.Flow.QUOTA_USED_HOUSEHOLDS) * 4 >= tally.year(Tally.Flow.QUOTA_PERSONS));
    }

    @Test
    void aSuspensionWithdrawsThePlacesStillOpen() {
        Migration m = new Migration(smallWorld(), Baseline.parameters(), new Tally());
        double monthly = 10_000 * Baseline.parameters().migration().mongoliaShareOfQuota() / 12;
        for (int month = 1; month <= 3; month++) m.accrueQuota(terms(1, false, 0), month);
        assertEquals(3 * monthly, m.quotaPlacesLeft(), 1e-9);
        m.accrueQuota(terms(0, false, 0), 4);
        assertEquals(0.0, m.quotaPlacesLeft());
        assertEquals(3 * monthly, m.quotaPlacesThisYear(), 1e-9);
        m.accrueQuota(terms(1, false, 0), 1);
        assertEquals(monthly, m.quotaPlacesLeft(), 1e-9, "January starts a new year's pool");
    }

    @Test
    void repatriatesOnAContractWaitForCitizenshipWhileContractsRunAndTheRegisterFollowsTheirRoute() {
        World w = smallWorld();
        Household onContract = w.household(0), onQuota = w.household(1);
        for (Household h : List.of(onContract, onQuota)) {
            h.setRoute(h == onContract ? Route.CONTRACT : Route.QUOTA);
            w.relocate(h, w.place(RegionType.SOUTH));
            h.setStatus(LegalStatus.REPATRIATE);
        }
        assertTrue(w.register().isRepatriateOnContract(0));
        assertTrue(w.register().isRepatriate(1) && !w.register().isRepatriateOnContract(1));
        w.audit();
        ProgrammeTerms.Builder b = terms(1, false, 0).toBuilder();
        b.naturalisationMonths = 1; // every repatriate free to naturalise does so this month
        b.contractsOpen = true;
        Migration m = new Migration(w, Baseline.parameters(), new Tally());
        m.progress(b.build(), 2010, 3, new SplittableRandom(1));
        assertEquals(LegalStatus.REPATRIATE, onContract.status(), "a contract keeps its household waiting");
        assertEquals(LegalStatus.CITIZEN, onQuota.status());
        assertFalse(w.register().isRepatriate(1));
        w.audit();
        b.contractsOpen = false;
        m.progress(b.build(), 2010, 4, new SplittableRandom(1));
        assertEquals(LegalStatus.CITIZEN, onContract.status(), "once contracts end, contract households naturalise too");
        assertFalse(w.register().isRepatriate(0) || w.register().isRepatriateOnContract(0));
        w.audit();
    }

    @Test
    void statelessMonthsAreCountedDownByTheRegisterAndFollowTheHouseholdInAndOut() {
        World w = smallWorld();
        Household h = w.household(2);
        h.setStatus(LegalStatus.STATELESS);
        h.setMonthsLeftInStep(3);
        Household son = Household.foundedBy(w.nextId(), h, 0.2, 0.2, 5);
        son.addMember(new Person(22, false, 0.05, Person.Role.HEAD));
        assertEquals(3, son.monthsLeftInStep(), "a son's household founded while stateless waits as long as his parents'");
        w.add(son);
        Migration m = new Migration(w, Baseline.parameters(), new Tally());
        ProgrammeTerms t = terms(1, false, 0);
        for (int month = 1; month <= 2; month++) m.progress(t, 2010, month, new SplittableRandom(month));
        assertEquals(LegalStatus.STATELESS, h.status());
        assertEquals(1, h.monthsLeftInStep());
        assertEquals(1, son.monthsLeftInStep());
        m.progress(t, 2010, 3, new SplittableRandom(3));
        assertEquals(LegalStatus.RETURNED, h.status(), "Mongolian citizenship back when the months run out");
        assertEquals(LegalStatus.RETURNED, son.status());
        assertEquals(0, h.monthsLeftInStep());
        w.audit();
        Household leaving = w.household(4);
        leaving.setStatus(LegalStatus.STATELESS);
        leaving.setMonthsLeftInStep(7);
        for (Person p : leaving.members()) leaving.removeMember(p);
        w.removeEmpty();
        assertEquals(7, leaving.monthsLeftInStep(), "a household out of the world keeps its own count");
    }

    @Test
    void benefitsKeptAfterCitizenshipRunForTheirYearsFromTheMonthOfNaturalisation() {
        World w = smallWorld();
        ProgrammeTerms.Builder b = terms(1, true, 20_000).toBuilder();
        b.benefitYearsAfterCitizenship = 3;
        b.naturalisationMonths = 6; // many naturalise within the ten years
        ProgrammeTerms t = b.build();
        Migration m = new Migration(w, Baseline.parameters(), new Tally());
        RandomGenerator rng = new SplittableRandom(4);
        int naturalised = 0;
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++)
            for (int month = 1; month <= 12; month++) {
                m.accrueQuota(t, month);
                m.decide(t, year, month, rng);
                java.util.Map<Household, LegalStatus> before = new java.util.HashMap<>();
                for (Household h : w.households()) before.put(h, h.status());
                m.progress(t, year, month, rng);
                for (Household h : w.households())
                    if (before.get(h) == LegalStatus.REPATRIATE && h.status() == LegalStatus.CITIZEN) {
                        naturalised++;
                        // Three years to the month, whatever month it was (a January countdown cut them short).
                        assertEquals(Migration.monthIndex(year + 3, month), h.benefitsEndMonth(), "household " + h.id());
                    }
            }
        assertTrue(naturalised >= 5, "households naturalised: " + naturalised);
    }
}
