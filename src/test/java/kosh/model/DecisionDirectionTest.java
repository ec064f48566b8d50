package kosh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjDoubleConsumer;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The direction of each driver of the move, return and destination decisions: one driver moves
 * through a range of values, everything else stays at a middling household's values, and the
 * probability must rise (or fall) strictly at every step. Each runs with the baseline's weights and
 * with a hand-made set of the same signs.
 */
class DecisionDirectionTest {

    // ------------------------------------------------------------------ weights

    static final MoveDecision.Weights HAND_MOVE = new MoveDecision.Weights(
            -2.0, 0.5, 1.0, 0.8, -0.3, 2.0, -1.0, -2.0, 0.5, 0.5, -1.0);
    static final ReturnDecision.Weights HAND_RETURN = new ReturnDecision.Weights(
            -3.0, -2.0, 0.3, -0.3, 0.5, 1.5, 2.0, -1.0, -0.5, -0.5, -0.1);
    static final DestinationChoice.Weights HAND_DESTINATION = new DestinationChoice.Weights(2.0, 0.5, -1.0, 1.0);

    static Stream<Arguments> moveWeights() {
        return Stream.of(Arguments.of("baseline", Baseline.parameters().move()), Arguments.of("hand-made", HAND_MOVE));
    }

    static Stream<Arguments> returnWeights() {
        return Stream.of(Arguments.of("baseline", Baseline.parameters().returns()), Arguments.of("hand-made", HAND_RETURN));
    }

    static Stream<Arguments> destinationWeights() {
        return Stream.of(Arguments.of("baseline", Baseline.parameters().destination()), Arguments.of("hand-made", HAND_DESTINATION));
    }

    // ------------------------------------------------------------------ situations

    /** A middling household in Mongolia; tests change one field. */
    static final class Move {
        double netBenefitUsd = 500, incomeLogRatio = 0.3, herdLostShare = 0, pressHostility = 0.2, affordability = 0.8;
        int kinInKazakhstan = 1, kinInMongolia = 5, headAge = 45;
        boolean schoolChildren = true, returnedBefore = false;

        MoveDecision.Situation situation() {
            return new MoveDecision.Situation(netBenefitUsd, incomeLogRatio, kinInKazakhstan, kinInMongolia, herdLostShare,
                    headAge, pressHostility, schoolChildren, affordability, returnedBefore);
        }
    }

    /** A middling household in Kazakhstan; tests change one field. */
    static final class Return {
        double belonging = 0.5, pressHostility = 0.2, incomeLogRatio = 0.2, statelessMonths = 0;
        int kinInMongolia = 3, kinInKazakhstan = 2, headAge = 45, yearsInKazakhstan = 3;
        boolean contractEnded = false, benefitsDue = false, boundToHouse = false;

        ReturnDecision.Situation situation() {
            return new ReturnDecision.Situation(belonging, kinInMongolia, kinInKazakhstan, headAge, contractEnded,
                    pressHostility, incomeLogRatio, statelessMonths, benefitsDue, yearsInKazakhstan, boundToHouse);
        }
    }

    private static double move(MoveDecision.Weights w, ObjDoubleConsumer<Move> set, double value) {
        Move m = new Move();
        set.accept(m, value);
        return MoveDecision.annualProbability(m.situation(), w);
    }

    private static double back(ReturnDecision.Weights w, ObjDoubleConsumer<Return> set, double value) {
        Return r = new Return();
        set.accept(r, value);
        return ReturnDecision.annualProbability(r.situation(), w);
    }

    /** Asserts {@code p} rises (sign +1) or falls (sign −1) strictly over {@code values}, staying in (0, 1). */
    private static void assertMonotone(String what, int sign, ToDoubleFunction<Double> p, double... values) {
        List<Double> ps = new ArrayList<>();
        for (double v : values) ps.add(p.applyAsDouble(v));
        for (int i = 0; i < ps.size(); i++) {
            double pi = ps.get(i);
            assertTrue(pi > 0 && pi < 1, what + ": probability " + pi + " not in (0, 1)");
            if (i > 0) assertTrue(sign * (pi - ps.get(i - 1)) > 0,
                    what + ": expected to " + (sign > 0 ? "rise" : "fall") + " over " + java.util.Arrays.toString(values) + ", got " + ps);
        }
    }

    // ------------------------------------------------------------------ leaving

