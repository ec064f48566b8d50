package kosh.cli;

import java.io.PrintWriter;
import kosh.experiment.ResumeListener;

/** Says what a resumed experiment takes from its interrupted attempt, then draws a bar of runs done, with time left. */
final class ResumeBar implements ResumeListener, AutoCloseable {
    private final PrintWriter err, out;
    private final String task, unit, where, piece;
    private Progress progress;

    /**
     * @param err   where the bar goes (null: none)
     * @param out   where the resume message goes (null: none)
     * @param unit  what is counted, plural (e.g. "runs")
     * @param where where the interrupted attempt's work is kept (e.g. "in the journal")
     * @param piece what an unfinished piece of it is (e.g. "line")
     */
    ResumeBar(PrintWriter err, PrintWriter out, String task, String unit, String where, String piece) {
        this.err = err;
        this.out = out;
        this.task = task;
        this.unit = unit;
        this.where = where;
        this.piece = piece;
    }

    @Override public void started(int toRun, int alreadyDone, int discarded) {
        if (out != null && (alreadyDone > 0 || discarded > 0))
            out.printf("Resuming: %d %s done %s%s, %d to run.%n", alreadyDone, unit, where,
                    discarded > 0 ? " (" + discarded + " unfinished " + piece + (discarded > 1 ? "s" : "") + " discarded, to run again)" : "",
                    toRun);
        progress = new Progress(err, task, toRun, unit);
    }

    @Override public void finished(int runsDone) {
        if (progress != null) progress.step(runsDone);
    }

    @Override public void close() {
        if (progress != null) progress.close();
    }
}
