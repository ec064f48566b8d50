package kosh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The packed members of a household give back exactly the persons put in, in order, through every change. */
class MembersTest {
    private static Person person(int i) {
        Person.Role role = Person.Role.values()[i % 4];
        return new Person(i * 7 % 90, i % 2 == 0, 0.1 * (i % 10), 0.05 * (i % 20), 0.3 + 0.01 * i, i % 12, role, i % 3 == 0);
    }

    @Test
    void personsComeBackAsTheyWentInThroughGrowthAndRemovals() {
        Members m = new Members();
        List<Person> expected = new ArrayList<>();
        for (int i = 0; i < 37; i++) {
            m.add(person(i));
            expected.add(person(i));
        }
        for (int i : new int[] {0, 10, 34, 5}) {
            m.remove(i);
            expected.remove(i);
        }
        assertEquals(expected.size(), m.size());
        for (int i = 0; i < m.size(); i++) assertEquals(expected.get(i), m.person(i), "member " + i);
    }

    /** No one dies: the gompertz curve and the infant death probability are 0. */
    private static final DemographyParameters NO_DEATHS = new DemographyParameters(Curve.constant(2), 0, 0, 0, 0.1, 0, 0.3, 0.2);

    /** Every member turns a year older (no one dies), and is read into {@code read}. */
    private static Members.Year birthdays(Members m, MemberSummary.Reader read) {
        Members.Year year = new Members.Year();
        m.liveYear(new java.util.SplittableRandom(1), new double[0], NO_DEATHS, read, year);
        return year;
    }

