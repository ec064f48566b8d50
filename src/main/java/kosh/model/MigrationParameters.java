package kosh.model;

import java.io.Serializable;

/**
 * How the programme works on the ground, beyond the decision weights.
 *
 * @param mongoliaShareOfQuota        share of the all-country quota that goes to households from Mongolia
 * @param quotaGrantProbability       chance an applicant gets a free quota place (places are unevenly allocated)
 * @param preparingMonthsMax          longest document preparation, months (drawn from 1 to this)
 * @param contractShare               share of movers choosing a work contract while contracts are open
 * @param phantomRegistrationShare    share of quota registrations that collect benefits and never cross
 * @param illicitDualPassportShare    share of naturalising households that keep a Mongolian passport illicitly
 * @param clusterShare                share of quota households housed in clusters when there are no new districts
 * @param moveCostBaseUsd             cost of a move for a household, USD
 * @param moveCostPerPersonUsd        extra cost of a move per person, USD
 * @param kinSupportUsdPerKinHousehold money and housing a kin household in Kazakhstan offers a mover, USD
 * @param livestockPriceUsdPerSheepUnit price a herder gets per sheep unit when selling up, USD
 * @param returnHerdShare             share of a returning herder's savings reinvested in a new herd
 */
public record MigrationParameters(double mongoliaShareOfQuota, double quotaGrantProbability, int preparingMonthsMax,
                                  double contractShare, double phantomRegistrationShare,
                                  double illicitDualPassportShare, double clusterShare, double moveCostBaseUsd,
                                  double moveCostPerPersonUsd, double kinSupportUsdPerKinHousehold,
                                  double livestockPriceUsdPerSheepUnit, double returnHerdShare) implements Serializable {
    public MigrationParameters {
        if (preparingMonthsMax < 1) throw new IllegalArgumentException("preparingMonthsMax must be >= 1");
    }

    public double moveCostUsd(int persons) { return moveCostBaseUsd + moveCostPerPersonUsd * persons; }
}
