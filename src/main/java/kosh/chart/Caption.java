package kosh.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a chart's caption file ({@code <chart>.caption.txt}): what the
 * chart shows, how to read it, the events marked on it (numbered as on the
 * chart where ids did not fit) and what produced it.
 */
final class Caption {

    private final String title;
    private final String description;
    private final List<String> notes;
    private final List<EventMark> events;
    private final List<EventLabels> labels;
    private final Provenance provenance;
    private final String dataDescription;

    /**
     * @param description     what is plotted, one or two sentences
     * @param notes           how to read it (time convention, bands, ...)
     * @param events          the events marked, in date order, or none
     * @param labels          the event labels drawn, consulted after drawing for
     *                        whether they are ids or numbers; may be empty
     * @param dataDescription what a row of the data file is
     */
    Caption(String title, String description, List<String> notes, List<EventMark> events,
            List<EventLabels> labels, Provenance provenance, String dataDescription) {
        this.title = title;
        this.description = description;
        this.notes = List.copyOf(notes);
        this.events = List.copyOf(events);
        this.labels = List.copyOf(labels);
        this.provenance = provenance;
        this.dataDescription = dataDescription;
    }

    String title() {
        return title;
    }

    /** The caption; call after the chart has been drawn, so the labelling is known. */
    String text(String name) {
        StringBuilder s = new StringBuilder();
        s.append(title).append('\n').append('\n');
        StringBuilder paragraph = new StringBuilder(sentence(description));
        for (String note : notes) {
            paragraph.append(' ').append(sentence(note));
        }
        s.append(paragraph).append('\n');
        if (!events.isEmpty()) {
            long dzhuts = events.stream().filter(EventMark::isDzhut).count();
            long policies = events.size() - dzhuts;
            List<String> kinds = new ArrayList<>();
            if (policies > 0) {
                kinds.add(policies + (policies == 1 ? " policy event" : " policy events") + " (grey)");
            }
            if (dzhuts > 0) {
                kinds.add(dzhuts + (dzhuts == 1 ? " dzhut winter" : " dzhut winters") + " (blue)");
            }
            boolean numbered = labels.stream().anyMatch(EventLabels::numbered);
            s.append('\n').append("Dashed lines mark ").append(String.join(" and ", kinds))
                    .append(" at the month they took effect, labelled ")
                    .append(numbered ? "with these numbers:" : "with these ids:").append('\n');
            for (int i = 0; i < events.size(); i++) {
                EventMark e = events.get(i);
                s.append(String.format(java.util.Locale.ROOT, "%3d  %s  %s (%s)", i + 1, e.date(), e.id(),
                        e.type()));
                if (!e.description().isEmpty()) {
                    s.append(": ").append(e.description());
                }
                s.append('\n');
            }
        }
        s.append('\n').append("Data plotted: ").append(name).append(".data.csv (").append(dataDescription)
                .append(").\n");
        for (String line : provenance.captionLines()) {
            s.append(line).append('\n');
        }
        return s.toString();
    }

    private static String sentence(String text) {
        String t = text.strip();
        return t.isEmpty() || t.endsWith(".") ? t : t + ".";
    }
}
