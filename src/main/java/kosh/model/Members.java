package kosh.model;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The members of one household, in member order, packed into two arrays: one int of traits (age,
 * sex, marriage, role, school years in Kazakhstan) and three doubles of fluency per member. A
 * household's yearly passes read its members from these two arrays instead of from one object per
 * member. Only {@link Household} changes them, so that it can keep its summary and the register right.
 */
final class Members implements Serializable {
    private static final int AGE = 0xFFFF, FEMALE = 1 << 16, MARRIED = 1 << 17, ROLE_SHIFT = 18, SCHOOL_SHIFT = 20;
    /** The oldest age the traits hold. */
    static final int MAX_AGE = AGE;
    /** The most school years in Kazakhstan the traits hold. */
    static final int MAX_SCHOOL_YEARS = 0xFF;
    private static final Person.Role[] ROLES = Person.Role.values();
    private static final int HEAD = Person.Role.HEAD.ordinal(), CHILD = Person.Role.CHILD.ordinal();

    private int size;
    private int[] traits = new int[4];
    /** Kazakh, Mongolian and Russian fluency of member i at 3i, 3i + 1 and 3i + 2. */
    private double[] fluency = new double[12];

    int size() { return size; }

    int age(int i) { return traits[i] & AGE; }
    boolean female(int i) { return (traits[i] & FEMALE) != 0; }
    boolean married(int i) { return (traits[i] & MARRIED) != 0; }
    Person.Role role(int i) { return ROLES[(traits[i] >>> ROLE_SHIFT) & 3]; }
    int schoolYearsInKazakhstan(int i) { return traits[i] >>> SCHOOL_SHIFT; }
    double kazakh(int i) { return fluency[3 * i]; }
    double mongolian(int i) { return fluency[3 * i + 1]; }
    double russian(int i) { return fluency[3 * i + 2]; }

    /** 0 unless a woman aged 18 to 44; then 1, or 2 if married (whom fertility is scaled by). */
    int childbearing(int i) { return childbearingOf(traits[i]); }

    /** An unmarried daughter aged 18 to 32. */
    boolean bride(int i) { return brideOf(traits[i]); }

    // The rules above on one member's packed traits, for the passes that read the arrays themselves.
    private static int childbearingOf(int t) { return Person.childbearing((t & FEMALE) != 0, t & AGE, (t & MARRIED) != 0); }

    private static boolean brideOf(int t) {
        int age = t & AGE;
        return (t & (FEMALE | MARRIED)) == FEMALE && ((t >>> ROLE_SHIFT) & 3) == CHILD && age >= 18 && age <= 32;
    }

    /** An unmarried man aged 20 to 34: who may marry this year. */
    private static boolean groomOf(int t) {
        int age = t & AGE;
        return (t & (FEMALE | MARRIED)) == 0 && age >= 20 && age <= 34;
    }

    /** Member {@code i} as a value. */
    Person person(int i) {
        return new Person(age(i), female(i), kazakh(i), mongolian(i), russian(i), schoolYearsInKazakhstan(i), role(i), married(i));
    }

    /** Reads the arrays' first cache lines (fluency: those of up to eight members), to bring them into the cache. */
    int warm() { return traits[0] + (int) fluency[0] + (size > 2 ? (int) fluency[8] : 0) + (size > 5 ? (int) fluency[16] : 0); }

    void add(Person p) {
        if (size == traits.length) {
            traits = Arrays.copyOf(traits, 2 * size);
            fluency = Arrays.copyOf(fluency, 6 * size);
        }
        traits[size] = pack(p.age(), p.female(), p.married(), p.role(), p.schoolYearsInKazakhstan());
        fluency[3 * size] = p.kazakhFluency();
        fluency[3 * size + 1] = p.mongolianFluency();
        fluency[3 * size + 2] = p.russianFluency();
        size++;
    }

    void remove(int i) {
        System.arraycopy(traits, i + 1, traits, i, size - i - 1);
        System.arraycopy(fluency, 3 * (i + 1), fluency, 3 * i, 3 * (size - i - 1));
        size--;
    }

