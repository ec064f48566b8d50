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

    @Test
    void agingAndReadingInOnePassGivesWhatReadingMemberByMemberGives() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int trial = 0; trial < 500; trial++) {
            Members m = new Members();
            int n = random.nextInt(12); // empty households too
            for (int i = 0; i < n; i++)
                m.add(new Person(random.nextInt(80), random.nextBoolean(), random.nextDouble(), random.nextDouble(), random.nextDouble(),
                        random.nextInt(15), Person.Role.values()[random.nextInt(4)], random.nextBoolean()));
            int women = 0, wives = 0;
            for (int i = 0; i < n; i++) {
                women -= m.childbearing(i) > 0 ? 1 : 0;
                wives -= m.childbearing(i) == 2 ? 1 : 0;
            }
            MemberSummary.Reader read = new MemberSummary.Reader();
            Members.Birthdays b = new Members.Birthdays();
            m.ageAndRead(read, b);

            assertEquals(MemberSummary.of(m), read.summary(), "trial " + trial);
            List<Integer> grooms = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (!m.female(i) && !m.married(i) && m.age(i) >= 20 && m.age(i) <= 34) grooms.add(i);
                women += m.childbearing(i) > 0 ? 1 : 0;
                wives += m.childbearing(i) == 2 ? 1 : 0;
            }
            assertEquals(grooms, java.util.Arrays.stream(b.grooms, 0, b.groomCount).boxed().toList(), "trial " + trial);
            assertEquals(women, b.women, "trial " + trial);
            assertEquals(wives, b.wives, "trial " + trial);
        }
    }

    @Test
    void eachChangeTouchesOnlyItsOwnTrait() {
        Members m = new Members();
        m.add(new Person(17, true, 0.9, 0.4, 0.2, 3, Person.Role.CHILD, false));
        m.add(new Person(44, false, 0.8, 0.7, 0.6, 0, Person.Role.HEAD, true));
        m.ageAndRead(new MemberSummary.Reader(), new Members.Birthdays());
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
        assertThrows(IllegalStateException.class, () -> m.ageAndRead(new MemberSummary.Reader(), new Members.Birthdays()));
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
