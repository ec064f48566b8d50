package kosh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts decisions take must never change an outcome: the table bounds of the logistic and
 * of the logarithm hold the functions as computed (and are not far from them), and the return
 * decision's first bound is never below its probability.
 */
class BoundsTest {

    @Test
    void theTableBoundOfTheLogisticIsNeverBelowItAndAtMostTwoStepsAbove() {
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 200_000; i++) {
            // Random log-odds, and the table's grid points with their nearest neighbours, where rounding could bite.
            double grid = Math.rint(r.nextDouble(-41, 41) * 32) / 32;
            double x = switch (i % 4) {
                case 0 -> r.nextDouble(-45, 45);
                case 1 -> grid;
                case 2 -> Math.nextUp(grid);
                default -> Math.nextDown(grid);
            };
            double bound = Bounds.logisticAtMost(x), p = Shares.logistic(x);
            assertTrue(bound >= p, () -> "bound " + bound + " below " + p + " at " + x);
            assertTrue(bound <= Shares.logistic(x + 3 / 32.0) || x < -39, () -> "bound " + bound + " loose at " + x);
        }
        assertEquals(1, Bounds.logisticAtMost(Double.NaN));
        assertEquals(1, Bounds.logisticAtMost(Double.POSITIVE_INFINITY));
        assertTrue(Bounds.logisticAtMost(Double.NEGATIVE_INFINITY) >= 0);
        assertTrue(Bounds.logisticAtMost(-1000) >= Shares.logistic(-1000));
    }

    @Test
    void theTableBoundsOfTheLogarithmHoldItBetweenThemWithin1Over64() {
        SplittableRandom r = new SplittableRandom(13);
        for (int i = 0; i < 200_000; i++) {
            // Incomes as decisions meet them, any positive double, and sixty-fourths with their neighbours.
            double step = Math.scalb(1 + Math.floor(r.nextDouble(64)) / 64, r.nextInt(-30, 30));
            double x = switch (i % 5) {
                case 0 -> r.nextDouble(1e-3, 50);
                case 1 -> Math.exp(r.nextDouble(-700, 700));
                case 2 -> step;
                case 3 -> Math.nextUp(step);
                default -> Math.nextDown(step);
            };
            double log = Math.log(x), below = Bounds.logAtLeast(x), above = Bounds.logAtMost(x);
            assertTrue(below <= log && log <= above, () -> below + " <= " + log + " <= " + above + " fails at " + x);
            assertTrue(log - below < 1 / 64.0 && above - log < 1 / 64.0, () -> "loose at " + x);
        }
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE}) {
            assertTrue(Double.isNaN(Bounds.logAtLeast(bad)), "no bound at " + bad);
            assertTrue(Double.isNaN(Bounds.logAtMost(bad)), "no bound at " + bad);
        }
    }

    @Test
    void theReturnsFirstBoundIsNeverBelowTheProbability() {
        SplittableRandom r = new SplittableRandom(5);
        for (ReturnDecision.Weights w : new ReturnDecision.Weights[] {Baseline.parameters().returns(), DecisionDirectionTest.HAND_RETURN,
                new ReturnDecision.Weights(-2, -1, 0.2, -0.2, 0.5, 1, 1, 0.8, -0.3, -0.5, -0.05)}) {
            for (int i = 0; i < 100_000; i++) {
                double here = r.nextDouble(1e-3, 20), home = r.nextDouble(1e-3, 20);
                ReturnDecision.Situation exact = new ReturnDecision.Situation(r.nextDouble(), r.nextInt(0, 30), r.nextInt(0, 30),
                        r.nextInt(18, 95), r.nextBoolean(), r.nextDouble(), Math.log(here) - Math.log(home), r.nextInt(0, 3) * 30,
                        r.nextBoolean(), r.nextInt(0, 30), i % 10 == 0);
                ReturnDecision.Situation bound = exact.withIncomeLogRatio(ReturnDecision.incomeLogRatioTowardsReturning(here, home, w));
                assertTrue(ReturnDecision.annualProbabilityAtMost(bound, w) >= ReturnDecision.annualProbability(exact, w),
                        () -> exact + " with weights " + w);
            }
        }
    }
}
