package kosh.experiment.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kosh.experiment.Seeds;
import kosh.scenario.Experiment;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * An experiment's design points, in the unit cube and as parameter values, and the seed of every
 * run. Everything here follows from the experiment file alone: the design's generator is a
 * Mersenne Twister seeded with {@code {design seed, 1}}, the bootstrap of output {@code o} one
 * seeded with {@code {design seed, 2, o}}; Sobol points come from the unscrambled sequence.
 */
public final class Plan {
    /** How run seeds are made, as experiment.yaml states it. */
    public static final String SEED_RULE = "replicate r (from 0) of every design point runs with seed Seeds.replicate(master seed, r), "
            + "the master seed being the seed of the design: SplitMix64 output r+1 of it, sign bit cleared (kosh.experiment.Seeds). All points share the seeds "
            + "(common random numbers), so differences between points come from the parameters, not from the random draws";

    private final Experiment experiment;
    private final double[][] unit;
    private final double[][] values;

    private Plan(Experiment experiment, double[][] unit) {
        this.experiment = experiment;
        this.unit = unit;
        List<Experiment.Parameter> ps = experiment.parameters();
        this.values = new double[unit.length][ps.size()];
        for (int p = 0; p < unit.length; p++)
            for (int i = 0; i < ps.size(); i++) values[p][i] = ps.get(i).at(unit[p][i]);
    }

    public static Plan of(Experiment e) {
        Experiment.Design d = e.design();
        int k = e.parameters().size();
        RandomGenerator rng = new MersenneTwister(new int[] {d.seed(), 1});
        double[][] unit = switch (d.method()) {
            case GRID -> Grid.points(e.parameters().stream().mapToInt(Experiment.Parameter::levels).toArray());
            case LATIN_HYPERCUBE -> LatinHypercube.points(d.points(), k, rng);
            case MORRIS -> Morris.points(d.trajectories(), k, d.levels(), rng);
            case SOBOL -> Saltelli.points(d.baseSamples(), k);
        };
        if (unit.length != e.designPoints())
            throw new IllegalStateException("design has " + unit.length + " points, expected " + e.designPoints());
        return new Plan(e, unit);
    }

    public Experiment experiment() { return experiment; }
    public int points() { return unit.length; }
    public int replicates() { return experiment.replicates(); }
    public int runs() { return unit.length * experiment.replicates(); }

    /** The seed of replicate {@code r} at any point (see {@link #SEED_RULE}). */
    public long seed(int replicate) { return Seeds.replicate(experiment.design().seed(), replicate); }

    /** Parameter values of a point, in the experiment's order. */
    public double[] values(int point) { return values[point].clone(); }

    /** The scenario overrides of a point: whole numbers for whole-number keys. */
    public Map<String, Object> overrides(int point) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Experiment.Parameter> ps = experiment.parameters();
        for (int i = 0; i < ps.size(); i++)
            out.put(ps.get(i).key(), ps.get(i).integer() ? (Object) (int) values[point][i] : (Object) values[point][i]);
        return out;
    }

    /**
     * Morris or Sobol indices of one output from its replicate-averaged value at each point; empty
     * for grid and latin hypercube designs.
     */
    public List<Index> indices(int output, double[] meanByPoint) {
        Experiment.Design d = experiment.design();
        int k = experiment.parameters().size();
        RandomGenerator rng = new MersenneTwister(new int[] {d.seed(), 2, output});
        return switch (d.method()) {
            case MORRIS -> Morris.indices(unit, meanByPoint, k, d.bootstrap(), rng);
            case SOBOL -> Saltelli.indices(meanByPoint, d.baseSamples(), k, d.bootstrap(), rng);
            default -> new ArrayList<>();
        };
    }

    /** How the design's points are ordered, for experiment.yaml. */
    public String order() {
        int k = experiment.parameters().size();
        return switch (experiment.design().method()) {
            case GRID -> "every combination of levels, the first parameter changing slowest";
            case LATIN_HYPERCUBE -> "one point per stratum of each parameter's range (McKay et al. 1979)";
            case MORRIS -> experiment.design().trajectories() + " trajectories of " + (k + 1) + " points each, one parameter moving by "
                    + Morris.delta(experiment.design().levels()) + " of its range per step (Morris 1991)";
            case SOBOL -> "Saltelli (2010): points 0-" + (experiment.design().baseSamples() - 1) + " are matrix A, then B, then AB_1 .. AB_" + k
                    + ", " + experiment.design().baseSamples() + " points each";
        };
    }
}
