package kosh.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * Labels each event's marker line, hanging from the top of the plot: by its id,
 * as text reading upwards beside the line, or, where the ids do not fit, by its
 * number in date order (1, 2, ...), which the chart's caption file explains.
 *
 * <p>The layout is worked out in pixels at draw time, so it holds at any chart
 * size. Labels are placed left to right; each goes on whichever side of its
 * line keeps it clear of other events' lines, as high as it can without
 * touching a label already placed. So events a few months apart get staggered
 * labels instead of a smudge. Whether ids or numbers are drawn is decided at
 * the first drawing and kept, so the PNG, SVG and PDF of a chart agree.
 */
final class EventLabels extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;

    /** Points between a line and its label, and between neighbouring labels. */
    static final double GAP = 2.5;
    /** Ids are drawn only if every one fits within this share of the plot's height. */
    static final double ID_DEPTH_SHARE = 0.6;
    /** White behind the text, slightly see-through, so a label never hides data entirely. */
    private static final Color HALO = new Color(255, 255, 255, 215);

    private final List<EventMark> events;
    private final Font font;
    private Boolean numbered;

    EventLabels(List<EventMark> events, Font font) {
        this.events = List.copyOf(events);
        this.font = font;
    }

    /**
     * Whether the labels are numbers rather than ids; {@code false} until the
     * chart has been drawn once.
     */
    synchronized boolean numbered() {
        return numbered != null && numbered;
    }

    /** Where a label goes: its box in pixels. */
    record Box(double left, double right, double top, double bottom) {

        boolean touches(Box other) {
            return left < other.right + GAP && other.left < right + GAP
                    && top < other.bottom + GAP && other.top < bottom + GAP;
        }
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
                     ValueAxis rangeAxis, int rendererIndex, PlotRenderingInfo info) {
        g2.setFont(font);
        FontMetrics metrics = g2.getFontMetrics();
        double thickness = metrics.getAscent() + metrics.getDescent();

        List<Integer> shown = new ArrayList<>();
        List<Double> lines = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (domainAxis.getRange().contains(events.get(i).x())) {
                shown.add(i);
                lines.add(domainAxis.valueToJava2D(events.get(i).x(), dataArea, plot.getDomainAxisEdge()));
            }
        }
        double[] xs = new double[shown.size()];
        double[] idLengths = new double[shown.size()];
        double[] numberWidths = new double[shown.size()];
        double[] numberHeights = new double[shown.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = lines.get(i);
            idLengths[i] = width(g2, events.get(shown.get(i)).id());
            numberWidths[i] = width(g2, number(shown.get(i)));
            numberHeights[i] = metrics.getAscent();
        }

        List<Box> boxes;
        synchronized (this) {
            if (numbered == null) {
                List<Box> ids = layout(xs, idLengths, thickness, dataArea);
                numbered = !allWithin(ids, dataArea.getMinY() + ID_DEPTH_SHARE * dataArea.getHeight());
            }
        }
        boxes = numbered ? layout(xs, numberWidths, numberHeights, dataArea)
                : layout(xs, idLengths, thickness, dataArea);
        for (int i = 0; i < xs.length; i++) {
            if (boxes.get(i) != null) {
                int index = shown.get(i);
                if (numbered) {
                    drawNumber(g2, events.get(index), number(index), boxes.get(i));
                } else {
                    drawId(g2, events.get(index), boxes.get(i));
                }
            }
        }
    }

    private static String number(int index) {
        return Integer.toString(index + 1);
    }

    private double width(Graphics2D g2, String text) {
        return font.getStringBounds(text, g2.getFontRenderContext()).getWidth() + 1;
    }

    private static boolean allWithin(List<Box> boxes, double maxY) {
        for (Box box : boxes) {
            if (box == null || box.bottom() > maxY) {
                return false;
            }
        }
        return true;
    }

    /**
     * Places one upright label (text turned to read upwards) per marker line.
     *
     * @param lines     x of each marker line in pixels, ascending
     * @param lengths   length of each label's text in pixels (its height once turned)
     * @param thickness height of a line of text in pixels (its width once turned)
     * @param area      the plot's data area
     * @return a box per line, or {@code null} where the plot is narrower than a line of text
     */
    static List<Box> layout(double[] lines, double[] lengths, double thickness, Rectangle2D area) {
        double[] widths = new double[lines.length];
        java.util.Arrays.fill(widths, thickness);
        return layout(lines, widths, lengths, area);
    }

    /**
     * Places one label box of {@code widths[i]} by {@code heights[i]} pixels
     * beside each marker line.
     */
    static List<Box> layout(double[] lines, double[] widths, double[] heights, Rectangle2D area) {
        List<Box> placed = new ArrayList<>();
        List<Box> result = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            double x = lines[i];
            Box best = null;
            int bestScore = Integer.MAX_VALUE;
            for (boolean right : new boolean[] {true, false}) {
                double left = right ? x + GAP : x - GAP - widths[i];
                if (left < area.getMinX() || left + widths[i] > area.getMaxX()) {
                    continue;
                }
                Box box = highestFree(placed, left, left + widths[i], heights[i], area.getMinY() + GAP);
                // Prefer, in order: a label that fits in the plot, one no other line
                // crosses (it would read as belonging to that line), the higher one.
                boolean fits = box.bottom <= area.getMaxY() - GAP;
                boolean crossed = crossedByOtherLine(box, lines, i);
                int score = (fits ? 0 : 2_000_000) + (crossed ? 1_000_000 : 0) + (int) box.top;
                if (score < bestScore) {
                    best = box;
                    bestScore = score;
                }
            }
            if (best != null && best.bottom > area.getMaxY() - GAP) {
                // More crowding than the plot is deep: hang it from the top and let it overlap.
                double top = area.getMinY() + GAP;
                best = new Box(best.left, best.right, top, top + heights[i]);
            }
            if (best != null) {
                placed.add(best);
            }
            result.add(best);
        }
        return result;
    }

    /**
     * The highest box of this height at {@code left..right}, at or below
     * {@code top}, that touches no box already placed.
     */
    private static Box highestFree(List<Box> placed, double left, double right, double height,
                                   double top) {
        Box box = new Box(left, right, top, top + height);
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Box other : placed) {
                if (box.touches(other)) {
                    double below = other.bottom + GAP + 0.5;
                    box = new Box(left, right, below, below + height);
                    moved = true;
                }
            }
        }
        return box;
    }

    private static boolean crossedByOtherLine(Box box, double[] lines, int own) {
        for (int j = 0; j < lines.length; j++) {
            if (j != own && lines[j] > box.left - 1 && lines[j] < box.right + 1) {
                return true;
            }
        }
        return false;
    }

    private static void drawId(Graphics2D g2, EventMark event, Box box) {
        g2.setPaint(HALO);
        g2.fill(new Rectangle2D.Double(box.left, box.top, box.right - box.left, box.bottom - box.top));
        // Turned a quarter anticlockwise, the baseline runs up the screen from the
        // box's bottom and the ascent lies to the left. Drawn as plain text (not
        // JFreeChart's rotated-string helper, which outlines glyphs) so the SVG
        // and PDF keep the label as searchable, selectable text.
        AffineTransform saved = g2.getTransform();
        g2.translate(box.left + g2.getFontMetrics().getAscent(), box.bottom - 0.5);
        g2.rotate(-Math.PI / 2);
        g2.setPaint(EventMarkers.colour(event));
        g2.drawString(event.id(), 0f, 0f);
        g2.setTransform(saved);
    }

    private static void drawNumber(Graphics2D g2, EventMark event, String number, Box box) {
        g2.setPaint(HALO);
        g2.fill(new Rectangle2D.Double(box.left, box.top, box.right - box.left, box.bottom - box.top));
        g2.setPaint(EventMarkers.colour(event));
        g2.drawString(number, (float) (box.left + 0.5), (float) box.bottom);
    }
}
