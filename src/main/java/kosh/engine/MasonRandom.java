package kosh.engine;

import ec.util.MersenneTwisterFast;
import java.util.random.RandomGenerator;

/**
 * MASON's generator seen through Java's {@link RandomGenerator}, so that the model draws every
 * random number from the simulation's one seeded stream without depending on MASON.
 */
final class MasonRandom implements RandomGenerator {
    private final MersenneTwisterFast mt;

    MasonRandom(MersenneTwisterFast mt) { this.mt = mt; }

    /** A generator seeded from all 64 bits of {@code seed} (MASON's own setter keeps only 32). */
    static MersenneTwisterFast seeded(long seed) {
        return new MersenneTwisterFast(new int[] {(int) seed, (int) (seed >>> 32), 0x6b6f7368});
    }

    @Override public long nextLong() { return mt.nextLong(); }
    @Override public int nextInt() { return mt.nextInt(); }
    @Override public int nextInt(int bound) { return mt.nextInt(bound); }
    @Override public double nextDouble() { return mt.nextDouble(); }
    @Override public boolean nextBoolean() { return mt.nextBoolean(); }
    @Override public double nextGaussian() { return mt.nextGaussian(); }
}
