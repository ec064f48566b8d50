package kosh.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A validated sweep experiment: which settings of a base scenario to vary over which ranges, by
 * which design, with how many replicates per design point, and which yearly outputs to record.
 * Only {@link ExperimentLoader} makes these, so every range lies inside what its key allows.
 *
 * @param name         the file name without {@code .yaml}; a sweep writes to {@code sweeps/<name>/}
 * @param file         where it was loaded from
 * @param description  one line saying what it is
 * @param scenario     the base scenario every design point changes
 * @param design       how design points are drawn
 * @param replicates   runs per design point, each with its own seed
 * @param parameters   the varied settings, in file order
 * @param outputs      the recorded outputs, in file order
 * @param resolved     the experiment as plain maps and lists, as a file would hold it (for experiment.yaml)
 */
public record Experiment(String name, Path file, String description, Scenario scenario, Design design, int replicates,
                         List<Parameter> parameters, List<Output> outputs, Map<String, Object> resolved) {

    public Experiment {
        parameters = List.copyOf(parameters);
        outputs = List.copyOf(outputs);
    }

    /** Design points the design has: runs are this times {@link #replicates()}. */
    public int designPoints() {
        int k = parameters.size();
        return switch (design.method()) {
            case GRID -> {
                long n = 1;
                for (Parameter p : parameters) n = Math.min(n * p.levels(), Integer.MAX_VALUE);
                yield (int) n;
            }
            case LATIN_HYPERCUBE -> design.points();
            case MORRIS -> design.trajectories() * (k + 1);
            case SOBOL -> design.baseSamples() * (k + 2);
        };
    }

    /** How design points are chosen. */
    public enum Method {
        /** Every combination of evenly spaced levels of each parameter. */
        GRID,
        /** {@code points} points, each parameter's range cut into that many strata, one point per stratum. */
        LATIN_HYPERCUBE,
        /** Morris (1991) elementary-effects screening: {@code trajectories} one-at-a-time paths over a {@code levels}-level grid. */
        MORRIS,
        /** Saltelli (2010) sampling from a Sobol sequence for first-order and total Sobol indices. */
        SOBOL;

        /** As written in a file, e.g. {@code latin_hypercube}. */
        public String key() { return name().toLowerCase(Locale.ROOT); }
    }

    /**
     * A design and its settings; a setting that does not apply to the method is 0.
     *
     * @param points       latin_hypercube: number of design points
     * @param trajectories morris: number of trajectories
     * @param levels       morris: levels of the grid (even); grid: levels of a parameter that gives none itself
     * @param baseSamples  sobol: N, the rows of each of Saltelli's matrices A and B
     * @param bootstrap    morris and sobol: bootstrap resamples for the 95% intervals (0: none)
     * @param seed         seeds the design's generator and, through {@code Seeds.replicate}, the runs
     */
    public record Design(Method method, int points, int trajectories, int levels, int baseSamples, int bootstrap, int seed) {}

    /**
     * A varied setting.
     *
     * @param key     dotted scenario key, e.g. {@code parameters.move.base}
     * @param unit    its unit
     * @param min     lowest value, within what the key allows
     * @param max     highest value, above {@code min}
     * @param levels  grid levels (grid designs only, else 0)
     * @param integer whether the key takes whole numbers only (values are then rounded)
     */
    public record Parameter(String key, String unit, double min, double max, int levels, boolean integer) {
        /** The value at share {@code u} in [0, 1] of the range, rounded for whole-number keys. */
        public double at(double u) {
            double v = min + u * (max - min);
            v = Math.max(min, Math.min(max, v));
            return integer ? Math.rint(v) : v;
        }
    }

    /** How an output combines the years of its range. */
    public enum Aggregate {
        SUM, MEAN, LAST;

        public String key() { return name().toLowerCase(Locale.ROOT); }
    }

    /**
     * A number each run yields: a column of {@code timeseries.csv} over the years {@code fromYear} to
     * {@code toYear} (inclusive), summed, averaged, or its value in {@code toYear}.
     */
    public record Output(String name, String column, int fromYear, int toYear, Aggregate aggregate) {}
}
