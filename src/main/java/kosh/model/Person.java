package kosh.model;

import java.io.Serializable;

/**
 * One member of a household, as a value: what a household is given when someone joins it, and what
 * it reports about a member. The household keeps its members packed ({@link Members}) and changes
 * them itself as people age, learn Russian, marry and change role.
 *
 * @param age                     years
 * @param female                  whether a woman
 * @param kazakhFluency           fluency in Kazakh, in [0, 1]: 0 none, 1 native-like
 * @param mongolianFluency        the same in Mongolian
 * @param russianFluency          the same in Russian
 * @param schoolYearsInKazakhstan school years spent in Kazakhstan (children schooled there grow up with their peers)
 * @param role                    place in the household
 * @param married                 whether married
 */
public record Person(int age, boolean female, double kazakhFluency, double mongolianFluency, double russianFluency,
                     int schoolYearsInKazakhstan, Role role, boolean married) implements Serializable {
    /** A person's place in the household. */
    public enum Role { HEAD, SPOUSE, CHILD, ELDER }

    public Person {
        if (age < 0) throw new IllegalArgumentException("age must be >= 0, was " + age);
        if (schoolYearsInKazakhstan < 0) throw new IllegalArgumentException("school years must be >= 0, was " + schoolYearsInKazakhstan);
        kazakhFluency = Shares.clamp(kazakhFluency);
        mongolianFluency = Shares.clamp(mongolianFluency);
        russianFluency = Shares.clamp(russianFluency);
    }

    /** A person without school years in Kazakhstan, married if head or spouse. */
    public Person(int age, boolean female, Languages languages, Role role) {
        this(age, female, languages.kazakh(), languages.mongolian(), languages.russian(), 0, role,
                role == Role.HEAD || role == Role.SPOUSE);
    }

    /** A native Kazakh speaker with some Mongolian and the given Russian (for small hand-built worlds). */
    public Person(int age, boolean female, double russianFluency, Role role) {
        this(age, female, new Languages(1, 0.5, russianFluency), role);
    }

    public Languages languages() { return new Languages(kazakhFluency, mongolianFluency, russianFluency); }
    public boolean adult() { return age >= 18; }

    /** 0 unless a woman aged 18 to 44; then 1, or 2 if married (whom fertility is scaled by). */
    int childbearing() { return childbearing(female, age, married); }

    /** The rule of {@link #childbearing()}, for members kept packed too ({@link Members#childbearing}). */
    static int childbearing(boolean female, int age, boolean married) {
        return female && age >= 18 && age <= 44 ? (married ? 2 : 1) : 0;
    }

    /** The same person, married. */
    Person marry() { return new Person(age, female, kazakhFluency, mongolianFluency, russianFluency, schoolYearsInKazakhstan, role, true); }

    /** The same person, in another role. */
    Person withRole(Role r) { return new Person(age, female, kazakhFluency, mongolianFluency, russianFluency, schoolYearsInKazakhstan, r, married); }
}
