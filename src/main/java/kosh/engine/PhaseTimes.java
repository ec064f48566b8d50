package kosh.engine;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Where a run's time went: wall-clock time spent in each phase of the monthly step (and in building
 * the first population). Every run keeps one; timing a run costs a few thousand clock reads, well
 * under a millisecond. A run resumed from a checkpoint counts the months before it too.
 */
public final class PhaseTimes implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The phases, each named for what it does. */
    public enum Phase {
        SETUP("building the starting population"),
        POLICY("policy events and quota places"),
        DEMOGRAPHY("demography (January)"),
        INTEGRATION("integration in Kazakhstan (January)"),
        WINTER("winter and herd losses (February)"),
        DECISIONS("households deciding to leave or return"),
        PROGRESS("monthly progress (documents, naturalisation)"),
        OBSERVER("observer and census");

        private final String description;

        Phase(String description) { this.description = description; }

        public String description() { return description; }
    }

    private final long[] nanos = new long[Phase.values().length];

    /** Adds {@code nanos} nanoseconds to {@code phase}. */
    void add(Phase phase, long nanos) { this.nanos[phase.ordinal()] += nanos; }

    /** Adds every phase of {@code other} to this one (to sum runs). */
    public void addAll(PhaseTimes other) {
        for (int i = 0; i < nanos.length; i++) nanos[i] += other.nanos[i];
    }

    /** Seconds spent in {@code phase}. */
    public double seconds(Phase phase) { return nanos[phase.ordinal()] / 1e9; }

    /** Seconds spent in all phases together. */
    public double totalSeconds() { return Arrays.stream(nanos).sum() / 1e9; }
}
