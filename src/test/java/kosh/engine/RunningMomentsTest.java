package kosh.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.junit.jupiter.api.Test;

/** {@link RunningMoments} gives Commons Math's storeless mean and standard deviation to the last bit. */
class RunningMomentsTest {
    @Test
    void sameBitsAsCommonsMath() {
        SplittableRandom r = new SplittableRandom(11);
        for (int n : new int[] {1, 2, 3, 10, 1000, 50_000}) {
            RunningMoments m = new RunningMoments();
            Mean mean = new Mean();
            StandardDeviation sd = new StandardDeviation();
            for (int i = 0; i < n; i++) {
                double v = i % 7 == 0 ? r.nextDouble() : 0.3 + 0.01 * r.nextGaussian();
                m.add(v);
                mean.increment(v);
                sd.increment(v);
            }
            assertEquals(n, m.n());
            assertEquals(Double.doubleToLongBits(mean.getResult()), Double.doubleToLongBits(m.mean()), "mean of " + n);
            double expected = n > 1 ? sd.getResult() : 0.0;
            assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(m.sd()), "sd of " + n);
        }
    }

    @Test
    void noValuesHaveNoMean() {
        assertEquals(Double.NaN, new RunningMoments().mean());
        assertEquals(0.0, new RunningMoments().sd());
    }
}
