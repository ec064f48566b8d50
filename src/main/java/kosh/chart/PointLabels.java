package kosh.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * Names the points of a scatter plot. Laid out in pixels at draw time: each
 * name goes right of its point, else left, above or below, wherever it touches
 * no other name or point and stays inside the plot; if no place is free, to
 * the right regardless.
 */
final class PointLabels extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;

    /** A point, its name and the interval of its x (NaN if none). */
    record Point(double x, double y, String name, double low, double high) {
    }

    /** White behind a name, slightly see-through, so a name over a line or another name stays legible. */
    private static final java.awt.Color HALO = new java.awt.Color(255, 255, 255, 200);

    private final List<Point> points;
    private final Font font;
    private final double gap;

    PointLabels(List<Point> points, Font font, double gap) {
        this.points = List.copyOf(points);
        this.font = font;
        this.gap = gap;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        g2.setFont(font);
        double ascent = g2.getFontMetrics().getAscent();
        double height = ascent + g2.getFontMetrics().getDescent();
        double[] px = new double[points.size()];
        double[] py = new double[points.size()];
        List<Rectangle2D> taken = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            px[i] = domainAxis.valueToJava2D(p.x(), area, plot.getDomainAxisEdge());
            py[i] = rangeAxis.valueToJava2D(p.y(), area, plot.getRangeAxisEdge());
            taken.add(new Rectangle2D.Double(px[i] - gap, py[i] - gap, 2 * gap, 2 * gap));
        }
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (!Double.isNaN(p.low()) && !Double.isNaN(p.high())) {
                // The point's interval bar is in the way too.
                double left = domainAxis.valueToJava2D(p.low(), area, plot.getDomainAxisEdge());
                double right = domainAxis.valueToJava2D(p.high(), area, plot.getDomainAxisEdge());
                taken.add(new Rectangle2D.Double(Math.min(left, right), py[i] - gap / 2,
                        Math.abs(right - left), gap));
            }
        }
        g2.setPaint(ChartStyle.TEXT);
        for (int i = 0; i < points.size(); i++) {
            double width = font.getStringBounds(points.get(i).name(), g2.getFontRenderContext()).getWidth();
            List<Rectangle2D> candidates = new ArrayList<>();
            for (double d : new double[] {1.5 * gap, 1.5 * gap + 0.6 * height}) {
                candidates.addAll(ring(px[i], py[i], d, width, height));
            }
            Rectangle2D chosen = candidates.get(0);
            int fewest = Integer.MAX_VALUE;
            for (Rectangle2D candidate : candidates) {
                int clashes = clashes(candidate, taken, i) + (area.contains(candidate) ? 0 : 100);
                // Nearer rings are tried first and win ties: a name stays close to its point.
                if (clashes < fewest) {
                    fewest = clashes;
                    chosen = candidate;
                }
            }
            taken.add(chosen);
            g2.setPaint(HALO);
            g2.fill(chosen);
            g2.setPaint(ChartStyle.TEXT);
            g2.drawString(points.get(i).name(), (float) chosen.getX(), (float) (chosen.getY() + ascent));
        }
    }

    /** Boxes for a name around a point at distance {@code d}: right, left, above, below, corners. */
    private static List<Rectangle2D> ring(double x, double y, double d, double width, double height) {
        return List.of(
                new Rectangle2D.Double(x + d, y - height / 2, width, height),
                new Rectangle2D.Double(x - d - width, y - height / 2, width, height),
                new Rectangle2D.Double(x - width / 2, y - d - height, width, height),
                new Rectangle2D.Double(x - width / 2, y + d, width, height),
                new Rectangle2D.Double(x + d, y - d - height, width, height),
                new Rectangle2D.Double(x + d, y + d, width, height),
                new Rectangle2D.Double(x - d - width, y - d - height, width, height),
                new Rectangle2D.Double(x - d - width, y + d, width, height));
    }

    private static int clashes(Rectangle2D box, List<Rectangle2D> taken, int ownPoint) {
        int n = 0;
        for (int j = 0; j < taken.size(); j++) {
            if (j != ownPoint && taken.get(j).intersects(box)) {
                n++;
            }
        }
        return n;
    }

}
