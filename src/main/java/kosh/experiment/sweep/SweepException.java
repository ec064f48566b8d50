package kosh.experiment.sweep;

/** A sweep that cannot go on as asked, for a reason the user can fix; the message says how. */
public final class SweepException extends Exception {
    public SweepException(String message) { super(message); }
}
