package kosh.engine;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kosh.model.BelongingWeights;
import kosh.model.Census;
import kosh.model.Country;
import kosh.model.Household;
import kosh.model.LegalStatus;
import kosh.model.Migration;
import kosh.model.ProgrammeTerms;
import kosh.model.RegionType;
import kosh.model.StatusRegister;
import kosh.model.Tally;
import kosh.model.Tally.Flow;
import kosh.model.World;
import kosh.policy.EventType;
import kosh.policy.PolicyEvent;

/**
 * Observes the world at the end of each month and builds the run's tables: yearly and monthly
 * series, belonging by group, transitions between legal states, and the events applied.
 */
public final class Recorder implements Serializable {
    static final List<RegionType> KZ_REGIONS = List.of(RegionType.BIG_CITIES, RegionType.SOUTH, RegionType.NORTH,
            RegionType.CENTRAL, RegionType.WEST);

    /** The census audits the bookkeeping in the Decembers of years divisible by this, and in the last. */
    static final int AUDIT_EVERY_YEARS = 5;
    private final KoshSim sim;
    private final Tally tally;
    private final Migration migration;
    private final BelongingWeights weights;
    private final Table yearly;
    private final Table monthly;
    private final Table belonging;
    private final Table transitions;
    private final Table events;

    Recorder(KoshSim sim, Tally tally, Migration migration) {
        this.sim = sim;
        this.tally = tally;
        this.migration = migration;
        this.weights = sim.scenario().parameters().belongingWeights();
        List<String> y = new ArrayList<>(List.of("year", "emigrants_households", "emigrants_persons",
                "emigrants_quota_persons", "emigrants_nonquota_persons", "emigrants_contract_persons",
                "returnees_households", "returnees_persons", "naturalisations_persons", "restored_mn_citizenship_persons",
                "phantom_registrations_persons", "kazakhs_in_mongolia", "preparing_persons", "repatriates_in_kazakhstan",
                "citizens_kz", "returned_persons", "stateless", "dual_citizens", "quota_places_households",
                "quota_used_households", "benefits_paid_usd", "dzhut_livestock_loss_share", "livestock_sheep_units",
                "belonging_mean", "belonging_sd", "births", "deaths", "new_households", "households"));
        for (RegionType r : KZ_REGIONS) y.add("settled_" + r.key() + "_persons");
        yearly = new Table("timeseries", y);
        monthly = new Table("monthly", List.of("year", "month", "emigrants_households", "emigrants_persons",
                "emigrants_quota_persons", "emigrants_nonquota_persons", "emigrants_contract_persons", "returnees_persons",
                "naturalisations_persons", "restored_mn_citizenship_persons", "preparing_households", "kazakhs_in_mongolia",
                "in_kazakhstan_persons"));
        belonging = new Table("belonging", List.of("year", "group_type", "group", "households", "persons", "belonging_mean",
                "belonging_sd", "ethnic_mean", "linguistic_mean", "soviet_past_mean", "lifestyle_mean", "acceptance_mean"));
        transitions = new Table("transitions", List.of("year", "from", "to", "households", "persons"));
        events = new Table("events", List.of("date", "id", "type", "description", "parameters"));
    }

    public Table yearly() { return yearly; }
    public Table monthly() { return monthly; }
    public Table belonging() { return belonging; }
    public Table transitions() { return transitions; }
    public Table events() { return events; }

    void applied(PolicyEvent e) {
        events.add(e.date().toString(), e.id(), e.type().key(), e.description(), e.parametersLine());
    }

    void appliedRandomDzhut(LocalDate date, double lossShare) {
        events.add(date.toString(), "dzhut-random-" + date.getYear(), EventType.DZHUT.key(),
                "random dzhut winter", String.format(Locale.ROOT, "loss_share=%.4f share", lossShare));
    }

