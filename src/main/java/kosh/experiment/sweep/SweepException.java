package kosh.experiment.sweep;

/** A sweep that cannot go on as asked, for a reason the user can fix; the message says how. */
public final class SweepException extends Exception {
    public SweepException(String message) { super(message); }

    /** The same, found by a run on a worker thread, which cannot throw a checked exception: its cause is the SweepException. */
    public static final class InRun extends RuntimeException {
        InRun(SweepException cause) { super(cause.getMessage(), cause); }
    }
}
