package kosh.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kosh.model.ProgrammeTerms;

/** A scenario's events in date order, and the programme terms they produce at any date. */
public final class PolicyTimeline {
    private final ProgrammeTerms initial;
    private final List<PolicyEvent> events;

    public PolicyTimeline(ProgrammeTerms initial, List<PolicyEvent> events) {
        this.initial = initial;
        List<PolicyEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(PolicyEvent::date)); // stable: same-day events keep file order
        this.events = List.copyOf(sorted);
    }

    public ProgrammeTerms initial() { return initial; }

    public List<PolicyEvent> events() { return events; }

    /** The terms in force at the start of {@code date}'s month, after every event up to that month. */
    public ProgrammeTerms termsAt(LocalDate date) {
        ProgrammeTerms t = initial;
        for (PolicyEvent e : events) {
            if (monthIndex(e.date()) > monthIndex(date)) break;
            t = e.applyTo(t);
        }
        return t;
    }

    /** Events that take effect in the given month. */
    public List<PolicyEvent> eventsIn(int year, int month) {
        List<PolicyEvent> out = new ArrayList<>();
        for (PolicyEvent e : events) if (e.date().getYear() == year && e.date().getMonthValue() == month) out.add(e);
        return out;
    }

    private static int monthIndex(LocalDate d) { return d.getYear() * 12 + d.getMonthValue() - 1; }
}