    /**
     * Stocks come from the world's register, kept up to date as households change. Every December
     * one pass over the households makes the yearly row; every fifth December and in the last year it
     * also takes a {@link Census} that checks the register (and the kin counts of a twelfth of the
     * households) against a full count.
     */
    void observe(int year, int month, ProgrammeTerms terms) {
        World world = sim.world();
        StatusRegister register = world.register();
        long inMongolia = register.persons(Country.MONGOLIA), inKazakhstan = register.persons(Country.KAZAKHSTAN);
        monthly.add(year, month, m(Flow.EMIGRANT_HOUSEHOLDS), m(Flow.EMIGRANT_PERSONS), m(Flow.QUOTA_PERSONS),
                m(Flow.NONQUOTA_PERSONS), m(Flow.CONTRACT_PERSONS), m(Flow.RETURNEE_PERSONS), m(Flow.NATURALISATIONS),
                m(Flow.RESTORED_MN_CITIZENSHIP), register.households(LegalStatus.PREPARING), inMongolia, inKazakhstan);
        tally.resetMonth();
        if (month != 12) return;

        // The census audits the bookkeeping and changes no output. It runs every fifth December and in
        // the last year rather than every December (where it cost about 4% of a run): a drift, once
        // there, stays, so the next audit still catches it.
        boolean audit = year % AUDIT_EVERY_YEARS == 0 || year == sim.scenario().endYear();
        Census census = audit ? world.census(12, year / AUDIT_EVERY_YEARS) : null;
        long dual = 0;
        double livestock = 0;
        BelongingByGroup groups = new BelongingByGroup(weights);
        for (Household h : world.households()) {
            if (audit) census.count(h);
            if (h.dualPassport() && h.status() != LegalStatus.IN_MONGOLIA) dual += h.size();
            if (h.country() == Country.MONGOLIA) livestock += h.livestockSheepUnits();
            groups.add(h); // belonging, of those in Kazakhstan
        }
        if (audit) census.check();
        RunningMoments all = groups.all();
        double before = tally.year(Flow.LIVESTOCK_BEFORE_DZHUT);
        List<Object> row = new ArrayList<>(List.of(year, y(Flow.EMIGRANT_HOUSEHOLDS), y(Flow.EMIGRANT_PERSONS),
                y(Flow.QUOTA_PERSONS), y(Flow.NONQUOTA_PERSONS), y(Flow.CONTRACT_PERSONS), y(Flow.RETURNEE_HOUSEHOLDS),
                y(Flow.RETURNEE_PERSONS), y(Flow.NATURALISATIONS), y(Flow.RESTORED_MN_CITIZENSHIP), y(Flow.PHANTOM_PERSONS),
                inMongolia, register.persons(LegalStatus.PREPARING), register.persons(LegalStatus.REPATRIATE),
                register.persons(LegalStatus.CITIZEN), register.persons(LegalStatus.RETURNED),
                register.persons(LegalStatus.STATELESS), dual, migration.quotaPlacesThisYear(),
                y(Flow.QUOTA_USED_HOUSEHOLDS), tally.year(Flow.BENEFITS_PAID_USD),
                before > 0 ? tally.year(Flow.LIVESTOCK_LOST) / before : 0.0, livestock,
                // No household in Kazakhstan yet (1990): no belonging to average, an empty cell rather than a false 0.
                all.n() > 0 ? all.mean() : Double.NaN, all.n() > 0 ? all.sd() : Double.NaN,
                y(Flow.BIRTHS), y(Flow.DEATHS), y(Flow.NEW_HOUSEHOLDS), (long) sim.world().households().size()));
        for (RegionType r : KZ_REGIONS) row.add((long) tally.settledThisYear(r));
        yearly.add(row.toArray());
        groups.addRows(year, belonging);
        for (LegalStatus from : LegalStatus.values())
            for (LegalStatus to : LegalStatus.values())
                if (tally.transitionHouseholds(from, to) > 0)
                    transitions.add(year, from.key(), to.key(), tally.transitionHouseholds(from, to), tally.transitionPersons(from, to));
        tally.resetYear();
    }

    private long m(Flow f) { return Math.round(tally.month(f)); }

    private long y(Flow f) { return Math.round(tally.year(f)); }
}
