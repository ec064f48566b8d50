package kosh.model;

import java.io.Serializable;

/**
 * Births, deaths and marriages.
 *
 * @param birthsPerWoman           total fertility: births per woman over ages 18 to 44, by year
 * @param infantDeathProbability   probability a newborn dies in its first year
 * @param gompertzA                adult death probability per year at age 0 of the Gompertz curve a·e^(b·age)
 * @param gompertzB                Gompertz growth of death probability per year of age
 * @param marriageProbability      yearly probability an unmarried man aged 20 to 34 marries
 * @param crossBorderMarriageShare share of marriages with a partner from the other country
 * @param herdShareToNewHousehold  share of a herd a son takes when he sets up his own household
 * @param cashShareToNewHousehold  share of the parents' cash a son takes when he sets up his own household
 */
public record DemographyParameters(Curve birthsPerWoman, double infantDeathProbability, double gompertzA,
                                   double gompertzB, double marriageProbability, double crossBorderMarriageShare,
                                   double herdShareToNewHousehold, double cashShareToNewHousehold) implements Serializable {

    /** Probability of dying within the year at {@code age}. */
    public double deathProbability(int age) {
        if (age == 0) return infantDeathProbability;
        return Shares.clamp(gompertzA * Math.exp(gompertzB * age));
    }

    /** Probability a woman aged 18 to 44 gives birth within the year. */
    public double birthProbability(double year) { return Shares.clamp(birthsPerWoman.at(year) / 27.0); }
}
