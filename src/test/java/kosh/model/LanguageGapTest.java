package kosh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The three languages: where each is spoken decides how much lacking it costs. */
class LanguageGapTest {
    static final Place ULAANBAATAR = new Place(RegionType.ULAANBAATAR, "UB", 0.08, 0.85, 0.9, 1.3, 1.3);
    static final Place RURAL_BAYAN_ULGII = new Place(RegionType.BAYAN_ULGII_RURAL, "soum", 0.01, 0.05, 0.1, 0.7, 0.7);
    static final Place NORTH = new Place(RegionType.NORTH, "north", 0.8, 0, 0.45, 0.95, 0.9);
    static final Place SOUTH = new Place(RegionType.SOUTH, "south", 0.25, 0, 0.4, 0.8, 0.8);
    static final Languages KAZAKH_ONLY = new Languages(1, 0, 0);
    static final Languages TRILINGUAL = new Languages(1, 1, 1);

    @Test
    void aKazakhSpeakerWithoutMongolianLacksMoreInUlaanbaatarThanInTheSoums() {
        assertTrue(ULAANBAATAR.languageGap(KAZAKH_ONLY) > 0.9);
        assertTrue(RURAL_BAYAN_ULGII.languageGap(KAZAKH_ONLY) < 0.1);
    }

    @Test
    void aKazakhSpeakerWithoutRussianLacksMoreInTheNorthThanInTheSouth() {
        assertEquals(0.8, NORTH.languageGap(KAZAKH_ONLY), 1e-12);
        assertEquals(0.25, SOUTH.languageGap(KAZAKH_ONLY), 1e-12);
    }

    @Test
    void someoneSpeakingAllThreeLacksNothingAnywhere() {
        for (Place p : new Place[] {ULAANBAATAR, RURAL_BAYAN_ULGII, NORTH, SOUTH}) assertEquals(0, p.languageGap(TRILINGUAL), 1e-12);
    }

    @Test
    void languageSharesCannotExceedTheWholeOfDailyLife() {
        assertThrows(IllegalArgumentException.class, () -> new Place(RegionType.KHOVD, "x", 0.5, 0.6, 0.4, 1, 1));
    }

    @Test
    void missingMongolianLowersPayInUlaanbaatar() {
        Map<Occupation, Double> factors = new EnumMap<>(Occupation.class);
        for (Occupation o : Occupation.values()) factors.put(o, 1.0);
        Income.Parameters p = new Income.Parameters(factors, 0.5, 0.4, 0.3);
        Economy.Conditions e = new Economy.Conditions(100, 300, 80, 200, 0.1, 0.05, 6);
        double without = Income.real(new Income.Profile(Occupation.TEACHER, 0, 2, KAZAKH_ONLY), ULAANBAATAR, e, p);
        double with = Income.real(new Income.Profile(Occupation.TEACHER, 0, 2, new Languages(1, 1, 0)), ULAANBAATAR, e, p);
        assertTrue(with > 1.5 * without, with + " vs " + without);
    }
}
