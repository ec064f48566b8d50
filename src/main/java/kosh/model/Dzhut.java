package kosh.model;

/**
 * A dzhut: a harsh winter that kills part of the herders' livestock. Each herding household loses a
 * share drawn around the winter's severity.
 */
public final class Dzhut {
    private Dzhut() {}

    /**
     * A household's loss share: the winter's mean loss scaled by a household factor.
     *
     * @param severity   the winter's mean share of livestock lost, in [0, 1]
     * @param unitDraw   a uniform draw in [0, 1) for this household
     * @param spread     how unequal losses are: factors run from 1 − spread to 1 + spread
     */
    public static double householdLossShare(double severity, double unitDraw, double spread) {
        double factor = 1 + spread * (2 * unitDraw - 1);
        return Shares.clamp(severity * factor);
    }
}
