package kosh.policy;

import java.time.LocalDate;
import java.util.Objects;
import kosh.model.ProgrammeTerms;

/**
 * A dzhut pinned to a winter: in the event's month, herders in Mongolia lose on average
 * {@code lossShare} of their livestock.
 */
public record DzhutWinter(String id, LocalDate date, EventValues values, String description) implements PolicyEvent {
    public DzhutWinter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        if (values.number("loss_share") == null) throw new IllegalArgumentException("a dzhut needs loss_share");
        if (description == null || description.isBlank()) description = EventType.DZHUT.summary();
    }

    /** Mean share of herders' livestock lost, in [0, 1]. */
    public double lossShare() { return values.number("loss_share"); }

    @Override public EventType type() { return EventType.DZHUT; }

    @Override public ProgrammeTerms applyTo(ProgrammeTerms terms) { return terms; }
}
