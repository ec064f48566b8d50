package kosh.chart;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A policy event or dzhut winter from {@code events.csv}, placed on the time axis.
 *
 * @param id          short label drawn beside the marker, e.g. {@code suspension-2012}
 * @param type        the event type; {@code dzhut} winters are drawn in their own colour
 * @param date        the day the event applies
 * @param description what the event was, for the caption; may be empty
 */
record EventMark(String id, String type, LocalDate date, String description) {

    static final String DZHUT = "dzhut";

    /**
     * Position on a time axis whose tick "2012" is 1 January 2012: the month
     * counts, the day does not (the model ticks monthly).
     */
    double x() {
        return date.getYear() + (date.getMonthValue() - 1) / 12.0;
    }

    boolean isDzhut() {
        return DZHUT.equalsIgnoreCase(type.trim());
    }

    /**
     * Reads the events, sorted by date, from a table with {@code date, id, type}
     * and, if present, {@code description}.
     */
    static List<EventMark> from(CsvTable events) throws IOException {
        List<String> dates = events.strings("date");
        List<String> ids = events.strings("id");
        List<String> types = events.strings("type");
        List<String> descriptions = events.has("description") ? events.strings("description") : null;
        List<EventMark> marks = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            LocalDate date;
            try {
                date = LocalDate.parse(dates.get(i).trim());
            } catch (DateTimeParseException e) {
                throw new IOException(events.fileName() + ": line " + (i + 2)
                        + ", column 'date': not an ISO date yyyy-mm-dd: '" + dates.get(i) + "'", e);
            }
            marks.add(new EventMark(ids.get(i).trim(), types.get(i).trim(), date,
                    descriptions == null ? "" : descriptions.get(i).strip()));
        }
        marks.sort(Comparator.comparing(EventMark::date));
        return List.copyOf(marks);
    }
}
