package kosh.chart;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.util.List;

import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;

/**
 * Marks policy events and dzhut winters on a time plot: a thin dashed vertical
 * line at the event's month and, optionally, its id as a rotated label.
 */
final class EventMarkers {

    private EventMarkers() {
    }

    /**
     * Adds a dashed line for every event to {@code plot}, and the labels if
     * {@code withLabels} (a stacked panel labels only its top plot).
     */
    static void addTo(XYPlot plot, List<EventMark> events, boolean withLabels) {
        for (EventMark event : events) {
            ValueMarker marker = new ValueMarker(event.x());
            marker.setPaint(colour(event));
            marker.setStroke(ChartStyle.MARKER);
            // In front of the data: stacked bars would otherwise hide the line.
            plot.addDomainMarker(marker, Layer.FOREGROUND);
        }
        if (withLabels && !events.isEmpty()) {
            plot.addAnnotation(new EventLabels(events), false);
        }
    }

    static Color colour(EventMark event) {
        return event.isDzhut() ? ChartStyle.DZHUT_MARKER : ChartStyle.POLICY_MARKER;
    }

    /** Legend entries explaining the two kinds of marker, for the kinds present. */
    static LegendItemSource legend(List<EventMark> events) {
        boolean policy = events.stream().anyMatch(e -> !e.isDzhut());
        boolean dzhut = events.stream().anyMatch(EventMark::isDzhut);
        return () -> {
            LegendItemCollection items = new LegendItemCollection();
            if (policy) {
                items.add(item("Policy event", ChartStyle.POLICY_MARKER));
            }
            if (dzhut) {
                items.add(item("Dzhut winter", ChartStyle.DZHUT_MARKER));
            }
            return items;
        };
    }

    private static LegendItem item(String label, Color colour) {
        LegendItem item = new LegendItem(label, null, null, null,
                new Line2D.Double(-9, 0, 9, 0), ChartStyle.MARKER, colour);
        item.setLabelFont(ChartStyle.LEGEND);
        item.setLabelPaint(ChartStyle.TEXT);
        return item;
    }
}
