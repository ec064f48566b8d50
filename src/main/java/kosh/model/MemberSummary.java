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
 * @param head                  the head, or the oldest member if the head has died (null without members)
 * @param headAge               the head's age (0 without members)
 * @param sharedUpbringingShare mean over members of school years in Kazakhstan / 10, capped at 1
 * @param womenAged18To44       women aged 18 to 44
 * @param wivesAged18To44       married women aged 18 to 44
 * @param brides                unmarried daughters aged 18 to 32 (whom a groom's family may ask for)
 */
record MemberSummary(double kazakh, double mongolian, double russian, int earners, boolean schoolChildren, Person head, int headAge,
                     double sharedUpbringingShare, int womenAged18To44, int wivesAged18To44, int brides) implements Serializable {

    static MemberSummary of(List<Person> members) {
        if (members.isEmpty()) return new MemberSummary(0, 0, 0, 1, false, null, 0, 0, 0, 0, 0);
        double k = 0, m = 0, r = 0, upbringing = 0;
        int earners = 0, women = 0, wives = 0, brides = 0;
        boolean school = false;
        Person head = null, oldest = null;
        for (Person p : members) {
            k += p.kazakhFluency();
            m += p.mongolianFluency();
            r += p.russianFluency();
            upbringing += Math.min(1.0, p.schoolYearsInKazakhstan() / 10.0);
            int age = p.age();
            if (age >= 18 && age < 63) earners++;
            if (age >= 6 && age < 18) school = true;
            if (p.female() && age >= 18 && age <= 44) {
                women++;
                if (p.married()) wives++;
            }
            if (isBride(p)) brides++;
            if (head == null && p.role() == Person.Role.HEAD) head = p;
            if (oldest == null || age > oldest.age()) oldest = p;
        }
        int n = members.size();
        if (head == null) head = oldest;
        Languages mean = new Languages(k / n, m / n, r / n);
        return new MemberSummary(mean.kazakh(), mean.mongolian(), mean.russian(), Math.max(1, earners), school, head,
                head.age(), upbringing / n, women, wives, brides);
    }

    /** An unmarried daughter aged 18 to 32. */
    static boolean isBride(Person p) {
        return p.female() && !p.married() && p.role() == Person.Role.CHILD && p.age() >= 18 && p.age() <= 32;
    }

    /** Mean fluency of the members in each language. */
    Languages languages() { return new Languages(kazakh, mongolian, russian); }
}
