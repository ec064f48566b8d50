package kosh.experiment.sweep;

/**
 * One sensitivity statistic of one parameter for one output, with its bootstrap 95% interval
 * (NaN when there is none).
 *
 * @param parameter the parameter's position in the experiment (0-based)
 * @param statistic {@code mu_star}, {@code sigma}, {@code S1} or {@code ST}
 */
public record Index(int parameter, String statistic, double value, double ciLow, double ciHigh) {}
