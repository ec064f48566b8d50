package kosh.model;

import java.io.Serializable;

/** One member of a household. Mutable: people age, learn Russian and change role. */
public final class Person implements Serializable {
    /** A person's place in the household. */
    public enum Role { HEAD, SPOUSE, CHILD, ELDER }

    private int age;
    private final boolean female;
    /** Fluency in Kazakh, Mongolian and Russian, each in [0, 1] (kept apart rather than as a record: one object less per person). */
    private final double kazakh, mongolian;
    private double russian;
    private int schoolYearsInKazakhstan;
    private Role role;
    private boolean married;
    /** The household this person lives in, told of every change so that it can refresh what it reads off its members. */
    private Household household;

    public Person(int age, boolean female, Languages languages, Role role) {
        if (age < 0) throw new IllegalArgumentException("age must be >= 0, was " + age);
        this.age = age;
        this.female = female;
        this.kazakh = languages.kazakh();
        this.mongolian = languages.mongolian();
        this.russian = languages.russian();
        this.role = role;
        this.married = role == Role.HEAD || role == Role.SPOUSE;
    }

    /** A native Kazakh speaker with some Mongolian and the given Russian (for small hand-built worlds). */
    public Person(int age, boolean female, double russianFluency, Role role) {
        this(age, female, new Languages(1, 0.5, russianFluency), role);
    }

    public int age() { return age; }
    public boolean female() { return female; }
    public Languages languages() { return new Languages(kazakh, mongolian, russian); }
    public double kazakhFluency() { return kazakh; }
    public double mongolianFluency() { return mongolian; }
    /** Russian fluency, a share in [0, 1]: 0 none, 1 native-like. */
    public double russianFluency() { return russian; }
    /** School years spent in Kazakhstan: children schooled there grow up with their peers. */
    public int schoolYearsInKazakhstan() { return schoolYearsInKazakhstan; }
    public Role role() { return role; }
    public boolean adult() { return age >= 18; }
    public boolean married() { return married; }

    void birthday() {
        int before = childbearing();
        age++;
        changed(before);
    }
    void setRussianFluency(double fluency) { russian = Shares.clamp(fluency); changed(); }
    void addSchoolYearInKazakhstan() { schoolYearsInKazakhstan++; changed(); }
    void setRole(Role role) { this.role = role; changed(); }
    void marry() {
        int before = childbearing();
        married = true;
        changed(before);
    }

    /** 0 unless a woman aged 18 to 44; then 1, or 2 if married (whom fertility is scaled by). */
    int childbearing() { return female && age >= 18 && age <= 44 ? (married ? 2 : 1) : 0; }

    /** Joins {@code h} (null: leaves a household). */
    void livesIn(Household h) { household = h; }

    private void changed() { if (household != null) household.membersChanged(); }

    private void changed(int childbearingBefore) {
        if (household != null) household.memberChanged(childbearingBefore, childbearing());
    }
}
