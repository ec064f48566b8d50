package kosh.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kosh.engine.BookkeepingRunTest;
import kosh.engine.KoshSim;
import org.junit.jupiter.api.Test;

/**
 * The December observer audits the bookkeeping every fifth year and in the last, not every year:
 * a drift that appears in between is still caught, at the next audit.
 */
class ObserverAuditTest {
    @Test
    void aDriftIsCaughtAtTheNextAuditYear() throws Exception {
        KoshSim sim = new KoshSim(BookkeepingRunTest.small(), 5);
        sim.start();
        for (int m = 0; m < 12; m++) sim.schedule.step(sim); // through December 1990, an audit year
        sim.world().register().childbearingChanged(0, 1); // one woman of childbearing age too many
        // December 1991 to 1994: no audit, the run goes on.
        assertDoesNotThrow(() -> { for (int m = 12; m < 60; m++) sim.schedule.step(sim); });
        for (int m = 60; m < 71; m++) sim.schedule.step(sim); // January to November 1995
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> sim.schedule.step(sim));
        assertTrue(e.getMessage().contains("women aged 18-44"), e.getMessage());
    }
}
