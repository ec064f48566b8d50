package kosh.model;

import java.io.Serializable;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Moves households through the legal state machine: decisions to leave and to return, document
 * preparation, crossing and settling, naturalisation, statelessness after return. It also keeps
 * this year's pool of quota places for households from Mongolia.
 */
public final class Migration implements Serializable {
    private final World world;
    private final ModelParameters params;
    private final Tally tally;
    private double quotaPlacesLeft;
    private double quotaPlacesThisYear;
    /** The economy of {@link #conditionsYear}, read off its curves once a year rather than once a decision. */
    private Economy.Conditions conditions;
    private int conditionsYear = Integer.MIN_VALUE;
    private final Destinations destinations;
    /** Households brought into the cache together ahead of their decisions (see {@link Household#warm}). */
    private static final int WARM_BATCH = 16;
    /** What the warming reads add up to, kept only so that they are not optimised away. */
    private transient int warmed;

    public Migration(World world, ModelParameters params, Tally tally) {
        this.world = world;
        this.params = params;
        this.tally = tally;
        this.destinations = new Destinations(world, params);
    }

    /** Quota places for Mongolia's households opened this year so far. */
    public double quotaPlacesThisYear() { return quotaPlacesThisYear; }

    public double quotaPlacesLeft() { return quotaPlacesLeft; }

    /**
     * Opens this month's share of the year's quota places. Unused places carry over within the
     * year and lapse in January; a suspension (no places) withdraws those still open.
     */
    public void accrueQuota(ProgrammeTerms t, int month) {
        if (month == 1) {
            quotaPlacesThisYear = 0;
            quotaPlacesLeft = 0;
        }
        double monthly = annualPlaces(t) / 12;
        if (monthly <= 0) {
            quotaPlacesLeft = 0;
            return;
        }
        quotaPlacesThisYear += monthly;
        quotaPlacesLeft += monthly;
    }

    private double annualPlaces(ProgrammeTerms t) {
        return t.quotaHouseholdsPerYear() * t.quotaOpenShare() * params.migration().mongoliaShareOfQuota();
    }

    /** The yearly decision of every household whose decision month this is, in founding order. */
    public void decide(ProgrammeTerms t, int year, int month, RandomGenerator rng) {
        List<Household> deciding = world.decidingIn(month); // decisions neither found nor remove households
        int n = deciding.size(), sum = 0;
        for (int i = 0; i < n; i++) {
            // The households of a month lie apart in memory, and a decision waited for each in turn: bring
            // the next batch into the cache together while this one decides (decisions about a tenth faster).
            // Households i + 16 to i + 31 then; 0 to 31 at the start.
            if (i % WARM_BATCH == 0)
                for (int j = i == 0 ? 0 : i + WARM_BATCH, end = Math.min(n, i + 2 * WARM_BATCH); j < end; j++)
                    sum += world.warm(deciding.get(j));
            Household h = deciding.get(i);
            if (h.size() == 0) continue;
            switch (h.status()) {
                case IN_MONGOLIA, RETURNED -> considerLeaving(h, t, year, month, rng);
                case REPATRIATE, CITIZEN -> considerReturning(h, t, year, month, rng);
                default -> { }
            }
        }
        warmed += sum;
    }

    /**
     * Monthly progress: documents, naturalisation, regaining Mongolian citizenship. Only households
     * in those states are visited, in founding order; each changes no state but its own.
     */
    public void progress(ProgrammeTerms t, int year, int month, RandomGenerator rng) {
        double naturalise = 1 / Math.max(1, t.naturalisationMonths());
        StatusRegister register = world.register();
        for (int id = register.nextProgressing(0); id >= 0; id = register.nextProgressing(id + 1)) {
            if (register.isRepatriate(id)) {
                // Read off the register: most months nothing happens, and not visiting the household saves a cache miss.
                boolean onContract = register.isRepatriateOnContract(id) && t.contractsOpen();
                if (!onContract && rng.nextDouble() < naturalise) naturalise(world.household(id), t, year, month, rng);
                continue;
            }
            // Preparing or stateless: the register counts the step down; the household is visited when it ends.
            if (register.countDown(id) > 0) continue;
            Household h = world.household(id);
            switch (h.status()) {
                case PREPARING -> cross(h, t, year, rng);
                case STATELESS -> {
                    change(h, LegalStatus.RETURNED);
                    tally.add(Tally.Flow.RESTORED_MN_CITIZENSHIP, h.size());
                }
                default -> { }
            }
        }
    }

