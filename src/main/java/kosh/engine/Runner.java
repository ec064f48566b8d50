package kosh.engine;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import kosh.scenario.Scenario;

/** Runs one scenario with one seed to the end and hands back its tables. */
public final class Runner {
    private Runner() {}

    /** What a finished run produced, and where its time went (which is not part of its output). */
    public record Result(Scenario scenario, long seed, Table timeseries, Table monthly, Table belonging,
                         Table transitions, Table events, PhaseTimes phaseTimes) {
        public List<Table> tables() { return List.of(timeseries, monthly, belonging, events, transitions); }
    }

    /**
     * @param progress told the number of months done after each month (may be null)
     */
    public static Result run(Scenario scenario, long seed, IntConsumer progress) {
        return finish(started(scenario, seed), progress);
    }

    /**
     * Runs {@code scenario} to the end, checkpointing it on the way after each of the given numbers
     * of months (0 and the full length included), so that what-ifs can branch off it. Each
     * checkpoint is handed over while the run waits, so the receiver may resume what-ifs from it at
     * once and let it go.
     */
    public static Result run(Scenario scenario, long seed, Collection<Long> checkpointAfter,
                             BiConsumer<Long, Checkpoint> checkpoints) {
        KoshSim sim = started(scenario, seed);
        for (long months : new TreeSet<>(checkpointAfter)) {
            stepTo(sim, months);
            checkpoints.accept(months, Checkpoint.of(sim));
        }
        return finish(sim, null);
    }

    /** Runs the first {@code months} months of {@code scenario} and checkpoints the simulation there. */
    public static Checkpoint runTo(Scenario scenario, long seed, long months) {
        KoshSim sim = started(scenario, seed);
        stepTo(sim, months);
        return Checkpoint.of(sim);
    }

    /**
     * Finishes a run from {@code checkpoint} under {@code scenario}. The result is the one a full run of
     * {@code scenario} with the checkpoint's seed gives, provided the two scenarios agree up to the
     * checkpoint (see {@link Branching#sharedMonths}).
     */
    public static Result resume(Checkpoint checkpoint, Scenario scenario, IntConsumer progress) {
        return finish(checkpoint.resume(scenario), progress);
    }

    private static KoshSim started(Scenario scenario, long seed) {
        KoshSim sim = new KoshSim(scenario, seed);
        sim.start();
        return sim;
    }

    /** Steps {@code sim} on until it has run {@code months} months in all. */
    private static void stepTo(KoshSim sim, long months) {
        if (months < sim.monthsDone() || months > sim.months())
            throw new IllegalArgumentException("cannot stop at month " + months + " of " + sim.months());
        while (sim.monthsDone() < months) sim.schedule.step(sim);
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
                r.events(), sim.phaseTimes());
    }
}
