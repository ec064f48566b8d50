package kosh.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

/** Internal faults: one line for the user, the stack trace in a log file for the developers. */
final class Faults {
    private Faults() {}

    static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String msg = root.getMessage() == null ? "" : ": " + root.getMessage().split("\n", 2)[0];
        return root.getClass().getSimpleName() + msg;
    }

    /**
     * Says that an ensemble or comparison could not be written to {@code where}, and whether the
     * replicates it finished are kept in {@code unfinished} for {@code --resume}; returns the exit status.
     */
    static int cannotWrite(PrintWriter err, String what, Path where, Path unfinished, IOException e) {
        err.println("kosh: cannot write the " + what + " to " + where + ": " + oneLine(e)
                + " (any earlier output there is unchanged" + (Files.isDirectory(unfinished)
                ? "; finished replicates are kept in " + unfinished + ": fix the cause and add --resume)" : ")"));
        return Main.FAULT;
    }

    /**
     * With --resume and no unfinished work, but the finished output there: says so rather than doing
     * all the work again (a 1,000-replicate ensemble is a quarter of an hour), and returns true.
     */
    static boolean nothingToResume(PrintWriter err, boolean resume, Path unfinished, List<Path> finished) {
        if (!resume || Files.exists(unfinished) || finished.isEmpty() || !finished.stream().allMatch(Files::isDirectory)) return false;
        err.println("kosh: nothing to resume: " + (finished.size() == 1 ? finished.get(0) + " is" : String.join(", ",
                finished.stream().map(Path::toString).toList()) + " are") + " complete\n  hint: run without --resume to do it again and replace it");
        return true;
    }

    /** Appends the fault to {@code kosh-error.log} in the system's temporary folder and returns its path. */
    static Path log(Throwable e) {
        Path log = Path.of(System.getProperty("java.io.tmpdir"), "kosh-error.log");
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        try {
            Files.writeString(log, Instant.now() + "\n" + trace + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException io) {
            return Path.of("(could not write " + log + ": " + io.getMessage() + ")");
        }
        return log;
    }
}
