package kosh.engine;

import java.time.LocalDate;
import java.util.random.RandomGenerator;
import kosh.engine.PhaseTimes.Phase;
import kosh.model.Demography;
import kosh.model.Integration;
import kosh.model.Livelihood;
import kosh.model.Migration;
import kosh.model.PopulationSynthesis;
import kosh.model.ProgrammeTerms;
import kosh.model.Tally;
import kosh.model.World;
import kosh.policy.DzhutWinter;
import kosh.policy.PolicyEvent;
import kosh.policy.PolicyTimeline;
import kosh.scenario.Scenario;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The MASON simulation: one tick is one month from January of the start year. Each month runs in
 * fixed phases: policy events, yearly processes (demography and integration in January, the
 * winter in February), household decisions, monthly progress, then the observer.
 */
public final class KoshSim extends SimState {
    private static final long serialVersionUID = 1L;
    static final int PHASE_POLICY = 0, PHASE_YEARLY = 1, PHASE_DECIDE = 2, PHASE_PROGRESS = 3, PHASE_OBSERVE = 4;

    // The scenario is plain data held outside the checkpoint, so a restored run can go on under a
    // what-if that shares its history (see Checkpoint).
    private transient Scenario scenario;
    private transient PolicyTimeline timeline;
    /** The one stream every draw comes from: MASON's seeded generator, taken over at the start (see MasonRandom). */
    private RandomGenerator rng;
    private final long masterSeed;
    private World world;
    private Tally tally;
    private Migration migration;
    private Demography demography;
    private Integration integration;
    private Livelihood livelihood;
    private ProgrammeTerms terms;
    private double winterSeverity;
    private Recorder recorder;
    private final PhaseTimes phaseTimes = new PhaseTimes();

    public KoshSim(Scenario scenario, long seed) {
        super(MasonRandom.seeded(seed));
        this.scenario = scenario;
        this.masterSeed = seed;
        this.timeline = scenario.timeline();
    }

    public Scenario scenario() { return scenario; }
    public long masterSeed() { return masterSeed; }
    public World world() { return world; }
    public ProgrammeTerms terms() { return terms; }
    public Recorder recorder() { return recorder; }
    /** Where this run's time went so far. */
    public PhaseTimes phaseTimes() { return phaseTimes; }
    /** Months simulated so far. */
    public long monthsDone() { return schedule.getSteps(); }

    public int months() { return (scenario.endYear() - scenario.startYear() + 1) * 12; }

    /** Calendar year of tick {@code t}. */
    public int yearOf(long t) { return scenario.startYear() + (int) (t / 12); }

    /** Calendar month (1-12) of tick {@code t}. */
    public static int monthOf(long t) { return (int) (t % 12) + 1; }

    @Override public void start() {
        long t0 = System.nanoTime();
        super.start();
        rng = new MasonRandom(random);
        world = new World(scenario.places(), scenario.attractiveness(), scenario.economy());
        PopulationSynthesis.populate(world, scenario.population(), rng);
        tally = new Tally();
        migration = new Migration(world, scenario.parameters(), tally);
        demography = new Demography(world, scenario.parameters().demography(), tally);
        integration = new Integration(world, scenario.parameters());
        livelihood = new Livelihood(world, scenario.parameters().dzhut(), tally);
        terms = timeline.initial();
        recorder = new Recorder(this, tally, migration);

        schedule.scheduleRepeating(0, PHASE_POLICY, (Steppable) s -> timed(Phase.POLICY, this::policy), 1);
        schedule.scheduleRepeating(0, PHASE_YEARLY, (Steppable) s -> yearly(), 1);
        schedule.scheduleRepeating(0, PHASE_DECIDE, (Steppable) s -> timed(Phase.DECISIONS,
                () -> migration.decide(terms, year(), month(), rng)), 1);
        schedule.scheduleRepeating(0, PHASE_PROGRESS, (Steppable) s -> timed(Phase.PROGRESS,
                () -> migration.progress(terms, year(), month(), rng)), 1);
        schedule.scheduleRepeating(0, PHASE_OBSERVE, (Steppable) s -> timed(Phase.OBSERVER,
                () -> recorder.observe(year(), month(), terms)), 1);
        phaseTimes.add(Phase.SETUP, System.nanoTime() - t0);
    }

    private void timed(Phase phase, Runnable work) {
        long t0 = System.nanoTime();
        work.run();
        phaseTimes.add(phase, System.nanoTime() - t0);
    }

    /** After a restore: go on under {@code next}, whose history up to now matches the checkpointed one. */
    void continueAs(Scenario next) {
        this.scenario = next;
        this.timeline = next.timeline();
    }

    private int year() { return yearOf((long) schedule.getTime()); }

    private int month() { return monthOf((long) schedule.getTime()); }

    private void policy() {
        int year = year(), month = month();
        if (month == 1) {
            // A dzhut event names its winter by year; the losses strike in February.
            winterSeverity = 0;
            for (PolicyEvent e : timeline.events())
                if (e instanceof DzhutWinter d && d.date().getYear() == year) winterSeverity = Math.max(winterSeverity, d.lossShare());
        }
        for (PolicyEvent e : timeline.eventsIn(year, month)) {
            terms = e.applyTo(terms);
            recorder.applied(e);
        }
        migration.accrueQuota(terms, month);
    }

    private void yearly() {
        int year = year(), month = month();
        if (month == 1) {
            if ((long) schedule.getTime() > 0) timed(Phase.DEMOGRAPHY, () -> demography.year(year, rng));
            timed(Phase.INTEGRATION, () -> integration.year(terms));
        }
        if (month == 2) timed(Phase.WINTER, () -> winter(year));
    }

    private void winter(int year) {
        double random = livelihood.randomSeverity(year, rng);
        if (random > 0) {
            recorder.appliedRandomDzhut(LocalDate.of(year, 2, 1), random);
            winterSeverity = Math.max(winterSeverity, random);
        }
        livelihood.winter(winterSeverity, rng);
    }
}
