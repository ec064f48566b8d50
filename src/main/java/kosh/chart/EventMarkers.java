package kosh.chart;

import java.awt.Color;
import java.util.List;

import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;

/**
 * Marks policy events and dzhut winters on a time plot: a thin dashed vertical
 * line at the event's month and, optionally, a label (its id, or its number
 * where ids do not fit).
 */
final class EventMarkers {

    private EventMarkers() {
    }

    /**
     * Adds a dashed line for every event to {@code plot}, and the labels if
     * {@code withLabels} (a stacked panel labels only its top plot).
     *
     * @return the labels added, or {@code null} if none
     */
    static EventLabels addTo(XYPlot plot, List<EventMark> events, boolean withLabels, ChartStyle style) {
        for (EventMark event : events) {
            ValueMarker marker = new ValueMarker(event.x());
            marker.setPaint(colour(event));
            marker.setStroke(style.marker);
            // In front of the data: stacked bars would otherwise hide the line.
            plot.addDomainMarker(marker, Layer.FOREGROUND);
        }
        if (withLabels && !events.isEmpty()) {
            EventLabels labels = new EventLabels(events, style.eventLabel);
            plot.addAnnotation(labels, false);
            return labels;
        }
        return null;
    }

    static Color colour(EventMark event) {
        return event.isDzhut() ? ChartStyle.DZHUT_MARKER : ChartStyle.POLICY_MARKER;
    }

    /** Legend entries explaining the two kinds of marker, for the kinds present. */
    static LegendItemSource legend(List<EventMark> events, ChartStyle style) {
        boolean policy = events.stream().anyMatch(e -> !e.isDzhut());
        boolean dzhut = events.stream().anyMatch(EventMark::isDzhut);
        return () -> {
            LegendItemCollection items = new LegendItemCollection();
            if (policy) {
                items.add(style.lineItem("Policy event", ChartStyle.POLICY_MARKER, style.marker));
            }
            if (dzhut) {
                items.add(style.lineItem("Dzhut winter", ChartStyle.DZHUT_MARKER, style.marker));
            }
            return items;
        };
    }
}