    private static List<Person> persons(Members m) {
        List<Person> out = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) out.add(m.person(i));
        return out;
    }

    @Test
    void aYearInOnePassGivesWhatDeathsThenBirthdaysMemberByMemberGive() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        // Ages under 40 die by the table, older ones by the parameters' curve.
        double[] deathByAge = new double[40];
        for (int age = 0; age < deathByAge.length; age++) deathByAge[age] = 0.3 * random.nextDouble();
        DemographyParameters beyond = new DemographyParameters(Curve.constant(2), 0.05, 0.01, 0.05, 0.1, 0, 0.3, 0.2);
        int deathsSeen = 0, headsLost = 0;
        for (int trial = 0; trial < 500; trial++) {
            Members m = new Members();
            int n = random.nextInt(12); // empty households too
            for (int i = 0; i < n; i++)
                m.add(new Person(random.nextInt(80), random.nextBoolean(), random.nextDouble(), random.nextDouble(), random.nextDouble(),
                        random.nextInt(15), Person.Role.values()[random.nextInt(4)], random.nextBoolean()));
            long seed = random.nextLong();

            // Member by member: a draw for each in order, the dead removed, the living a year older.
            java.util.SplittableRandom draws = new java.util.SplittableRandom(seed);
            List<Person> before = persons(m), after = new ArrayList<>();
            int deaths = 0, mothers = 0, women = 0, wives = 0;
            boolean headDied = false;
            for (Person p : before) {
                women -= p.childbearing() > 0 ? 1 : 0;
                wives -= p.childbearing() == 2 ? 1 : 0;
                double death = p.age() < deathByAge.length ? deathByAge[p.age()] : beyond.deathProbability(p.age());
                if (draws.nextDouble() < death) {
                    deaths++;
                    headDied |= p.role() == Person.Role.HEAD;
                    continue;
                }
                if (p.childbearing() == 2) mothers++;
                Person older = new Person(p.age() + 1, p.female(), p.kazakhFluency(), p.mongolianFluency(), p.russianFluency(),
                        p.schoolYearsInKazakhstan(), p.role(), p.married());
                after.add(older);
                women += older.childbearing() > 0 ? 1 : 0;
                wives += older.childbearing() == 2 ? 1 : 0;
            }
            List<Integer> grooms = new ArrayList<>();
            for (int i = 0; i < after.size(); i++) {
                Person p = after.get(i);
                if (!p.female() && !p.married() && p.age() >= 20 && p.age() <= 34) grooms.add(i);
            }

            MemberSummary.Reader read = new MemberSummary.Reader();
            Members.Year year = new Members.Year();
            m.liveYear(new java.util.SplittableRandom(seed), deathByAge, beyond, read, year);

            String trialName = "trial " + trial;
            assertEquals(after, persons(m), trialName);
            assertEquals(MemberSummary.of(after), read.summary(), trialName);
            assertEquals(grooms, java.util.Arrays.stream(year.grooms, 0, year.groomCount).boxed().toList(), trialName);
            assertEquals(deaths, year.deaths, trialName);
            assertEquals(headDied, year.headDied, trialName);
            assertEquals(mothers, year.mothers, trialName);
            assertEquals(women, year.women, trialName);
            assertEquals(wives, year.wives, trialName);
            deathsSeen += deaths;
            headsLost += headDied ? 1 : 0;
        }
        assertTrue(deathsSeen > 100 && headsLost > 10, "the trials should see deaths, of heads too: " + deathsSeen + ", " + headsLost);
    }

    @Test
    void eachChangeTouchesOnlyItsOwnTrait() {
        Members m = new Members();
        m.add(new Person(17, true, 0.9, 0.4, 0.2, 3, Person.Role.CHILD, false));
        m.add(new Person(44, false, 0.8, 0.7, 0.6, 0, Person.Role.HEAD, true));
        birthdays(m, new MemberSummary.Reader());
        m.setRole(0, Person.Role.SPOUSE);
        m.marry(0);
        m.setRussian(0, 0.55);
        m.addSchoolYearInKazakhstan(0);
        assertEquals(new Person(18, true, 0.9, 0.4, 0.55, 4, Person.Role.SPOUSE, true), m.person(0));
        assertEquals(new Person(45, false, 0.8, 0.7, 0.6, 0, Person.Role.HEAD, true), m.person(1));
        assertEquals(2, m.childbearing(0));
        assertEquals(0, m.childbearing(1));
    }

    @Test
    void bridesAreUnmarriedDaughtersAged18To32() {
        Members m = new Members();
        m.add(new Person(18, true, 1, 1, 0, 0, Person.Role.CHILD, false));
        m.add(new Person(33, true, 1, 1, 0, 0, Person.Role.CHILD, false));
        m.add(new Person(20, true, 1, 1, 0, 0, Person.Role.CHILD, true));
        m.add(new Person(20, false, 1, 1, 0, 0, Person.Role.CHILD, false));
        m.add(new Person(20, true, 1, 1, 0, 0, Person.Role.ELDER, false));
        assertTrue(m.bride(0));
        for (int i = 1; i < 5; i++) assertFalse(m.bride(i), "member " + i);
    }

    @Test
    void agesAndSchoolYearsOutsideWhatIsPackedAreRefused() {
        Members m = new Members();
        m.add(new Person(Members.MAX_AGE, false, 1, 1, 0, 0, Person.Role.ELDER, true));
        assertThrows(IllegalStateException.class, () -> birthdays(m, new MemberSummary.Reader()));
        assertThrows(IllegalArgumentException.class,
                () -> m.add(new Person(Members.MAX_AGE + 1, false, 1, 1, 0, 0, Person.Role.ELDER, true)));
        assertThrows(IllegalArgumentException.class,
                () -> m.add(new Person(10, false, 1, 1, 0, Members.MAX_SCHOOL_YEARS + 1, Person.Role.CHILD, false)));
    }

    @Test
    void aSummaryReadDuringAPassEqualsOneReadAfterIt() {
        Members m = new Members();
        for (int i = 0; i < 9; i++) m.add(person(i));
        MemberSummary.Reader reader = new MemberSummary.Reader();
        for (int i = 0; i < m.size(); i++) reader.add(m, i);
        assertEquals(MemberSummary.of(m), reader.summary());
        reader.clear();
        assertEquals(MemberSummary.of(new Members()), reader.summary());
    }
}
