package kosh.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;

/**
 * A chart that, before each drawing, lets its {@link EventLabels} strip lay
 * itself out against the plot. The strip is a subtitle, so JFreeChart gives it
 * its height before it draws the plot, but the labels' places depend on where
 * the plot's data area falls, which JFreeChart reveals only by drawing. So the
 * chart is first drawn on a one-pixel scratch image, the same size and scale,
 * to measure the data area; then for real.
 */
final class StripChart extends JFreeChart {

    private static final long serialVersionUID = 1L;

    StripChart(String title, Font titleFont, Plot plot) {
        super(title, titleFont, plot, false);
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, ChartRenderingInfo info) {
        for (Object title : getSubtitles()) {
            if (title instanceof EventLabels labels) {
                labels.fit(() -> measure(g2, area));
            }
        }
        super.draw(g2, area, anchor, info);
    }

    /** Draws the chart on a scratch image with {@code like}'s scale and hints; returns the plot's info. */
    private org.jfree.chart.plot.PlotRenderingInfo measure(Graphics2D like, Rectangle2D area) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = scratch.createGraphics();
        try {
            g2.setRenderingHints(like.getRenderingHints());
            g2.setTransform(like.getTransform());
            // With an entity collection, as some annotations insist on one.
            ChartRenderingInfo info = new ChartRenderingInfo();
            super.draw(g2, area, null, info);
            return info.getPlotInfo();
        } finally {
            g2.dispose();
        }
    }
}
