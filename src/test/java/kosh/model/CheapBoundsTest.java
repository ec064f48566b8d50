package kosh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts decisions take must never change an outcome: the logistic's table bound is never
 * below the logistic as computed (and not far above it), and a return decided through it falls
 * exactly as one decided on the probability itself.
 */
class CheapBoundsTest {

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
            double bound = Shares.logisticAtMost(x), p = Shares.logistic(x);
            assertTrue(bound >= p, () -> "bound " + bound + " below " + p + " at " + x);
            assertTrue(bound <= Shares.logistic(x + 3 / 32.0) || x < -39, () -> "bound " + bound + " loose at " + x);
        }
        assertEquals(1, Shares.logisticAtMost(Double.NaN));
        assertEquals(1, Shares.logisticAtMost(Double.POSITIVE_INFINITY));
        assertTrue(Shares.logisticAtMost(Double.NEGATIVE_INFINITY) >= 0);
        assertTrue(Shares.logisticAtMost(-1000) >= Shares.logistic(-1000));
    }

    @Test
    void aReturnDecidedThroughTheBoundFallsAsOneDecidedOnTheProbability() {
        SplittableRandom r = new SplittableRandom(5);
        for (ReturnDecision.Weights w : new ReturnDecision.Weights[] {Baseline.parameters().returns(), DecisionDirectionTest.HAND_RETURN}) {
            int below = 0;
            for (int i = 0; i < 100_000; i++) {
                ReturnDecision.Situation s = new ReturnDecision.Situation(r.nextDouble(), r.nextInt(0, 30), r.nextInt(0, 30),
                        r.nextInt(18, 95), r.nextBoolean(), r.nextDouble(), r.nextDouble(-3, 3), r.nextInt(0, 3) * 30,
                        r.nextBoolean(), r.nextInt(0, 30), i % 10 == 0);
                // Draws spread over [0, 1), and draws just below and at the probability itself.
                double p = ReturnDecision.annualProbability(s, w);
                double draw = switch (i % 3) {
                    case 0 -> r.nextDouble();
                    case 1 -> Math.max(0, Math.nextDown(p));
                    default -> p;
                };
                boolean exact = draw < p;
                assertEquals(exact, ReturnDecision.drawBelowProbability(draw, s, w), () -> s + " draw " + draw);
                if (exact) below++;
            }
            assertTrue(below > 1000, "the draws also fall below the probability, not only above it: " + below);
        }
    }
}
