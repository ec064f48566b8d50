package kosh.policy;

import java.time.LocalDate;
import kosh.model.ProgrammeTerms;

/**
 * A dated change to the repatriation programme or to the world around it. A what-if scenario is
 * the baseline's list of events with some removed, moved or changed.
 */
public sealed interface PolicyEvent permits TermsEvent, DzhutWinter {
    /** A unique name within the scenario, e.g. {@code suspension-2012}. */
    String id();

    LocalDate date();

    EventType type();

    /** The parameters as the scenario gave them. */
    EventValues values();

    /** One line for readers: what happened, in the scenario's words or the type's. */
    String description();

    /** The terms after this event; events that change no terms return them unchanged. */
    ProgrammeTerms applyTo(ProgrammeTerms terms);
}
