package kosh.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kosh.engine.Table;
import org.junit.jupiter.api.Test;

class SummaryTest {
    @Test
    void percentilesFollowRType7AndSdDividesByNMinusOne() {
        // 1..10: R's quantile(1:10, c(.05, .25, .5, .75, .95)) gives 1.45, 3.25, 5.5, 7.75, 9.55; sd(1:10) = 3.02765.
        Summary s = Summary.of(new double[] {7, 3, 10, 1, 5, 2, 9, 4, 8, 6});
        assertEquals(10, s.n());
        assertEquals(5.5, s.mean(), 1e-12);
        assertEquals(Math.sqrt(110.0 / 12), s.sd(), 1e-12);
        assertEquals(5.5, s.median(), 1e-12);
        assertEquals(1.45, s.p5(), 1e-12);
        assertEquals(3.25, s.p25(), 1e-12);
        assertEquals(7.75, s.p75(), 1e-12);
        assertEquals(9.55, s.p95(), 1e-12);
    }

    @Test
    void oneValueHasNoSdAndEveryPercentileIsThatValue() {
        Summary s = Summary.of(new double[] {42});
        assertTrue(Double.isNaN(s.sd()));
        for (double p : new double[] {s.mean(), s.median(), s.p5(), s.p25(), s.p75(), s.p95()}) assertEquals(42, p);
    }

    @Test
    void orderOfTheValuesDoesNotMatter() {
        assertEquals(Summary.of(new double[] {0.1, 0.7, 0.2, 1e6}), Summary.of(new double[] {1e6, 0.2, 0.7, 0.1}));
    }

    @Test
    void noValuesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Summary.of(new double[0]));
    }

    @Test
    void ensembleSummaryHasOneRowPerMetricAndYearAndPairsDifferences() {
        YearlyEnsemble base = new YearlyEnsemble(), whatif = new YearlyEnsemble();
        for (int i = 0; i < 3; i++) {
            base.add(YearlyValues.of(table(i, 10 * i)));
            whatif.add(YearlyValues.of(table(i + 5, 10 * i + 1)));
        }
        Table s = base.summary("summary");
        assertEquals(YearlyEnsemble.SUMMARY_COLUMNS, s.columns());
        assertEquals(List.of("metric", "year", "n", "mean", "sd", "median", "p5", "p25", "p75", "p95"), s.columns());
        assertEquals(4, s.rows().size()); // 2 metrics x 2 years; the text column is left out
        assertEquals("a", s.rows().get(0)[0]);
        assertEquals(2001, s.rows().get(1)[1]);
        Table d = whatif.minus(base).summary("difference");
        for (Object[] r : d.rows()) {
            double expected = r[0].equals("a") ? 5 : 1;
            assertEquals(expected, (double) r[3], 1e-12, r[0] + " " + r[1]);
            assertEquals(0.0, (double) r[4], 1e-12);
        }
    }

    private static Table table(double a, double b) {
        Table t = new Table("timeseries", List.of("year", "a", "label", "b"));
        t.add(2000, a, "x", b);
        t.add(2001, a + 1, "y", (long) b + 2);
        return t;
    }
}
