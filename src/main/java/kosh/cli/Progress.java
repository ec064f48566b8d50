package kosh.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A terminal progress bar that appears only once work has taken more than a second, so quick runs
 * stay quiet. Writes to the error stream, leaving standard output for results.
 */
final class Progress implements AutoCloseable {
    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
    private final PrintWriter err;
    private final String task;
    private final long total;
    private final String unit;
    private final long started = System.nanoTime();
    private ProgressBar bar;

    /** @param err where to draw, or null for no bar */
    Progress(PrintWriter err, String task, long total, String unit) {
        this.err = err;
        this.task = task;
        this.total = total;
        this.unit = unit;
    }

    void step(long done) {
        if (err == null) return;
        if (bar == null) {
            if (System.nanoTime() - started < SHOW_AFTER_NANOS) return;
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" " + unit, 1)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).showSpeed()
                    .setConsumer(new ConsoleProgressBarConsumer(new java.io.PrintStream(new WriterStream(err), true)))
                    .build();
        }
        bar.stepTo(done);
    }

    @Override public void close() {
        if (bar != null) bar.close();
    }

    /** Lets the progress bar library, which wants a PrintStream, draw on a PrintWriter. */
    private static final class WriterStream extends java.io.OutputStream {
        private final PrintWriter w;

        WriterStream(PrintWriter w) { this.w = w; }

        @Override public void write(int b) { w.write(b); }

        @Override public void write(byte[] b, int off, int len) { w.write(new String(b, off, len, java.nio.charset.StandardCharsets.UTF_8)); }

        @Override public void flush() { w.flush(); }
    }
}
