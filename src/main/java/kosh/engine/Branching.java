package kosh.engine;

import java.util.List;
import kosh.policy.DzhutWinter;
import kosh.policy.PolicyEvent;
import kosh.policy.PolicyTimeline;
import kosh.scenario.Scenario;

/**
 * Where two scenarios part: the first month in which a run of one could differ from a run of the
 * other with the same seed. Up to that month both runs draw the same random numbers and make the
 * same moves, so a what-if can be resumed from a checkpoint of the baseline taken there.
 */
public final class Branching {
    private Branching() {}

    /**
     * The number of months the two scenarios share: 0 if any setting other than the events differs
     * (population, places, parameters, initial terms, years), else the month of the first event
     * one has and the other lacks or has differently. A winter's dzhut counts from January of its
     * year, because the simulation reads the year's winters then. Equal scenarios share every month.
     */
    public static long sharedMonths(Scenario a, Scenario b) {
        if (!sameSettings(a, b)) return 0;
        long months = (long) (a.endYear() - a.startYear() + 1) * 12;
        PolicyTimeline ta = a.timeline(), tb = b.timeline();
        for (int m = 0; m < months; m++) {
            int year = a.startYear() + m / 12, month = m % 12 + 1;
            if (month == 1 && !winters(ta, year).equals(winters(tb, year))) return m;
            if (!ta.eventsIn(year, month).equals(tb.eventsIn(year, month))) return m;
        }
        return months;
    }

    private static boolean sameSettings(Scenario a, Scenario b) {
        return a.startYear() == b.startYear() && a.endYear() == b.endYear()
                && a.population().equals(b.population()) && a.places().equals(b.places())
                && a.attractiveness().equals(b.attractiveness()) && a.economy().equals(b.economy())
                && a.initialTerms().equals(b.initialTerms()) && a.parameters().equals(b.parameters());
    }

    private static List<PolicyEvent> winters(PolicyTimeline t, int year) {
        return t.events().stream()
                .filter(e -> e instanceof DzhutWinter && e.date().getYear() == year).toList();
    }
}
