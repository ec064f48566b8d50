package kosh.engine;

import java.util.List;
import java.util.function.IntConsumer;
import kosh.scenario.Scenario;

/** Runs one scenario with one seed to the end and hands back its tables. */
public final class Runner {
    private Runner() {}

    /** What a finished run produced. */
    public record Result(Scenario scenario, long seed, Table timeseries, Table monthly, Table belonging,
                         Table transitions, Table events) {
        public List<Table> tables() { return List.of(timeseries, monthly, belonging, events, transitions); }
    }

    /**
     * @param progress told the number of months done after each month (may be null)
     */
    public static Result run(Scenario scenario, long seed, IntConsumer progress) {
        KoshSim sim = new KoshSim(scenario, seed);
        sim.start();
        int months = sim.months();
        for (int m = 0; m < months; m++) {
            sim.schedule.step(sim);
            if (progress != null) progress.accept(m + 1);
        }
        sim.finish();
        Recorder r = sim.recorder();
        return new Result(scenario, seed, r.yearly(), r.monthly(), r.belonging(), r.transitions(), r.events());
    }
}
