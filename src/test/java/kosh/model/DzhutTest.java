package kosh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A household's loss in a dzhut winter: a share in [0, 1] that scales with the winter's severity. */
class DzhutTest {
    static final double[] SEVERITIES = {0, 0.05, 0.1, 0.2, 0.33, 0.5, 0.8, 1};
    static final double[] DRAWS = {0, 0.1, 0.5, 0.9, Math.nextDown(1.0)};
    static final double[] SPREADS = {0, 0.5, 0.8, 1};

    @Test
    void lossShareStaysInTheUnitInterval() {
        for (double severity : SEVERITIES)
            for (double draw : DRAWS)
                for (double spread : SPREADS) {
                    double loss = Dzhut.householdLossShare(severity, draw, spread);
                    assertTrue(loss >= 0 && loss <= 1, "severity " + severity + ", draw " + draw + ", spread " + spread + ": " + loss);
                }
        assertEquals(1.0, Dzhut.householdLossShare(1, Math.nextDown(1.0), 0.8), "a total winter at the unlucky end is capped at 1");
    }

    @Test
    void lossScalesWithSeverity() {
        double spread = Baseline.parameters().dzhut().lossSpread();
        for (double draw : DRAWS) {
            assertEquals(0.0, Dzhut.householdLossShare(0, draw, spread), "no dzhut, no loss");
            double previous = -1;
            for (double severity : SEVERITIES) {
                double loss = Dzhut.householdLossShare(severity, draw, spread);
                assertTrue(loss >= previous, "non-decreasing in severity");
                previous = loss;
            }
            // Below the cap the loss is proportional to severity.
            assertEquals(2 * Dzhut.householdLossShare(0.1, draw, spread), Dzhut.householdLossShare(0.2, draw, spread), 1e-12);
        }
        assertTrue(Dzhut.householdLossShare(0.3, 0.5, spread) > Dzhut.householdLossShare(0.1, 0.5, spread));
    }

    @Test
    void theMiddleDrawLosesTheWintersMean() {
        assertEquals(0.2, Dzhut.householdLossShare(0.2, 0.5, 0.8), 1e-12);
        assertEquals(0.2, Dzhut.householdLossShare(0.2, 0.9, 0), 1e-12, "no spread: everyone loses the mean");
    }

    @Test
    void meanLossOverHouseholdsIsTheSeverity() {
        // 100,000 seeded uniform draws; one loss has sd 0.2 * 0.8 * 2 / sqrt(12) = 0.092, so the standard
        // error of the mean is 0.0003 and the tolerance of 0.002 is about 7 standard errors.
        SplittableRandom rng = new SplittableRandom(2010);
        double sum = 0;
        int n = 100_000;
        for (int i = 0; i < n; i++) sum += Dzhut.householdLossShare(0.2, rng.nextDouble(), 0.8);
        assertEquals(0.2, sum / n, 0.002);
    }
}
