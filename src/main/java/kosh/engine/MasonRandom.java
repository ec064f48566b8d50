package kosh.engine;

import ec.util.MersenneTwisterFast;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.random.RandomGenerator;

/**
 * The simulation's one seeded stream, seen through Java's {@link RandomGenerator} so that the model
 * does not depend on MASON. It takes over the state of MASON's generator and goes on with exactly the
 * numbers {@link MersenneTwisterFast} would have drawn (the same Mersenne Twister, MT19937, and the
 * same ways of turning its words into doubles, bounded ints, booleans and Gaussians; a test checks
 * them draw for draw).
 *
 * <p>Why not call MASON's generator itself: each of its draws carries the twist of the whole state
 * inline, which makes it too large for the JIT to inline into the model's loops; here the twist is a
 * method of its own and a draw is a few instructions. A run draws about 13 million numbers, and
 * this made one about 5% faster (docs/PERFORMANCE.md). MASON's generator is not used again once this one
 * has taken over, and this one is checkpointed with the simulation.
 */
final class MasonRandom implements RandomGenerator, Serializable {
    private static final long serialVersionUID = 2L;
    private static final int N = 624, M = 397;
    private static final int MATRIX_A = 0x9908b0df, UPPER_MASK = 0x80000000, LOWER_MASK = 0x7fffffff;
    private static final int TEMPERING_MASK_B = 0x9d2c5680, TEMPERING_MASK_C = 0xefc60000;
    private static final double TWO_TO_53 = 1L << 53;

    private final int[] mt = new int[N];
    /** The state's words tempered, made in bulk by {@link #twist} (a loop the JIT can vectorise): the next draw is {@code tempered[mti]}. */
    private final int[] tempered = new int[N];
    private int mti;
    private double nextNextGaussian;
    private boolean haveNextNextGaussian;

    /** Takes over {@code mason}'s stream: the next draw here is the one {@code mason} would have made. */
    MasonRandom(MersenneTwisterFast mason) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4 * N + 32);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            mason.writeState(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // memory streams do not fail
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (int i = 0; i < N; i++) mt[i] = in.readInt();
            int mag0 = in.readInt(), mag1 = in.readInt();
            if (mag0 != 0 || mag1 != MATRIX_A) throw new IllegalStateException("not MASON's Mersenne Twister state");
            mti = in.readInt();
            for (int i = 0; i < N; i++) tempered[i] = temper(mt[i]);
            nextNextGaussian = in.readDouble();
            haveNextNextGaussian = in.readBoolean();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A generator seeded from all 64 bits of {@code seed} (MASON's own setter keeps only 32). */
    static MersenneTwisterFast seeded(long seed) {
        return new MersenneTwisterFast(new int[] {(int) seed, (int) (seed >>> 32), 0x6b6f7368});
    }

    /** The next tempered 32-bit word of MT19937. */
    private int next32() {
        if (mti >= N) twist();
        return tempered[mti++];
    }

    private static int temper(int y) {
        y ^= y >>> 11;
        y ^= (y << 7) & TEMPERING_MASK_B;
        y ^= (y << 15) & TEMPERING_MASK_C;
        return y ^ (y >>> 18);
    }

    /**
     * Generates the next N words of state at once, and their tempered values. The matrix is applied
     * without a branch ({@code -(y & 1) & MATRIX_A} is 0 or MATRIX_A) so that the loops vectorise.
     */
    private void twist() {
        int[] mt = this.mt;
        int kk;
        for (kk = 0; kk < N - M; kk++) {
            int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        }
        for (; kk < N - 1; kk++) {
            int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        }
        int y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        int[] out = tempered;
        for (int i = 0; i < N; i++) out[i] = temper(mt[i]);
        mti = 0;
    }

    @Override public int nextInt() { return next32(); }

    @Override public long nextLong() {
        int y = next32(), z = next32();
        return (((long) y) << 32) + (long) z;
    }

    /** 53 random bits in [0, 1), as MASON makes them from two words. */
    @Override public double nextDouble() {
        int y, z;
        if (mti <= N - 2) { // both words at hand: one check instead of two
            y = tempered[mti];
            z = tempered[mti + 1];
            mti += 2;
        } else {
            y = next32();
            z = next32();
        }
        return ((((long) (y >>> 6)) << 27) + (z >>> 5)) / TWO_TO_53;
    }

    @Override public boolean nextBoolean() { return (next32() >>> 31) != 0; }

    /** Uniform in [0, bound), by MASON's rule: a multiply for powers of two, rejection otherwise. */
    @Override public int nextInt(int bound) {
        if (bound <= 0) throw new IllegalArgumentException("bound must be positive, got: " + bound);
        if ((bound & -bound) == bound) return (int) ((bound * (long) (next32() >>> 1)) >> 31);
        int bits, val;
        do {
            bits = next32() >>> 1;
            val = bits % bound;
        } while (bits - val + (bound - 1) < 0);
        return val;
    }

    /** The polar method, in pairs, with StrictMath as MASON uses it. */
    @Override public double nextGaussian() {
        if (haveNextNextGaussian) {
            haveNextNextGaussian = false;
            return nextNextGaussian;
        }
        double v1, v2, s;
        do {
            v1 = 2 * nextDouble() - 1;
            v2 = 2 * nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1 || s == 0);
        double multiplier = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        nextNextGaussian = v2 * multiplier;
        haveNextNextGaussian = true;
        return v1 * multiplier;
    }
}
