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
    int childbearing(int i) {
        int t = traits[i];
        return Person.childbearing((t & FEMALE) != 0, t & AGE, (t & MARRIED) != 0);
    }

    /** An unmarried daughter aged 18 to 32. */
    boolean bride(int i) {
        int age = age(i);
        return female(i) && !married(i) && role(i) == Person.Role.CHILD && age >= 18 && age <= 32;
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

    /** Member {@code i} turns a year older; returns the new age. */
    int birthday(int i) {
        int t = traits[i];
        if ((t & AGE) == MAX_AGE) throw new IllegalStateException("age beyond " + MAX_AGE);
        traits[i] = ++t;
        return t & AGE;
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