    /** What a year of birthdays changed besides the ages (see {@link #ageAndRead}); reused household to household. */
    static final class Birthdays implements Serializable {
        /** Indices of the unmarried men aged 20 to 34 after their birthday, in member order. */
        int[] grooms = new int[8];
        int groomCount;
        /** Women and wives aged 18 to 44 gained minus lost by the birthdays. */
        int women, wives;
    }

    /**
     * Every member turns a year older and is read into {@code into} in the same pass, as
     * {@link MemberSummary.Reader#add} reads them one by one; the grooms and the changes in women of
     * childbearing age go to {@code out}. One loop over the arrays with the sums in local variables:
     * the yearly pass over every member of every household is the largest part of demography.
     */
    void ageAndRead(MemberSummary.Reader into, Birthdays out) {
        if (out.grooms.length < size) out.grooms = new int[2 * size];
        int[] tr = traits, grooms = out.grooms;
        double[] fl = fluency;
        double k = 0, m = 0, r = 0, upbringing = 0;
        int earners = 0, women = 0, wives = 0, brides = 0, head = -1, headAge = -1, oldest = -1, oldestAge = -1;
        int groomCount = 0, womenBefore = 0, wivesBefore = 0;
        boolean school = false;
        for (int i = 0; i < size; i++) {
            int was = tr[i];
            if ((was & AGE) == MAX_AGE) throw new IllegalStateException("age beyond " + MAX_AGE);
            int t = tr[i] = was + 1, age = t & AGE;
            if (groomOf(t)) grooms[groomCount++] = i;
            k += fl[3 * i];
            m += fl[3 * i + 1];
            r += fl[3 * i + 2];
            upbringing += MemberSummary.Reader.UPBRINGING[t >>> SCHOOL_SHIFT];
            if (MemberSummary.earnerAge(age)) earners++;
            if (MemberSummary.schoolAge(age)) school = true;
            int childbearing = childbearingOf(t), before = childbearingOf(was);
            if (childbearing > 0) {
                women++;
                if (childbearing == 2) wives++;
            }
            if (before > 0) {
                womenBefore++;
                if (before == 2) wivesBefore++;
            }
            if (brideOf(t)) brides++;
            if (head < 0 && ((t >>> ROLE_SHIFT) & 3) == HEAD) {
                head = i;
                headAge = age;
            }
            if (age > oldestAge) {
                oldest = i;
                oldestAge = age;
            }
        }
        into.take(size, k, m, r, upbringing, earners, school, women, wives, brides, head, headAge, oldest, oldestAge);
        out.groomCount = groomCount;
        out.women = women - womenBefore;
        out.wives = wives - wivesBefore;
    }

    void marry(int i) { traits[i] |= MARRIED; }

    void setRole(int i, Person.Role role) { traits[i] = (traits[i] & ~(3 << ROLE_SHIFT)) | role.ordinal() << ROLE_SHIFT; }

    void setRussian(int i, double fluency) { this.fluency[3 * i + 2] = fluency; }

    void addSchoolYearInKazakhstan(int i) {
        if (schoolYearsInKazakhstan(i) < MAX_SCHOOL_YEARS) traits[i] += 1 << SCHOOL_SHIFT;
    }

    private static int pack(int age, boolean female, boolean married, Person.Role role, int schoolYears) {
        if (age < 0 || age > MAX_AGE) throw new IllegalArgumentException("age must be in [0, " + MAX_AGE + "], was " + age);
        if (schoolYears < 0 || schoolYears > MAX_SCHOOL_YEARS)
            throw new IllegalArgumentException("school years must be in [0, " + MAX_SCHOOL_YEARS + "], was " + schoolYears);
        return age | (female ? FEMALE : 0) | (married ? MARRIED : 0) | role.ordinal() << ROLE_SHIFT | schoolYears << SCHOOL_SHIFT;
    }
}