    // --- leaving ---

    private void considerLeaving(Household h, ProgrammeTerms t, int year, int month, RandomGenerator rng) {
        boolean quotaOpen = quotaPlacesLeft >= 1;
        if (!quotaOpen && !t.contractsOpen() && !t.nonQuotaEntryOpen()) return;
        double grant = 0;
        if (quotaOpen) {
            grant = params.migration().quotaGrantProbability()
                    * (h.education() == Education.HIGHER ? t.skillPreference() : 1);
            grant = Shares.clamp(grant);
        }
        Route route;
        if (rng.nextDouble() < grant) route = Route.QUOTA;
        else if (t.contractsOpen() && (!t.nonQuotaEntryOpen() || rng.nextDouble() < params.migration().contractShare()))
            route = Route.CONTRACT;
        else if (t.nonQuotaEntryOpen()) route = Route.NON_QUOTA;
        else return;

        double draw = rng.nextDouble();

        Economy.Conditions now = conditions(year);
        int kinKz = world.kinIn(h, Country.KAZAKHSTAN), kinMn = world.kinIn(h, Country.MONGOLIA);
        Income.Profile profile = Income.profile(h);
        double realHere = Income.real(profile, h.place(), now, params.income());
        // Most households stay. The cheapest bound first: incomes in Kazakhstan as if no language were
        // missing there, looked up by occupation and earners, over the income here bounded from below
        // without a logarithm; it settles most draws.
        if (params.move().perIncomeLogRatio() >= 0) {
            double atMostAnyGap = destinations.highestLogIncomeAtMost(profile, now), hereAtLeast = Bounds.logAtLeast(realHere);
            if (!Double.isNaN(atMostAnyGap) && !Double.isNaN(hereAtLeast) && draw >= MoveDecision.annualProbabilityAtMost(
                    situation(h, t, route, kinKz, kinMn, atMostAnyGap - hereAtLeast), params.move())) return;
        }
        double incomeHere = Math.log(realHere);
        // The expected income in Kazakhstan lies between the lowest and the
        // highest region's, so the probability with the more tempting of those two bounds the true one
        // from above: a draw at or above that bound means staying, as it would with the true probability.
        double tempting = destinations.extremeLogIncome(profile, now, params.move().perIncomeLogRatio() >= 0);
        double atMost = MoveDecision.annualProbabilityAtMost(situation(h, t, route, kinKz, kinMn, tempting - incomeHere), params.move());
        if (draw >= atMost) return;
        double incomeThere = destinations.expectedLogIncome(h, profile, t, now, world.kinCount(h));
        if (draw >= MoveDecision.annualProbability(situation(h, t, route, kinKz, kinMn, incomeThere - incomeHere), params.move())) return;

        if (route == Route.QUOTA) quotaPlacesLeft--;
        h.setPendingRoute(route);
        int months = 1 + rng.nextInt(params.migration().preparingMonthsMax()) + (int) Math.round(t.extraPreparingMonths());
        h.setMonthsLeftInStep(months);
        change(h, LegalStatus.PREPARING);
    }

    private MoveDecision.Situation situation(Household h, ProgrammeTerms t, Route route, int kinKz, int kinMn,
                                             double incomeLogRatio) {
        return new MoveDecision.Situation(arrivalBenefitUsd(h, t, route) - movingCostPaidUsd(h, t, route), incomeLogRatio,
                kinKz, kinMn, h.lastHerdLossShare(), h.headAge(), t.pressHostility(),
                h.hasSchoolChildren(), affordability(h, t, route, kinKz), h.returnedBefore());
    }

    /** Benefits paid to the household on arrival by this route (before any regional bonus), USD. */
    double arrivalBenefitUsd(Household h, ProgrammeTerms t, Route route) {
        return switch (route) {
            case QUOTA -> t.quotaBenefitUsd(h.size());
            case CONTRACT -> t.contractBenefitUsdPerHousehold();
            case NON_QUOTA -> t.nonQuotaBenefitUsdPerPerson() * h.size();
        };
    }

    /** Whether the state pays the move itself: always for contracts, for quota households while the terms say so. */
    static boolean moveCovered(ProgrammeTerms t, Route route) {
        return route == Route.CONTRACT || (route == Route.QUOTA && t.quotaMoveCostCovered());
    }

