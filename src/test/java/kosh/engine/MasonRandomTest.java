package kosh.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ec.util.MersenneTwisterFast;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MasonRandomTest {
    /** Mixed draws of every kind, many times past a twist of the state, compared with MASON's own. */
    @Test
    void drawsExactlyWhatMasonsGeneratorWould() {
        for (long seed : new long[] {1, 2, 42, -7, 0x1234_5678_9abcL}) {
            MersenneTwisterFast mason = MasonRandom.seeded(seed);
            MasonRandom ours = new MasonRandom(MasonRandom.seeded(seed));
            SplittableRandom which = new SplittableRandom(seed);
            for (int i = 0; i < 20_000; i++) {
                String at = "seed " + seed + ", draw " + i;
                switch (which.nextInt(7)) {
                    case 0 -> assertEquals(mason.nextDouble(), ours.nextDouble(), at);
                    case 1 -> assertEquals(mason.nextInt(), ours.nextInt(), at);
                    case 2 -> {
                        int bound = 1 + which.nextInt(1_000_000);
                        assertEquals(mason.nextInt(bound), ours.nextInt(bound), at + ", bound " + bound);
                    }
                    case 3 -> {
                        int bound = 1 << which.nextInt(31);
                        assertEquals(mason.nextInt(bound), ours.nextInt(bound), at + ", bound " + bound);
                    }
                    case 4 -> assertEquals(mason.nextBoolean(), ours.nextBoolean(), at);
                    case 5 -> assertEquals(mason.nextGaussian(), ours.nextGaussian(), at);
                    default -> assertEquals(mason.nextLong(), ours.nextLong(), at);
                }
            }
        }
    }

    @Test
    void takesOverMidStreamIncludingAPendingGaussian() {
        MersenneTwisterFast mason = MasonRandom.seeded(9);
        for (int i = 0; i < 1000; i++) mason.nextDouble();
        mason.nextGaussian(); // leaves the second of a pair waiting
        MersenneTwisterFast copy = (MersenneTwisterFast) mason.clone();
        MasonRandom ours = new MasonRandom(mason);
        for (int i = 0; i < 2000; i++) {
            assertEquals(copy.nextGaussian(), ours.nextGaussian());
            assertEquals(copy.nextDouble(), ours.nextDouble());
        }
    }

    @Test
    void goesOnWithTheSameStreamAfterSerialisation() throws Exception {
        MasonRandom ours = new MasonRandom(MasonRandom.seeded(3));
        for (int i = 0; i < 700; i++) ours.nextDouble();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(ours);
        }
        MasonRandom restored;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            restored = (MasonRandom) in.readObject();
        }
        for (int i = 0; i < 1500; i++) assertEquals(ours.nextDouble(), restored.nextDouble());
    }

    @Test
    void refusesABoundThatIsNotPositive() {
        MasonRandom ours = new MasonRandom(MasonRandom.seeded(1));
        assertThrows(IllegalArgumentException.class, () -> ours.nextInt(0));
    }
}
