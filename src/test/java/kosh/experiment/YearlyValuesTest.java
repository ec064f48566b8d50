package kosh.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import kosh.engine.Table;
import kosh.output.CsvFiles;
import org.junit.jupiter.api.Test;

/** A replicate's yearly numbers read back from its timeseries.csv, as a resumed ensemble reads them. */
class YearlyValuesTest {
    @Test
    void parsingTheWrittenTableGivesItsNumbersAsWrittenAndSkipsTextColumns() throws IOException {
        Table t = new Table("timeseries", List.of("year", "persons", "share", "note", "missing"));
        t.add(1990, 123000L, 1.0 / 3, "start", Double.NaN);
        t.add(1991, 123456L, 0.25, "next", 2.5);
        YearlyValues v = YearlyValues.parse(CsvFiles.format(t));
        assertEquals(List.of("persons", "share", "missing"), v.metrics(), "the text column is no metric");
        assertEquals(1990, v.year(0));
        assertEquals(1991, v.year(1));
        assertEquals(123456, v.get(v.metricIndex("persons"), 1));
        assertEquals(0.333333, v.get(v.metricIndex("share"), 0), 0.0, "six decimals, as the file holds it");
        assertTrue(Double.isNaN(v.get(v.metricIndex("missing"), 0)), "an empty cell is NaN");
        assertEquals(2.5, v.get(v.metricIndex("missing"), 1));
        assertTrue(v.sameShape(YearlyValues.of(t)));
    }

    @Test
    void textThatIsNoYearlyTableIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> YearlyValues.parse("persons\n1\n"));
        assertThrows(IllegalArgumentException.class, () -> YearlyValues.parse("year,persons\n1990,1\n1991\n"));
    }
}