    /** What the move costs the household itself, USD. */
    double movingCostPaidUsd(Household h, ProgrammeTerms t, Route route) {
        return moveCovered(t, route) ? 0 : params.migration().moveCostUsd(h.size());
    }

    private double affordability(Household h, ProgrammeTerms t, Route route, int kinKz) {
        if (moveCovered(t, route)) return 1;
        double means = Math.max(0, h.cashUsd()) + h.livestockSheepUnits() * params.migration().livestockPriceUsdPerSheepUnit()
                + kinKz * params.migration().kinSupportUsdPerKinHousehold();
        return Math.min(1, means / params.migration().moveCostUsd(h.size()));
    }

    private void cross(Household h, ProgrammeTerms t, int year, RandomGenerator rng) {
        Route route = h.pendingRoute();
        // A suspension also stops quota registration for households still preparing: they come, if at all, outside it.
        if (route == Route.QUOTA && t.quotaOpenShare() == 0) route = t.nonQuotaEntryOpen() ? Route.NON_QUOTA : null;
        MigrationParameters mp = params.migration();
        LegalStatus origin = h.returnedBefore() ? LegalStatus.RETURNED : LegalStatus.IN_MONGOLIA;
        if (route == null) {
            change(h, origin);
            return;
        }
        if (route == Route.QUOTA) tally.add(Tally.Flow.QUOTA_USED_HOUSEHOLDS, 1);
        if (route == Route.QUOTA && rng.nextDouble() < mp.phantomRegistrationShare()) {
            // Registered and paid, but the household never crosses (a press report: 400 of 2,000 crossed).
            tally.add(Tally.Flow.PHANTOM_PERSONS, h.size());
            tally.add(Tally.Flow.BENEFITS_PAID_USD, t.quotaBenefitUsd(h.size()));
            h.addCash(t.quotaBenefitUsd(h.size()));
            change(h, origin);
            return;
        }
        List<DestinationChoice.Option> opts = destinations.options(h, Income.profile(h), t, conditions(year), world.kinCount(h),
                route == Route.QUOTA);
        double[] p = DestinationChoice.probabilities(opts, params.destination());
        Place dest = world.place(opts.get(drawIndex(p, rng)).region());

        SettlementType settlement;
        if (route == Route.QUOTA && t.newDistricts()) settlement = SettlementType.NEW_DISTRICT;
        else if (route != Route.NON_QUOTA && rng.nextDouble() < mp.clusterShare()) settlement = SettlementType.CLUSTER;
        else settlement = dest.urbanShare() >= 0.5 ? SettlementType.MIXED_URBAN : SettlementType.MIXED_RURAL;

        double paid = arrivalBenefitUsd(h, t, route) + destinations.regionalBonusUsd(t, dest.region(), h.size());
        h.addCash(h.livestockSheepUnits() * mp.livestockPriceUsdPerSheepUnit() + paid - movingCostPaidUsd(h, t, route));
        h.setLivestock(0);
        world.relocate(h, dest);
        h.setSettlement(settlement);
        h.setRoute(route);
        h.setArrivalYear(year);
        h.setYearsInKazakhstan(0);
        h.setContractEndYear(route == Route.CONTRACT ? year + t.contractYears() : 0);
        h.setBoundToHouseUntilYear(route == Route.QUOTA && t.housingLoanYears() > 0 ? year + t.housingLoanYears() : 0);
        h.setBenefitsEndMonth(0);
        h.setBelonging(BelongingDynamics.onArrival(Integration.situation(h, t), params.belonging()));
        change(h, LegalStatus.REPATRIATE);

        int n = h.size();
        tally.add(Tally.Flow.EMIGRANT_HOUSEHOLDS, 1);
        tally.add(Tally.Flow.EMIGRANT_PERSONS, n);
        tally.add(switch (route) {
            case QUOTA -> Tally.Flow.QUOTA_PERSONS;
            case NON_QUOTA -> Tally.Flow.NONQUOTA_PERSONS;
            case CONTRACT -> Tally.Flow.CONTRACT_PERSONS;
        }, n);
        tally.add(Tally.Flow.BENEFITS_PAID_USD, paid);
        tally.settled(dest.region(), n);
    }

