package kosh.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** kosh's command line in another JVM, killed (as kill -9 would) once its work reaches a point: a real interruption. */
final class KilledChild {
    /** What the test waits for before the kill. */
    @FunctionalInterface
    interface Point {
        boolean reached() throws IOException;
    }

    private KilledChild() {}

    /**
     * Runs {@code kosh args} and kills it once {@code point} is reached (or it ends, or three minutes pass).
     *
     * @return what the child printed, for failure messages
     */
    static String run(Path log, Point point, String... args) throws IOException, InterruptedException {
        return run(log, point, true, args);
    }

    /**
     * The same, stopped with SIGTERM (as Ctrl-C, {@code kill} or Slurm's {@code scancel} would) unless
     * {@code forcibly} (SIGKILL, as {@code kill -9} or a crash would).
     */
    static String run(Path log, Point point, boolean forcibly, String... args) throws IOException, InterruptedException {
        String[] command = new String[4 + args.length];
        command[0] = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        command[1] = "-cp";
        command[2] = System.getProperty("java.class.path");
        command[3] = "kosh.cli.Main";
        System.arraycopy(args, 0, command, 4, args.length);
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (!point.reached() && child.isAlive() && System.nanoTime() < deadline) Thread.sleep(10);
        if (forcibly) child.destroyForcibly();
        else child.destroy();
        child.waitFor();
        return Files.readString(log);
    }
}
