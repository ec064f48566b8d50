package kosh.model;

/** One member of a household. Mutable: people age, learn Russian and change role. */
public final class Person {
    /** A person's place in the household. */
    public enum Role { HEAD, SPOUSE, CHILD, ELDER }

    private int age;
    private final boolean female;
    private Languages languages;
    private int schoolYearsInKazakhstan;
    private Role role;
    private boolean married;

    public Person(int age, boolean female, Languages languages, Role role) {
        if (age < 0) throw new IllegalArgumentException("age must be >= 0, was " + age);
        this.age = age;
        this.female = female;
        this.languages = languages;
        this.role = role;
        this.married = role == Role.HEAD || role == Role.SPOUSE;
    }

    /** A native Kazakh speaker with some Mongolian and the given Russian (for small hand-built worlds). */
    public Person(int age, boolean female, double russianFluency, Role role) {
        this(age, female, new Languages(1, 0.5, russianFluency), role);
    }

    public int age() { return age; }
    public boolean female() { return female; }
    public Languages languages() { return languages; }
    /** Russian fluency, a share in [0, 1]: 0 none, 1 native-like. */
    public double russianFluency() { return languages.russian(); }
    /** School years spent in Kazakhstan: children schooled there grow up with their peers. */
    public int schoolYearsInKazakhstan() { return schoolYearsInKazakhstan; }
    public Role role() { return role; }
    public boolean adult() { return age >= 18; }
    public boolean married() { return married; }

    void birthday() { age++; }
    void setRussianFluency(double fluency) { languages = languages.withRussian(fluency); }
    void addSchoolYearInKazakhstan() { schoolYearsInKazakhstan++; }
    void setRole(Role role) { this.role = role; }
    void marry() { married = true; }
}