    private void naturalise(Household h, ProgrammeTerms t, int year, int month, RandomGenerator rng) {
        change(h, LegalStatus.CITIZEN);
        h.setBenefitsEndMonth(monthIndex(year, month) + 12 * t.benefitYearsAfterCitizenship());
        h.setDualPassport(t.dualCitizenshipAllowed() || rng.nextDouble() < params.migration().illicitDualPassportShare());
        tally.add(Tally.Flow.NATURALISATIONS, h.size());
    }

    // --- returning ---

    private void considerReturning(Household h, ProgrammeTerms t, int year, int month, RandomGenerator rng) {
        boolean contractEnded = h.route() == Route.CONTRACT && h.contractEndYear() > 0 && year >= h.contractEndYear();
        if (year < h.boundToHouseUntilYear()) {
            // Bound to a loan-financed house, it cannot leave: its draw is made as everyone's is, and nothing is weighed.
            if (contractEnded) h.setContractEndYear(0);
            rng.nextDouble();
            return;
        }
        Place home = h.homeInMongolia();
        Economy.Conditions now = conditions(year);
        Income.Profile profile = Income.profile(h);
        double realHere = Income.real(profile, h.place(), now, params.income());
        double realHome = Income.real(profile, home, now, params.income());
        boolean losesCitizenship = h.status() == LegalStatus.CITIZEN && !h.dualPassport() && !t.dualCitizenshipAllowed();
        // Most households stay: a first bound, with the log income ratio bounded towards returning
        // (no logarithm taken), settles most draws.
        ReturnDecision.Weights w = params.returns();
        double towardsReturning = ReturnDecision.incomeLogRatioTowardsReturning(realHere, realHome, w);
        ReturnDecision.Situation s = new ReturnDecision.Situation(
                h.belonging() == null ? 0.5 : h.belonging().total(params.belongingWeights()),
                world.kinIn(h, Country.MONGOLIA), world.kinIn(h, Country.KAZAKHSTAN), h.headAge(), contractEnded,
                t.pressHostility(), towardsReturning, losesCitizenship ? t.regainCitizenshipMonths() : 0,
                monthIndex(year, month) < h.benefitsEndMonth(), h.yearsInKazakhstan(), year < h.boundToHouseUntilYear());
        if (contractEnded) h.setContractEndYear(0);
        double draw = rng.nextDouble();
        if (!Double.isNaN(towardsReturning) && draw >= ReturnDecision.annualProbabilityAtMost(s, w)) return;
        if (draw >= ReturnDecision.annualProbability(s.withIncomeLogRatio(Math.log(realHere) - Math.log(realHome)), w)) return;

        int n = h.size();
        h.addCash(-params.migration().moveCostUsd(n));
        if (h.cashUsd() < 0) h.addCash(-h.cashUsd());
        if (h.occupation() == Occupation.HERDER) {
            double invest = h.cashUsd() * params.migration().returnHerdShare();
            h.setLivestock(invest / params.migration().livestockPriceUsdPerSheepUnit());
            h.addCash(-invest);
        }
        world.relocate(h, home);
        h.setSettlement(null);
        h.setBoundToHouseUntilYear(0);
        h.setBenefitsEndMonth(0);
        h.markReturned();
        if (losesCitizenship) {
            double months = t.regainCitizenshipMonths() * (1 + 0.5 * rng.nextDouble()); // "five years or more"
            h.setMonthsLeftInStep(Math.max(1, (int) Math.round(months)));
            change(h, LegalStatus.STATELESS);
        } else {
            change(h, LegalStatus.RETURNED);
        }
        tally.add(Tally.Flow.RETURNEE_HOUSEHOLDS, 1);
        tally.add(Tally.Flow.RETURNEE_PERSONS, n);
    }

    /** Months since the start of year 0: {@code year} and {@code month} (1-12) as one number, to compare dates by. */
    static int monthIndex(int year, int month) { return 12 * year + month - 1; }

    private Economy.Conditions conditions(int year) {
        if (year != conditionsYear) {
            conditions = world.economy().at(year);
            conditionsYear = year;
        }
        return conditions;
    }

    private void change(Household h, LegalStatus to) {
        tally.transition(h.status(), to, h.size());
        h.setStatus(to);
    }

    static int drawIndex(double[] p, RandomGenerator rng) {
        double u = rng.nextDouble();
        for (int i = 0; i < p.length; i++) {
            u -= p[i];
            if (u < 0) return i;
        }
        return p.length - 1;
    }
}
