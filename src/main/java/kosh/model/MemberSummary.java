package kosh.model;

import java.io.Serializable;
import java.util.List;

/**
 * What decisions and demography read off a household's members, computed in one pass. A household
 * keeps its summary until a member joins, leaves, or changes (ages, learns, marries, changes role).
 *
 * @param kazakh                mean fluency of the members in Kazakh (0 without members)
 * @param mongolian             the same in Mongolian
 * @param russian               the same in Russian
 * @param earners               members aged 18 to 62, at least 1
 * @param schoolChildren        whether a member is aged 6 to 17
 * @param head                  index of the head, or of the oldest member if the head has died (-1 without members)
 * @param headAge               the head's age (0 without members)
 * @param sharedUpbringingShare mean over members of school years in Kazakhstan / 10, capped at 1
 * @param womenAged18To44       women aged 18 to 44
 * @param wivesAged18To44       married women aged 18 to 44
 * @param brides                unmarried daughters aged 18 to 32 (whom a groom's family may ask for)
 */
record MemberSummary(double kazakh, double mongolian, double russian, int earners, boolean schoolChildren, int head, int headAge,
                     double sharedUpbringingShare, int womenAged18To44, int wivesAged18To44, int brides) implements Serializable {

    static MemberSummary of(Members members) { return Reader.of(members).summary(); }

    /** Whether a member of {@code age} counts among the earners (18 to 62). */
    static boolean earnerAge(int age) { return age >= 18 && age < 63; }

    /** Whether a member of {@code age} is of school age (6 to 17). */
    static boolean schoolAge(int age) { return age >= 6 && age < 18; }

    /** The summary of members given as values, in member order (for checks against what a household keeps). */
    static MemberSummary of(List<Person> members) {
        Members packed = new Members();
        for (Person p : members) packed.add(p);
        return of(packed);
    }

    /**
     * Reads members one at a time, in member order, so that a pass that visits the members anyway
     * (a demographic or an integration year) can leave the household its summary without a second pass.
     */
    static final class Reader implements Serializable {
        /** min(1, school years in Kazakhstan / 10) for every number of school years a member can have, computed once. */
        static final double[] UPBRINGING = new double[Members.MAX_SCHOOL_YEARS + 1];

        static {
            for (int y = 0; y < UPBRINGING.length; y++) UPBRINGING[y] = Math.min(1.0, y / 10.0);
        }

        private double k, m, r, upbringing;
        private int n, earners, women, wives, brides, head, headAge, oldest, oldestAge;
        private boolean school;

        Reader() { clear(); }

        /** A reader that has read all of {@code members}. */
        static Reader of(Members members) {
            Reader r = new Reader();
            r.readAll(members);
            return r;
        }

        /** Reads all of {@code members} afresh, in member order. */
        void readAll(Members members) {
            clear();
            for (int i = 0, n = members.size(); i < n; i++) add(members, i);
        }

        /** Forgets the members read so far. */
        void clear() {
            k = m = r = upbringing = 0;
            n = earners = women = wives = brides = 0;
            school = false;
            head = oldest = -1;
            headAge = oldestAge = -1;
        }

        /** Takes the sums of {@code n} members read elsewhere in one pass ({@link Members#liveYear}), as if added one by one. */
        void take(int n, double k, double m, double r, double upbringing, int earners, boolean school, int women, int wives,
                  int brides, int head, int headAge, int oldest, int oldestAge) {
            this.n = n;
            this.k = k;
            this.m = m;
            this.r = r;
            this.upbringing = upbringing;
            this.earners = earners;
            this.school = school;
            this.women = women;
            this.wives = wives;
            this.brides = brides;
            this.head = head;
            this.headAge = headAge;
            this.oldest = oldest;
            this.oldestAge = oldestAge;
        }

        /** Reads member {@code i}, the next in member order. */
        void add(Members members, int i) {
            n++;
            k += members.kazakh(i);
            m += members.mongolian(i);
            r += members.russian(i);
            upbringing += UPBRINGING[members.schoolYearsInKazakhstan(i)];
            int age = members.age(i);
            if (earnerAge(age)) earners++;
            if (schoolAge(age)) school = true;
            int childbearing = members.childbearing(i);
            if (childbearing > 0) {
                women++;
                if (childbearing == 2) wives++;
            }
            if (members.bride(i)) brides++;
            if (head < 0 && members.role(i) == Person.Role.HEAD) {
                head = i;
                headAge = age;
            }
            if (age > oldestAge) {
                oldest = i;
                oldestAge = age;
            }
        }

        /** Mean fluency in Kazakh of the members read so far (what {@link MemberSummary#kazakh} will be). */
        double kazakh() { return n == 0 ? 0 : Shares.clamp(k / n); }

        /** The same in Mongolian. */
        double mongolian() { return n == 0 ? 0 : Shares.clamp(m / n); }

        // What the summary holds, read one by one (a household copies them into its own fields).
        double russian() { return n == 0 ? 0 : Shares.clamp(r / n); }
        int earners() { return Math.max(1, earners); }
        boolean schoolChildren() { return school; }
        int head() { return n == 0 ? -1 : head >= 0 ? head : oldest; }
        int headAge() { return n == 0 ? 0 : head >= 0 ? headAge : oldestAge; }
        double sharedUpbringingShare() { return n == 0 ? 0 : upbringing / n; }
        int womenAged18To44() { return women; }
        int wivesAged18To44() { return wives; }
        int brides() { return brides; }

        /** The summary of the members read, as {@link MemberSummary#of} gives it for them in the same order. */
        MemberSummary summary() {
            return new MemberSummary(kazakh(), mongolian(), russian(), earners(), school, head(), headAge(),
                    sharedUpbringingShare(), women, wives, brides);
        }
    }
}
