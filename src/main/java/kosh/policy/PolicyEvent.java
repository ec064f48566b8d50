package kosh.policy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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

    /**
     * The parameters as one line for tables, each with its unit, e.g. {@code places=0 households}:
     * whole numbers without a decimal point, choices in lower case.
     */
    default String parametersLine() {
        Map<String, String> units = new LinkedHashMap<>();
        for (Parameter p : type().parameters()) units.put(p.key(), p.unit());
        StringBuilder line = new StringBuilder();
        for (Map.Entry<String, Object> v : values().values().entrySet()) {
            if (line.length() > 0) line.append("; ");
            Object value = v.getValue() instanceof Enum<?> en ? en.name().toLowerCase(Locale.ROOT)
                    : v.getValue() instanceof Double d && d == Math.rint(d) ? (Object) (long) (double) d : v.getValue();
            line.append(v.getKey()).append('=').append(value).append(' ').append(units.get(v.getKey()));
        }
        return line.toString();
    }

    /** The terms after this event; events that change no terms return them unchanged. */
    ProgrammeTerms applyTo(ProgrammeTerms terms);
}
