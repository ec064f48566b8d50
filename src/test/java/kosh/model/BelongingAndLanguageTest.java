package kosh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Directions of belonging and of learning Russian: missing Russian hurts belonging where Russian is
 * spoken (less in the Kazakh-speaking south), lower belonging makes a return more likely, children
 * learn faster than adults and everyone learns slower among repatriates. Baseline and hand-made
 * parameters alike.
 */
class BelongingAndLanguageTest {
    static final double NONE = 0.0, FLUENT = 0.9;

    static final BelongingDynamics.Rates HAND_RATES = new BelongingDynamics.Rates(0.7, 0.3, 0.3, 0.6, 0.4, 0.3, 0.3, 0.15);
    static final BelongingWeights HAND_WEIGHTS = new BelongingWeights(1, 2, 0.5, 0.5, 1);
    static final LanguageLearning.Rates HAND_LANGUAGE = new LanguageLearning.Rates(0.4, 0.1, 0.03, 0.3);

    /** Belonging's rates and weights with the return weights that read the total. */
    record Set(String name, BelongingDynamics.Rates rates, BelongingWeights weights, ReturnDecision.Weights returns) {
        @Override public String toString() { return name; }
    }

    static Stream<Set> belongingSets() {
        ModelParameters p = Baseline.parameters();
        return Stream.of(new Set("baseline", p.belonging(), p.belongingWeights(), p.returns()),
                new Set("hand-made", HAND_RATES, HAND_WEIGHTS, DecisionDirectionTest.HAND_RETURN));
    }

    static Stream<Arguments> languageRates() {
        return Stream.of(Arguments.of("baseline", Baseline.parameters().language()), Arguments.of("hand-made", HAND_LANGUAGE));
    }

    static final double NORTH = Baseline.place(RegionType.NORTH).russianShare();
    static final double SOUTH = Baseline.place(RegionType.SOUTH).russianShare();

    /** Only fluency and the region's Russian share vary; urbanity, press and settlement are fixed. */
    private static BelongingDynamics.Situation situation(double fluency, double russianShare) {
        return new BelongingDynamics.Situation(fluency, russianShare * (1 - fluency), 0, 0.5, 0.4, 0.2, SettlementType.MIXED_URBAN);
    }

    private static Belonging after(int years, double fluency, double russianShare, BelongingDynamics.Rates r) {
        BelongingDynamics.Situation s = situation(fluency, russianShare);
        Belonging b = BelongingDynamics.onArrival(s, r);
        for (int i = 0; i < years; i++) b = BelongingDynamics.nextYear(b, s, r);
        return b;
    }

    private static double returnProbability(double belonging, ReturnDecision.Weights w) {
        return ReturnDecision.annualProbability(new ReturnDecision.Situation(belonging, 3, 2, 45, false, 0.2, 0.2, 0, false, 3, false), w);
    }

    // ------------------------------------------------------------------ belonging