    @ParameterizedTest(name = "{0} weights")
    @MethodSource("moveWeights")
    void moreKinInKazakhstanMakesAMoveMoreLikely(String name, MoveDecision.Weights w) {
        assertMonotone("kin in Kazakhstan", +1, v -> move(w, (m, x) -> m.kinInKazakhstan = (int) x, v), 0, 1, 2, 5, 20);
    }

    @ParameterizedTest(name = "{0} weights")
    @MethodSource("moveWeights")
    void aDzhutLossMakesHerdersMoreLikelyToMove(String name, MoveDecision.Weights w) {
        assertMonotone("herd lost", +1, v -> move(w, (m, x) -> m.herdLostShare = x, v), 0, 0.1, 0.33, 0.6, 1);
        // A loss share outside [0, 1] counts as the nearest bound.
        assertEquals(move(w, (m, x) -> m.herdLostShare = x, 1), move(w, (m, x) -> m.herdLostShare = x, 1.7));
    }

    @ParameterizedTest(name = "{0} weights")
    @MethodSource("moveWeights")
    void moreBenefitsMakeAMoveMoreLikely(String name, MoveDecision.Weights w) {
        assertMonotone("net benefit", +1, v -> move(w, (m, x) -> m.netBenefitUsd = x, v), -1000, 0, 850, 1700, 7000);
    }

    @ParameterizedTest(name = "{0} weights")
    @MethodSource("moveWeights")
    void anOlderHeadIsLessLikelyToMove(String name, MoveDecision.Weights w) {
        assertMonotone("head's age over 50", -1, v -> move(w, (m, x) -> m.headAge = (int) x, v), 50, 55, 60, 70, 85);
        // Age counts only above 50.
        assertEquals(move(w, (m, x) -> m.headAge = (int) x, 30), move(w, (m, x) -> m.headAge = (int) x, 50));
    }

    @ParameterizedTest(name = "{0} weights")
    @MethodSource("moveWeights")
    void pressHostilityMakesAMoveLessLikely(String name, MoveDecision.Weights w) {
        assertMonotone("press hostility", -1, v -> move(w, (m, x) -> m.pressHostility = x, v), 0, 0.15, 0.4, 0.6, 1);
    }

    @ParameterizedTest(name = "{0} weights")
    @MethodSource("moveWeights")
    void beingAbleToAffordTheMoveMakesItMoreLikely(String name, MoveDecision.Weights w) {
        assertMonotone("affordability", +1, v -> move(w, (m, x) -> m.affordability = x, v), 0.05, 0.2, 0.5, 1);
    }

    // ------------------------------------------------------------------ returning

    @ParameterizedTest(name = "{0} weights")
    @MethodSource("returnWeights")
    void pressHostilityMakesAReturnMoreLikely(String name, ReturnDecision.Weights w) {
        assertMonotone("press hostility", +1, v -> back(w, (r, x) -> r.pressHostility = x, v), 0, 0.15, 0.4, 0.6, 1);
    }

    @ParameterizedTest(name = "{0} weights")
    @MethodSource("returnWeights")
    void lowerBelongingMakesAReturnMoreLikely(String name, ReturnDecision.Weights w) {
        assertMonotone("belonging", -1, v -> back(w, (r, x) -> r.belonging = x, v), 0, 0.25, 0.5, 0.75, 1);
    }

    @ParameterizedTest(name = "{0} weights")
    @MethodSource("returnWeights")
    void aHouseholdBoundToItsLoanFinancedHouseNeverReturns(String name, ReturnDecision.Weights w) {
        Return r = new Return();
        r.boundToHouse = true;
        r.belonging = 0;
        r.pressHostility = 1;
        r.contractEnded = true;
        r.headAge = 75;
        r.kinInMongolia = 40;
        assertEquals(0.0, ReturnDecision.annualProbability(r.situation(), w));
        r.boundToHouse = false;
        assertTrue(ReturnDecision.annualProbability(r.situation(), w) > 0.5, "the same household unbound is pushed hard to return");
    }

    @ParameterizedTest(name = "{0} weights")
    @MethodSource("returnWeights")
    void theEndOfAContractMakesAReturnMoreLikely(String name, ReturnDecision.Weights w) {
        assertMonotone("contract ended", +1, v -> back(w, (r, x) -> r.contractEnded = x > 0, v), 0, 1);
    }

