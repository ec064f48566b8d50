package kosh.model;

import java.io.Serializable;
import java.util.Arrays;
import java.util.random.RandomGenerator;

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

    /** What a member's year (see {@link #liveYear}) changed besides the ages; reused household to household. */
    static final class Year implements Serializable {
        /** Indices of the unmarried men aged 20 to 34 after their birthday, in member order. */
        int[] grooms = new int[8];
        int groomCount;
        /** Women and wives aged 18 to 44 gained minus lost by the deaths and birthdays. */
        int women, wives;
        /** Members who died, and whether the head was one of them. */
        int deaths;
        boolean headDied;
        /** Surviving wives aged 18 to 44 before their birthday: each may give birth this year. */
        int mothers;
    }

    /**
     * A year for every member, in member order, in one pass over the arrays: the member dies with
     * the probability of its age ({@code deathByAge}, or {@code beyondTable} past its end; one draw
     * per member) or lives on a year older. The survivors close up and are read into {@code into}
     * as {@link MemberSummary.Reader#add} reads them one by one; the rest goes to {@code out}. One
     * loop with the sums in local variables: this pass over every member of every household is the
     * largest part of demography.
     */
    void liveYear(RandomGenerator rng, double[] deathByAge, DemographyParameters beyondTable, MemberSummary.Reader into, Year out) {
        if (out.grooms.length < size) out.grooms = new int[2 * size];
        int[] tr = traits, grooms = out.grooms;
        double[] fl = fluency;
        double k = 0, m = 0, r = 0, upbringing = 0;
        int earners = 0, women = 0, wives = 0, brides = 0, head = -1, headAge = -1, oldest = -1, oldestAge = -1;
        int groomCount = 0, womenBefore = 0, wivesBefore = 0, mothers = 0, alive = 0;
        boolean school = false, headDied = false;
        for (int i = 0; i < size; i++) {
            int was = tr[i], before = childbearingOf(was), ageWas = was & AGE;
            if (before > 0) {
                womenBefore++;
                if (before == 2) wivesBefore++;
            }
            double death = ageWas < deathByAge.length ? deathByAge[ageWas] : beyondTable.deathProbability(ageWas);
            if (rng.nextDouble() < death) {
                headDied |= ((was >>> ROLE_SHIFT) & 3) == HEAD;
                continue;
            }
            if (before == 2) mothers++;
            if (ageWas == MAX_AGE) throw new IllegalStateException("age beyond " + MAX_AGE);
            int j = alive++, t = tr[j] = was + 1, age = ageWas + 1;
            if (j != i) {
                fl[3 * j] = fl[3 * i];
                fl[3 * j + 1] = fl[3 * i + 1];
                fl[3 * j + 2] = fl[3 * i + 2];
            }
            if (groomOf(t)) grooms[groomCount++] = j;
            k += fl[3 * j];
            m += fl[3 * j + 1];
            r += fl[3 * j + 2];
            upbringing += MemberSummary.Reader.UPBRINGING[t >>> SCHOOL_SHIFT];
            if (MemberSummary.earnerAge(age)) earners++;
            if (MemberSummary.schoolAge(age)) school = true;
            int childbearing = childbearingOf(t);
            if (childbearing > 0) {
                women++;
                if (childbearing == 2) wives++;
            }
            if (brideOf(t)) brides++;
            if (head < 0 && ((t >>> ROLE_SHIFT) & 3) == HEAD) {
                head = j;
                headAge = age;
            }
            if (age > oldestAge) {
                oldest = j;
                oldestAge = age;
            }
        }
        out.deaths = size - alive;
        size = alive;
        into.take(alive, k, m, r, upbringing, earners, school, women, wives, brides, head, headAge, oldest, oldestAge);
        out.groomCount = groomCount;
        out.women = women - womenBefore;
        out.wives = wives - wivesBefore;
        out.headDied = headDied;
        out.mothers = mothers;
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