    @ParameterizedTest(name = "{0}")
    @MethodSource("belongingSets")
    void noRussianInARussianSpeakingRegionLowersBelonging(Set set) {
        for (int years : new int[] {0, 1, 5}) {
            Belonging none = after(years, NONE, NORTH, set.rates()), fluent = after(years, FLUENT, NORTH, set.rates());
            assertTrue(none.linguistic() < fluent.linguistic(), "linguistic after " + years + " years");
            assertTrue(none.total(set.weights()) < fluent.total(set.weights()), "total after " + years + " years");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("belongingSets")
    void lowerBelongingFromMissingRussianMakesAReturnMoreLikely(Set set) {
        double none = after(3, NONE, NORTH, set.rates()).total(set.weights());
        double fluent = after(3, FLUENT, NORTH, set.rates()).total(set.weights());
        assertTrue(returnProbability(none, set.returns()) > returnProbability(fluent, set.returns()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("belongingSets")
    void aKazakhSpeakingRegionHurtsLessThanARussianOne(Set set) {
        assertTrue(SOUTH < NORTH, "the baseline's south should be less Russian than its north");
        for (int years : new int[] {0, 5}) {
            Belonging noneSouth = after(years, NONE, SOUTH, set.rates()), noneNorth = after(years, NONE, NORTH, set.rates());
            assertTrue(noneSouth.linguistic() > noneNorth.linguistic());
            assertTrue(noneSouth.total(set.weights()) > noneNorth.total(set.weights()));
            double gapSouth = after(years, FLUENT, SOUTH, set.rates()).total(set.weights()) - noneSouth.total(set.weights());
            double gapNorth = after(years, FLUENT, NORTH, set.rates()).total(set.weights()) - noneNorth.total(set.weights());
            assertTrue(gapSouth < gapNorth, "the cost of no Russian: south " + gapSouth + ", north " + gapNorth);
        }
        // Where no Russian is spoken at all, missing it costs nothing linguistically.
        assertEquals(1.0, after(0, NONE, 0, set.rates()).linguistic());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("belongingSets")
    void aHostilePressLowersBelongingOverTheYears(Set set) {
        Belonging calm = after(0, NONE, NORTH, set.rates()), hostile = calm;
        BelongingDynamics.Situation calmYear = situation(NONE, NORTH);
        BelongingDynamics.Situation hostileYear = new BelongingDynamics.Situation(NONE, NORTH * (1 - NONE), 0, 0.5, 0.4, 0.9,
                SettlementType.MIXED_URBAN);
        for (int i = 0; i < 5; i++) {
            calm = BelongingDynamics.nextYear(calm, calmYear, set.rates());
            hostile = BelongingDynamics.nextYear(hostile, hostileYear, set.rates());
        }
        assertTrue(hostile.ethnic() < calm.ethnic());
        assertTrue(hostile.acceptance() < calm.acceptance());
        assertTrue(hostile.total(set.weights()) < calm.total(set.weights()));
    }

    // ------------------------------------------------------------------ language

    private static double gain(int age, double russianShare, SettlementType st, LanguageLearning.Rates r) {
        double start = 0.05;
        return LanguageLearning.nextFluency(start, age, russianShare, st, r) - start;
    }

    @ParameterizedTest(name = "{0} rates")
    @MethodSource("languageRates")
    void childrenLearnRussianFasterThanAdults(String name, LanguageLearning.Rates r) {
        double child = gain(10, NORTH, SettlementType.MIXED_URBAN, r);
        double adult = gain(30, NORTH, SettlementType.MIXED_URBAN, r);
        double elder = gain(60, NORTH, SettlementType.MIXED_URBAN, r);
        assertTrue(child > adult && adult > elder, "child " + child + ", adult " + adult + ", elder " + elder);
        assertTrue(gain(17, NORTH, SettlementType.MIXED_URBAN, r) > gain(18, NORTH, SettlementType.MIXED_URBAN, r), "18 is adult");
    }

    @ParameterizedTest(name = "{0} rates")
    @MethodSource("languageRates")
    void learningIsSlowerInClusters(String name, LanguageLearning.Rates r) {
        for (int age : new int[] {10, 30, 60}) {
            double mixed = gain(age, NORTH, SettlementType.MIXED_URBAN, r);
            assertEquals(mixed, gain(age, NORTH, SettlementType.MIXED_RURAL, r), 1e-15);
            assertTrue(gain(age, NORTH, SettlementType.CLUSTER, r) < mixed, "cluster at age " + age);
            assertTrue(gain(age, NORTH, SettlementType.NEW_DISTRICT, r) < mixed, "new district at age " + age);
        }
    }

    @ParameterizedTest(name = "{0} rates")
    @MethodSource("languageRates")
    void moreRussianAroundMeansFasterLearning(String name, LanguageLearning.Rates r) {
        assertEquals(0.0, gain(10, 0, SettlementType.MIXED_URBAN, r));
        assertTrue(gain(10, SOUTH, SettlementType.MIXED_URBAN, r) < gain(10, NORTH, SettlementType.MIXED_URBAN, r));
    }

    @Test
    void fluencyStaysInTheUnitIntervalAndNeverFalls() {
        LanguageLearning.Rates extreme = new LanguageLearning.Rates(1, 1, 1, 1);
        for (LanguageLearning.Rates r : new LanguageLearning.Rates[] {Baseline.parameters().language(), HAND_LANGUAGE, extreme})
            for (double f : new double[] {0, 0.3, 0.99, 1})
                for (int age : new int[] {0, 17, 18, 49, 50, 90})
                    for (SettlementType st : SettlementType.values()) {
                        double next = LanguageLearning.nextFluency(f, age, 1, st, r);
                        assertTrue(next >= f && next <= 1, f + " -> " + next);
                    }
    }
}
