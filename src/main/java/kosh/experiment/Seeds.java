package kosh.experiment;

/**
 * The seed of each replicate, derived from the master seed and the replicate's number so that any
 * replicate can be rerun alone with {@code kosh run --seed}. The rule: replicate {@code i} (counting
 * from 0) gets {@code mix(master + (i + 1) * 0x9E3779B97F4A7C15)}, where {@code mix} is the
 * SplitMix64 finaliser (Steele, Lea and Flood 2014, as in {@link java.util.SplittableRandom}); the
 * result is made non-negative so that it reads the same on a command line.
 */
public final class Seeds {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private Seeds() {}

    /** Seed of replicate {@code replicate} (0-based) of an experiment with master seed {@code master}. */
    public static long replicate(long master, int replicate) {
        if (replicate < 0) throw new IllegalArgumentException("replicate must be >= 0, was " + replicate);
        long z = master + (replicate + 1L) * GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & Long.MAX_VALUE;
    }
}
