package kosh.engine;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import kosh.scenario.Scenario;

/** Runs one scenario with one seed to the end and hands back its tables. */
public final class Runner {
    private Runner() {}

    /** What a finished run produced. */
    public record Result(Scenario scenario, long seed, Table timeseries, Table monthly, Table belonging,
                         Table transitions, Table events) {
        public List<Table> tables() { return List.of(timeseries, monthly, belonging, events, transitions); }
    }

    /**
     * @param progress told the number of months done after each month (may be null)
     */
    public static Result run(Scenario scenario, long seed, IntConsumer progress) {
        KoshSim sim = new KoshSim(scenario, seed);
        sim.start();
        return finish(sim, progress);
    }

    /**
     * Runs {@code scenario} to the end, checkpointing it on the way after each of the given numbers
     * of months (0 and the full length included), so that what-ifs can branch off it. Each
     * checkpoint is handed over while the run waits, so the receiver may resume what-ifs from it at
     * once and let it go.
     */
    public static Result run(Scenario scenario, long seed, Collection<Long> checkpointAfter,
                             BiConsumer<Long, Checkpoint> checkpoints) {
        KoshSim sim = new KoshSim(scenario, seed);
        sim.start();
        Set<Long> at = Set.copyOf(checkpointAfter);
        for (long m = 0, months = sim.months(); m <= months; m++) {
            if (at.contains(m)) checkpoints.accept(m, Checkpoint.of(sim));
            if (m < months) sim.schedule.step(sim);
        }
        return finish(sim, null);
    }

    /** Runs the first {@code months} months of {@code scenario} and checkpoints the simulation there. */
    public static Checkpoint runTo(Scenario scenario, long seed, long months) {
        KoshSim sim = new KoshSim(scenario, seed);
        sim.start();
        if (months < 0 || months > sim.months())
            throw new IllegalArgumentException("cannot stop at month " + months + " of " + sim.months());
        for (long m = 0; m < months; m++) sim.schedule.step(sim);
        return Checkpoint.of(sim);
    }

    /**
     * Finishes a run from {@code checkpoint} under {@code scenario}. The result is the one a full run of
     * {@code scenario} with the checkpoint's seed gives, provided the two scenarios agree up to the
     * checkpoint (see {@link Branching#divergence}).
     */
    public static Result resume(Checkpoint checkpoint, Scenario scenario, IntConsumer progress) {
        return finish(checkpoint.resume(scenario), progress);
    }

    private static Result finish(KoshSim sim, IntConsumer progress) {
        int months = sim.months();
        for (long m = sim.monthsDone(); m < months; m++) {
            sim.schedule.step(sim);
            if (progress != null) progress.accept((int) m + 1);
        }
        sim.finish();
        Recorder r = sim.recorder();
        return new Result(sim.scenario(), sim.masterSeed(), r.yearly(), r.monthly(), r.belonging(), r.transitions(),
                r.events());
    }
}
