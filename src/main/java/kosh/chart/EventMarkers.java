package kosh.chart;

import java.awt.Color;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;

/**
 * Marks policy events and dzhut winters on a time chart: a thin dashed vertical
 * line at the event's month across every panel, and a label (its id, or its
 * number where ids do not fit) in a strip above the plot.
 */
final class EventMarkers {

    private EventMarkers() {
    }

    /** Adds a dashed line for every event to {@code plot}, one panel of a chart. */
    static void addTo(XYPlot plot, List<EventMark> events, ChartStyle style) {
        for (EventMark event : events) {
            ValueMarker marker = new ValueMarker(event.x());
            marker.setPaint(colour(event));
            marker.setStroke(style.marker);
            // In front of the data: stacked bars would otherwise hide the line.
            plot.addDomainMarker(marker, Layer.FOREGROUND);
        }
    }

    /**
     * Adds the strip of event labels above the plot of {@code chart}, made by
     * {@link ChartStyle#chart}, below its title and explanation.
     *
     * @return the labels added, or {@code null} if there are no events
     */
    static EventLabels label(JFreeChart chart, List<EventMark> events, ChartStyle style) {
        if (events.isEmpty()) {
            return null;
        }
        EventLabels labels = new EventLabels(events, (XYPlot) chart.getPlot(), style.eventLabel, style.marker);
        chart.addSubtitle(labels);
        return labels;
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
