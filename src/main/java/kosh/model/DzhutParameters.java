package kosh.model;

import java.io.Serializable;

/**
 * Winter shocks beyond those a scenario pins to a date.
 *
 * @param lossSpread            how unequal households' losses are: factors from 1 − spread to 1 + spread
 * @param randomFromYear        first year random dzhut winters may occur
 * @param randomAnnualProbability chance of a dzhut winter in a year from then on
 * @param randomMeanLossShare   mean share of livestock lost in a random dzhut
 * @param herdGrowthPerYear     natural growth of herds in a normal year, share
 * @param herdCapSheepUnits     largest herd a household can manage, sheep units
 */
public record DzhutParameters(double lossSpread, int randomFromYear, double randomAnnualProbability,
                              double randomMeanLossShare, double herdGrowthPerYear, double herdCapSheepUnits) implements Serializable {}
