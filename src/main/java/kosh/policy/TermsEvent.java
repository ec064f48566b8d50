package kosh.policy;

import java.time.LocalDate;
import java.util.Objects;
import kosh.model.ProgrammeTerms;

/**
 * An event that changes the programme's terms: quota size, benefits, citizenship rules, contracts,
 * settlement, suspension and resumption, regional incentives, the press climate. What each type
 * changes is written once, in {@link EventType}.
 */
public record TermsEvent(String id, LocalDate date, EventType type, EventValues values, String description)
        implements PolicyEvent {
    public TermsEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        if (type == EventType.DZHUT) throw new IllegalArgumentException("a dzhut is a DzhutWinter, not a terms event");
        if (description == null || description.isBlank()) description = type.summary();
    }

    @Override public ProgrammeTerms applyTo(ProgrammeTerms terms) {
        ProgrammeTerms.Builder b = terms.toBuilder();
        type.apply(values, b);
        return b.build();
    }
}
