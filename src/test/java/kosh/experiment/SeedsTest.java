package kosh.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedsTest {
    @Test
    void theRuleIsSplitMix64SoPublishedSeedsStayValid() {
        // Replicate i of master m is the (i+1)-th output of SplitMix64 started at m, sign bit cleared.
        for (long master : new long[] {0, 1, 42, -7}) {
            java.util.SplittableRandom sm = new java.util.SplittableRandom(master);
            for (int i = 0; i < 5; i++) assertEquals(sm.nextLong() & Long.MAX_VALUE, Seeds.replicate(master, i));
        }
        assertEquals(0x6220a8397b1dcdafL, Seeds.replicate(0, 0));
    }

    @Test
    void replicatesGetDistinctNonNegativeSeeds() {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            long s = Seeds.replicate(42, i);
            assertTrue(s >= 0);
            assertTrue(seen.add(s), "replicate " + i);
        }
    }

    @Test
    void differentMasterSeedsGiveDifferentReplicateSeeds() {
        assertTrue(Seeds.replicate(1, 0) != Seeds.replicate(2, 0));
    }
}
