package kosh.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import kosh.scenario.Scenario;

/**
 * A paused simulation as bytes, written with MASON's own checkpointing
 * ({@link sim.engine.SimState#writeToCheckpoint}). A what-if that shares its history with the
 * baseline up to some month is resumed from the baseline's checkpoint of that month instead of
 * being rerun from 1990.
 *
 * <p>Reading goes through a filter that admits only the simulation's own classes, MASON's and the
 * JDK's collections, so a checkpoint cannot name arbitrary classes to build.
 */
public final class Checkpoint {
    private static final ObjectInputFilter ALLOWED = ObjectInputFilter.Config.createFilter(
            "kosh.**;sim.**;ec.util.*;java.lang.*;java.lang.invoke.SerializedLambda;java.util.*;java.time.*;[*;!*");

    private final byte[] bytes;
    private final long tick;

    private Checkpoint(byte[] bytes, long tick) {
        this.bytes = bytes;
        this.tick = tick;
    }

    /** Checkpoints {@code sim} as it stands between two months. */
    public static Checkpoint of(KoshSim sim) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try {
            sim.writeToCheckpoint(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // memory streams do not fail
        }
        return new Checkpoint(out.toByteArray(), sim.monthsDone());
    }

    /** The number of months the checkpointed simulation had run. */
    public long monthsDone() { return tick; }

    /** The compressed size, in bytes. */
    public int size() { return bytes.length; }

    /**
     * A fresh simulation restored from this checkpoint, going on under {@code scenario}, which must
     * agree with the checkpointed scenario up to this month (see {@link Branching}).
     */
    public KoshSim resume(Scenario scenario) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes));
             ObjectInputStream objects = new ObjectInputStream(in)) {
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
