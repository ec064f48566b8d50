package kosh.model;

/** One member of a household. Mutable: people age, learn Russian and change role. */
public final class Person {
    /** A person's place in the household. */
    public enum Role { HEAD, SPOUSE, CHILD, ELDER }

    private int age;
    private final boolean female;
    private double russianFluency;
    private int schoolYearsInKazakhstan;
    private Role role;
    private boolean married;

    public Person(int age, boolean female, double russianFluency, Role role) {
        if (age < 0) throw new IllegalArgumentException("age must be >= 0, was " + age);
        this.age = age;
        this.female = female;
        this.russianFluency = Shares.clamp(russianFluency);
        this.role = role;
        this.married = role == Role.HEAD || role == Role.SPOUSE;
    }

    public int age() { return age; }
    public boolean female() { return female; }
    /** Russian fluency, a share in [0, 1]: 0 none, 1 native-like. */
    public double russianFluency() { return russianFluency; }
    /** School years spent in Kazakhstan: children schooled there grow up with their peers. */
    public int schoolYearsInKazakhstan() { return schoolYearsInKazakhstan; }
    public Role role() { return role; }
    public boolean adult() { return age >= 18; }
    public boolean married() { return married; }

    void birthday() { age++; }
    void setRussianFluency(double fluency) { russianFluency = Shares.clamp(fluency); }
    void addSchoolYearInKazakhstan() { schoolYearsInKazakhstan++; }
    void setRole(Role role) { this.role = role; }
    void marry() { married = true; }
}