    @ParameterizedTest(name = "{0} weights")
    @MethodSource("returnWeights")
    void moreExpectedStatelessMonthsMakeAReturnLessLikely(String name, ReturnDecision.Weights w) {
        assertMonotone("stateless months", -1, v -> back(w, (r, x) -> r.statelessMonths = x, v), 0, 12, 60, 120, 300);
    }

    @ParameterizedTest(name = "{0} weights")
    @MethodSource("returnWeights")
    void anElderlyHeadIsMoreLikelyToReturn(String name, ReturnDecision.Weights w) {
        assertMonotone("head aged 60+", +1, v -> back(w, (r, x) -> r.headAge = (int) x, v), 59, 60);
    }

    // ------------------------------------------------------------------ destination

    /** The five Kazakhstani region types as the baseline describes them, for a household with little Russian. */
    private static List<DestinationChoice.Option> options(RegionType withKin, int kin, RegionType withBonus, double bonusUsd) {
        List<DestinationChoice.Option> out = new ArrayList<>();
        for (RegionType r : RegionType.values()) {
            if (r.country() != Country.KAZAKHSTAN) continue;
            Place p = Baseline.place(r);
            out.add(new DestinationChoice.Option(r, Baseline.SCENARIO.attractiveness().getOrDefault(r, 0.0),
                    Math.log(1.2 * p.relativeWage() / p.relativeLivingCost()), r == withKin ? kin : 1,
                    p.russianShare() * (1 - 0.1), r == withBonus ? bonusUsd : 0));
        }
        return out;
    }

    private static double share(List<DestinationChoice.Option> options, DestinationChoice.Weights w, RegionType r) {
        double[] p = DestinationChoice.probabilities(options, w);
        for (int i = 0; i < p.length; i++) if (options.get(i).region() == r) return p[i];
        throw new AssertionError(r + " not on offer");
    }

    @ParameterizedTest(name = "{0} weights")
    @MethodSource("destinationWeights")
    void destinationProbabilitiesSumToOne(String name, DestinationChoice.Weights w) {
        for (List<DestinationChoice.Option> opts : List.of(options(RegionType.SOUTH, 0, RegionType.NORTH, 0),
                options(RegionType.WEST, 30, RegionType.NORTH, 4000), options(RegionType.NORTH, 1, RegionType.NORTH, 90_000),
                options(RegionType.SOUTH, 0, RegionType.SOUTH, 0).subList(0, 1))) {
            double sum = 0;
            for (double p : DestinationChoice.probabilities(opts, w)) {
                assertTrue(p >= 0 && p <= 1, "probability " + p);
                sum += p;
            }
            assertEquals(1.0, sum, 1e-12);
        }
    }

    @ParameterizedTest(name = "{0} weights")
    @MethodSource("destinationWeights")
    void moreKinInARegionRaisesItsProbability(String name, DestinationChoice.Weights w) {
        assertMonotone("kin in the west", +1, v -> share(options(RegionType.WEST, v.intValue(), null, 0), w, RegionType.WEST), 0, 1, 3, 10);
        assertTrue(share(options(RegionType.WEST, 10, null, 0), w, RegionType.SOUTH)
                < share(options(RegionType.WEST, 0, null, 0), w, RegionType.SOUTH), "kin in the west draws households from the south");
    }

    @ParameterizedTest(name = "{0} weights")
    @MethodSource("destinationWeights")
    void aBonusRaisesARegionsProbability(String name, DestinationChoice.Weights w) {
        assertMonotone("bonus in the north", +1, v -> share(options(null, 0, RegionType.NORTH, v), w, RegionType.NORTH), 0, 500, 2000, 6000);
    }

    @Test
    void hugeUtilitiesDoNotOverflow() {
        List<DestinationChoice.Option> opts = List.of(
                new DestinationChoice.Option(RegionType.SOUTH, 900, 0, 0, 0, 0),
                new DestinationChoice.Option(RegionType.NORTH, 899, 0, 0, 0, 0));
        double[] p = DestinationChoice.probabilities(opts, HAND_DESTINATION);
        assertEquals(1 / (1 + Math.exp(-1)), p[0], 1e-12);
        assertEquals(1.0, p[0] + p[1], 1e-12);
    }

    @Test
    void noDestinationOnOfferIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> DestinationChoice.probabilities(List.of(), HAND_DESTINATION));
    }
}
