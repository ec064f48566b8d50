package kosh.experiment.sweep;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import kosh.output.AtomicFiles;

/**
 * The record of finished runs that makes a sweep resumable. One header line names the experiment;
 * then one line per finished run, appended as it finishes and forced to disk:
 * {@code point,replicate,seed,output...,crc} with outputs written exactly ({@link Double#toString})
 * and the CRC-32 of the rest of the line in hex. On reading, a last line without its line end (a
 * write cut short by a kill or a full disk), a line whose check fails, and a repeat are discarded,
 * so those runs are simply done again.
 */
final class Journal implements AutoCloseable {
    static final String FILE = "journal.csv";

    /** One finished run. */
    record Entry(int point, int replicate, long seed, double[] outputs) {
        String line() {
            StringBuilder s = new StringBuilder().append(point).append(',').append(replicate).append(',').append(seed);
            for (double v : outputs) s.append(',').append(Double.toString(v));
            String check = crc(s.toString());
            return s.append(',').append(check).append('\n').toString();
        }
    }

    /** What a journal holds: its valid entries in file order, and how many lines were discarded. */
    record Contents(List<Entry> entries, int discarded) {}

    private final FileChannel channel;

    private Journal(FileChannel channel) { this.channel = channel; }

    /**
     * Reads a journal. A file without a complete header line holds nothing.
     *
     * @throws SweepException if the journal was written for another experiment, scenario or build
     */
    static Contents read(Path file, String header, Plan plan, int outputs) throws IOException, SweepException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        if (end < 0) return new Contents(List.of(), text.isEmpty() ? 0 : 1);
        if (!text.substring(0, end).equals(header))
            throw new SweepException("the journal " + file + " was written for another experiment, base scenario or build of kosh\n"
                    + "  journal: " + text.substring(0, end) + "\n  now:     " + header
                    + "\n  hint: sweep into another --out folder, or delete the journal to start this sweep afresh");
        List<Entry> entries = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        int discarded = 0;
        int start = end + 1;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) { // cut short: never finished writing
                discarded++;
                break;
            }
            Entry e = parse(text.substring(start, nl), plan, outputs);
            if (e == null || !seen.add((long) e.point * plan.replicates() + e.replicate)) discarded++;
            else entries.add(e);
            start = nl + 1;
        }
        return new Contents(entries, discarded);
    }

    private static Entry parse(String line, Plan plan, int outputs) {
        String[] f = line.split(",", -1);
        if (f.length != 4 + outputs) return null;
        if (!crc(line.substring(0, line.lastIndexOf(','))).equals(f[f.length - 1])) return null;
        try {
            int point = Integer.parseInt(f[0]), replicate = Integer.parseInt(f[1]);
            long seed = Long.parseLong(f[2]);
            if (point < 0 || point >= plan.points() || replicate < 0 || replicate >= plan.replicates() || seed != plan.seed(replicate))
                return null;
            double[] values = new double[outputs];
            for (int o = 0; o < outputs; o++) values[o] = Double.parseDouble(f[3 + o]);
            return new Entry(point, replicate, seed, values);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Writes a journal holding {@code header} and {@code entries} (atomically), then opens it for appending. */
    static Journal create(Path file, String header, List<Entry> entries) throws IOException {
        StringBuilder s = new StringBuilder(header).append('\n');
        for (Entry e : entries) s.append(e.line());
        AtomicFiles.write(file, s.toString().getBytes(StandardCharsets.UTF_8));
        return new Journal(FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND));
    }

    /** Appends one finished run and forces it to disk before returning. */
    synchronized void append(Entry e) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(e.line().getBytes(StandardCharsets.UTF_8));
        while (b.hasRemaining()) channel.write(b);
        channel.force(true);
    }

    @Override public synchronized void close() throws IOException { channel.close(); }

    private static String crc(String s) {
        CRC32 c = new CRC32();
        c.update(s.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(c.getValue());
    }
}
