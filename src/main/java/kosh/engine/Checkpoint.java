package kosh.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import kosh.scenario.Scenario;

/**
 * A paused simulation as bytes, in memory. A what-if that shares its history with the baseline up
 * to some month is resumed from the baseline's checkpoint of that month instead of being rerun
 * from 1990.
 *
 * <p>This is MASON's checkpointing ({@link sim.engine.SimState#writeToCheckpoint}: Java
 * serialisation of the whole SimState, with its pre- and post-checkpoint hooks) without the gzip
 * layer: for a checkpoint that never leaves memory, compressing it took longer (about 2.5 s for the
 * baseline in 2012) than writing it (0.6 s), to save 14 of 24 MB.
 *
 * <p>Reading goes through a filter that admits only the simulation's own classes, MASON's and the
 * JDK's collections, so a checkpoint cannot name arbitrary classes to build.
 */
public final class Checkpoint {
    private static final ObjectInputFilter ALLOWED = ObjectInputFilter.Config.createFilter(
            "kosh.**;sim.**;ec.util.*;java.lang.*;java.lang.invoke.SerializedLambda;java.util.*;java.time.*;[*;!*");

    private final byte[] bytes;
    private final long tick;
    /** The scenario the simulation ran under (not in the bytes: a simulation is saved without it). */
    private final Scenario scenario;

    private Checkpoint(byte[] bytes, long tick, Scenario scenario) {
        this.bytes = bytes;
        this.tick = tick;
        this.scenario = scenario;
    }

    /** Checkpoints {@code sim} as it stands between two months. */
    public static Checkpoint of(KoshSim sim) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 24);
        sim.preCheckpoint();
        try (ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(sim);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // memory streams do not fail
        } finally {
            sim.postCheckpoint();
        }
        return new Checkpoint(out.toByteArray(), sim.monthsDone(), sim.scenario());
    }

    /** The number of months the checkpointed simulation had run. */
    public long monthsDone() { return tick; }

    /** The size, in bytes. */
    public int size() { return bytes.length; }

    /**
     * A fresh simulation restored from this checkpoint, going on under {@code scenario}, which must
     * agree with the checkpointed scenario up to this month (see {@link Branching}).
     *
     * @throws IllegalArgumentException if it does not: its run would not be the one it names
     */
    public KoshSim resume(Scenario scenario) {
        long shared = Branching.sharedMonths(this.scenario, scenario);
        if (shared < tick)
            throw new IllegalArgumentException("scenario " + scenario.name() + " shares " + shared + " months with "
                    + this.scenario.name() + ", whose checkpoint is of month " + tick + ": it must be run from an earlier one");
        try (ObjectInputStream objects = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            objects.setObjectInputFilter(ALLOWED);
            KoshSim sim = (KoshSim) objects.readObject();
            sim.awakeFromCheckpoint();
            sim.continueAs(scenario);
            return sim;
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot restore a checkpoint kosh wrote itself: " + e, e);
        }
    }
}
