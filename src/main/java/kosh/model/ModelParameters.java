package kosh.model;

import java.io.Serializable;

/** Every behavioural parameter of the model, grouped by process; each has a line in {@code seeds/}. */
public record ModelParameters(MoveDecision.Weights move, ReturnDecision.Weights returns,
                              DestinationChoice.Weights destination, BelongingWeights belongingWeights,
                              BelongingDynamics.Rates belonging, LanguageLearning.Rates language,
                              Income.Parameters income, MigrationParameters migration,
                              DemographyParameters demography, DzhutParameters dzhut) implements Serializable {}
