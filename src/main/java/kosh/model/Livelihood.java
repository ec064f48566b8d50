package kosh.model;

import java.io.Serializable;
import java.util.random.RandomGenerator;

/** Herds in Mongolia: natural growth in a normal year, and losses in a dzhut winter. */
public final class Livelihood implements Serializable {
    private final World world;
    private final DzhutParameters params;
    private final Tally tally;

    public Livelihood(World world, DzhutParameters params, Tally tally) {
        this.world = world;
        this.params = params;
        this.tally = tally;
    }

    /**
     * One winter. {@code severity} is the mean share of livestock lost (0: a normal winter, in which
     * herds grow instead). Each herding household's loss is remembered for its next decision.
     */
    public void winter(double severity, RandomGenerator rng) {
        double before = 0, lost = 0;
        for (Household h : world.households()) {
            if (h.country() != Country.MONGOLIA) continue;
            double herd = h.livestockSheepUnits();
            if (severity > 0 && herd > 0) {
                double share = Dzhut.householdLossShare(severity, rng.nextDouble(), params.lossSpread());
                before += herd;
                lost += herd * share;
                h.setLivestock(herd * (1 - share));
                h.setLastHerdLossShare(share);
            } else {
                h.setLivestock(Math.min(params.herdCapSheepUnits(), herd * (1 + params.herdGrowthPerYear())));
                h.setLastHerdLossShare(0);
            }
        }
        tally.add(Tally.Flow.LIVESTOCK_BEFORE_DZHUT, before);
        tally.add(Tally.Flow.LIVESTOCK_LOST, lost);
    }

    /** Severity of a random dzhut this year, or 0 when none strikes. */
    public double randomSeverity(int year, RandomGenerator rng) {
        if (year < params.randomFromYear() || params.randomAnnualProbability() <= 0) return 0;
        if (rng.nextDouble() >= params.randomAnnualProbability()) return 0;
        return Shares.clamp(params.randomMeanLossShare() * (0.5 + rng.nextDouble()));
    }
}
