package kosh.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import kosh.engine.Table;
import org.junit.jupiter.api.Test;

class EffectsTest {
    @Test
    void pairedTIntervalMatchesTheTables() {
        // Differences 1, 2, 3, 6: mean 3, sd sqrt(14/3), t(0.975, 3) = 3.182446.
        Effect e = Effects.effect("x", "persons", new double[] {10, 10, 10, 10}, new double[] {11, 12, 13, 16});
        double half = 3.182446305284263 * Math.sqrt(14.0 / 3) / 2;
        assertEquals(10, e.baselineMean(), 1e-12);
        assertEquals(13, e.whatifMean(), 1e-12);
        assertEquals(3, e.differenceMean(), 1e-12);
        assertEquals(3 - half, e.ci95Low(), 1e-9);
        assertEquals(3 + half, e.ci95High(), 1e-9);
        assertEquals(4, e.n());
    }

    @Test
    void pairingRemovesWhatTheReplicatesShare() {
        // The same shift in every pair gives a zero-width interval, however different the replicates are.
        Effect e = Effects.effect("x", "persons", new double[] {100, 5000, 20}, new double[] {107, 5007, 27});
        assertEquals(7, e.ci95Low(), 1e-9);
        assertEquals(7, e.ci95High(), 1e-9);
    }

    @Test
    void oneReplicateHasNoIntervalAndSaysSo() {
        Effect e = Effects.effect("x", "persons", new double[] {10}, new double[] {14});
        assertFalse(e.hasInterval());
        assertTrue(Double.isNaN(e.ci95Low()) && Double.isNaN(e.ci95High()));
        String md = Effects.markdown("w", "b", 1, List.of(e));
        assertTrue(md.contains("none (n = 1)") && md.contains("no interval"), md);
    }

    @Test
    void outcomesSumFlowsOverPeriodsAndReadStocksInYears() {
        YearlyEnsemble b = new YearlyEnsemble(), w = new YearlyEnsemble();
        for (int i = 0; i < 2; i++) {
            b.add(YearlyValues.of(run(1 + i)));
            w.add(YearlyValues.of(run(3 + i)));
        }
        List<Effect> effects = Effects.of(b, w, List.of(new Period(2011, 2012), new Period(2013, 2013)), List.of(2012));
        assertEquals(List.of("emigrants_persons_2011-2012", "emigrants_persons_2013", "returnees_persons_2011-2012",
                "returnees_persons_2013", "citizens_kz_2012", "stateless_2012", "dual_citizens_2012", "kazakhs_in_mongolia_2012",
                "belonging_mean_2012"), effects.stream().map(Effect::outcome).toList());
        Effect em = effects.get(0); // emigrants = scale * year index (1, 2): sums 3 * scale
        assertEquals(3 * 1.5, em.baselineMean(), 1e-12);
        assertEquals(3 * 3.5, em.whatifMean(), 1e-12);
        assertEquals(6, em.differenceMean(), 1e-12);
        Effect bel = effects.get(8);
        assertEquals("score [0,1]", bel.unit());
        assertEquals(0.5, bel.baselineMean(), 1e-12);
        Table t = Effects.table(effects);
        assertEquals(List.of("outcome", "unit", "baseline_mean", "whatif_mean", "difference_mean", "difference_ci95_low",
                "difference_ci95_high", "n"), t.columns());
        assertEquals(9, t.rows().size());
    }

    @Test
    void periodsAreReadAndChecked() {
        assertEquals(new Period(2012, 2014), Period.parse("2012-2014"));
        assertEquals(new Period(2020, 2020), Period.parse("2020"));
        assertEquals("2012-2014", Period.parse(" 2012-2014 ").toString());
        for (String bad : new String[] {"2014-2012", "2012to2014", "12-14", ""})
            assertThrows(IllegalArgumentException.class, () -> Period.parse(bad), bad);
    }

    @Test
    void defaultPeriodsAreCutToTheSimulatedYears() {
        assertEquals(List.of(new Period(1991, 2011), new Period(2012, 2014), new Period(2015, 2030)),
                Comparison.defaultPeriods(1990, 2030));
        assertEquals(List.of(new Period(1991, 2011), new Period(2012, 2013)), Comparison.defaultPeriods(1990, 2013));
        assertEquals(2020, Comparison.defaultYear(2030));
        assertEquals(2013, Comparison.defaultYear(2013));
    }

    /** Two years of a run whose numbers scale with {@code scale}. */
    private static Table run(double scale) {
        List<String> cols = new ArrayList<>(List.of("year"));
        cols.addAll(Effects.PERIOD_METRICS);
        cols.addAll(Effects.YEAR_METRICS);
        Table t = new Table("timeseries", cols);
        for (int y = 2011; y <= 2013; y++) {
            List<Object> row = new ArrayList<>(List.of(y));
            for (int c = 1; c < cols.size(); c++) row.add(cols.get(c).equals("belonging_mean") ? 0.5 : scale * (y - 2010));
            t.add(row.toArray());
        }
        return t;
    }
}
