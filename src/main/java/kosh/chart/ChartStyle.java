package kosh.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one look shared by every kosh chart: white background, light grey grid,
 * the Okabe–Ito colour-blind-safe palette, sans-serif text sized for the page,
 * integer years and thousands separators on counts.
 *
 * <p>Colours are the same at every size; fonts, strokes and spacing come from
 * a {@link ChartSize}, so one instance is made per size with {@link #of}.
 * Number formats are made afresh for each axis because {@link NumberFormat} is
 * not thread-safe.
 */
final class ChartStyle {

    // Okabe & Ito (2008), "Color Universal Design".
    static final Color ORANGE = new Color(0xE69F00);
    static final Color SKY_BLUE = new Color(0x56B4E9);
    static final Color GREEN = new Color(0x009E73);
    static final Color YELLOW = new Color(0xF0E442);
    static final Color BLUE = new Color(0x0072B2);
    static final Color VERMILLION = new Color(0xD55E00);
    static final Color PURPLE = new Color(0xCC79A7);
    static final Color BLACK = new Color(0x000000);

    static final Color GRID = new Color(0xDDDDDD);
    static final Color TEXT = new Color(0x222222);
    static final Color MUTED_TEXT = new Color(0x555555);
    static final Color POLICY_MARKER = new Color(0x444444);
    static final Color DZHUT_MARKER = BLUE;

    /** Said with every time chart so a reader can place a yearly value against an event. */
    static final String TIME_NOTE =
            "Yearly flows are drawn over their calendar year, stocks at 31 December.";

    final ChartSize size;
    final Font title;
    final Font subtitle;
    final Font axisLabel;
    final Font tickLabel;
    final Font legend;
    final Font source;
    final Font eventLabel;
    final Font panelTitle;
    final Stroke line;
    final Stroke thickLine;
    final Stroke marker;
    final Stroke gridLine;
    /** Spacing unit: paddings are multiples of it, so they shrink with the text. */
    final double space;

    private ChartStyle(ChartSize size) {
        this.size = size;
        title = font(Font.BOLD, size.titlePoints());
        subtitle = font(Font.PLAIN, size.subtitlePoints());
        axisLabel = font(Font.PLAIN, size.axisLabelPoints());
        tickLabel = font(Font.PLAIN, size.tickLabelPoints());
        legend = font(Font.PLAIN, size.legendPoints());
        source = font(Font.PLAIN, size.sourcePoints());
        eventLabel = font(Font.PLAIN, size.eventLabelPoints());
        panelTitle = font(Font.BOLD, size.panelTitlePoints());
        line = new BasicStroke(size.linePoints(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        thickLine = new BasicStroke(size.thickLinePoints(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        float m = size.markerPoints();
        marker = new BasicStroke(m, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {5 * m, 3 * m}, 0f);
        gridLine = new BasicStroke(m * 0.6f);
        space = size.legendPoints() / 12.0;
    }

    private static final ChartStyle[] BY_SIZE = new ChartStyle[ChartSize.values().length];

    static {
        for (ChartSize s : ChartSize.values()) {
            BY_SIZE[s.ordinal()] = new ChartStyle(s);
        }
    }

    /** The style for one size; styles are immutable and shared. */
    static ChartStyle of(ChartSize size) {
        return BY_SIZE[size.ordinal()];
    }

    private static Font font(int style, float points) {
        return new Font(Font.SANS_SERIF, style, 12).deriveFont(points);
    }

    private RectangleInsets insets(double top, double left, double bottom, double right) {
        return new RectangleInsets(top * space, left * space, bottom * space, right * space);
    }

    /** A calendar-year axis: "1990", never "1,990"; tick "2012" is 1 January 2012. */
    NumberAxis yearAxis() {
        NumberAxis axis = new NumberAxis("Year");
        DecimalFormat plain = new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        TickUnits units = new TickUnits();
        for (int step : new int[] {1, 2, 5, 10, 20, 50, 100}) {
            // Minor ticks fall on every year while the major step is ten years or less.
            units.add(new NumberTickUnit(step, plain, step <= 10 ? step : 5));
        }
        axis.setStandardTickUnits(units);
        axis.setAutoRangeIncludesZero(false);
        axis.setLowerMargin(0);
        axis.setUpperMargin(0);
        axis.setMinorTickMarksVisible(true);
        style(axis);
        return axis;
    }

    /** An axis of whole counts with thousands separators, from zero up. */
    NumberAxis countAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ENGLISH));
        axis.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.ENGLISH));
        axis.setAutoRangeIncludesZero(true);
        axis.setUpperMargin(0.12);
        style(axis);
        spaceTicks(axis);
        return axis;
    }

    /** An axis of decimal quantities (millions, thousands, percent, scores), from zero up. */
    NumberAxis decimalAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ENGLISH));
        axis.setAutoRangeIncludesZero(true);
        axis.setUpperMargin(0.12);
        style(axis);
        spaceTicks(axis);
        return axis;
    }

    /**
     * Room above and below each value's label, which JFreeChart counts when it
     * picks the tick step: a short plot (a single column, a stacked panel) then
     * shows five or six values rather than a dozen crowded ones.
     */
    private void spaceTicks(NumberAxis axis) {
        axis.setTickLabelInsets(insets(6, 2, 6, 2));
    }

    void style(ValueAxis axis) {
        axis.setLabelFont(axisLabel);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(tickLabel);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(MUTED_TEXT);
        axis.setAxisLineStroke(gridLine);
        axis.setTickMarkPaint(MUTED_TEXT);
        axis.setTickMarkStroke(gridLine);
        axis.setTickMarkOutsideLength((float) (2 * space));
        axis.setMinorTickMarkOutsideLength((float) space);
        axis.setTickLabelInsets(insets(2, 2, 2, 2));
        axis.setLabelInsets(insets(2, 2, 2, 2));
    }

    /** Colours a secondary axis like the one series drawn against it, so the pairing is obvious. */
    static void tint(ValueAxis axis, Color color) {
        axis.setLabelPaint(color.darker());
        axis.setTickLabelPaint(color.darker());
        axis.setAxisLinePaint(color);
        axis.setTickMarkPaint(color);
    }

    /** An XY plot on white with a light grey grid. */
    XYPlot plot(ValueAxis domain, ValueAxis range) {
        XYPlot plot = new XYPlot(null, domain, range, null);
        stylePlot(plot);
        return plot;
    }

    void stylePlot(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(gridLine);
        plot.setRangeGridlineStroke(gridLine);
        plot.setDomainGridlinesVisible(true);
        plot.setRangeGridlinesVisible(true);
        plot.setAxisOffset(insets(3, 3, 3, 3));
        plot.setInsets(insets(4, 2, 2, 8));
    }

    /**
     * Flat bars: no gradient, no shadow, a hairline gap between neighbours; in
     * the legend the same swatch as a band, not JFreeChart's tall default bar.
     */
    void styleBars(XYBarRenderer renderer, double margin) {
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setMargin(margin);
        renderer.setLegendBar(swatch());
    }

    /** A legend entry drawn as a short line. */
    LegendItem lineItem(String label, Color colour, Stroke stroke) {
        double half = 7 * space;
        LegendItem item = new LegendItem(label, null, null, null, new Line2D.Double(-half, 0, half, 0),
                stroke, colour);
        item.setLabelFont(legend);
        item.setLabelPaint(TEXT);
        return item;
    }

    /** The shape of a filled legend entry: a small box, wider than high. */
    private Shape swatch() {
        double half = 5 * space;
        return new Rectangle2D.Double(-half, -half * 0.7, 2 * half, 1.4 * half);
    }

    /** A legend entry drawn as a filled swatch, e.g. a band. */
    LegendItem swatchItem(String label, Color colour) {
        LegendItem item = new LegendItem(label, null, null, null, swatch(), colour);
        item.setLabelFont(legend);
        item.setLabelPaint(TEXT);
        return item;
    }

    /**
     * Wraps a plot in a chart with a title, a one-line explanation (where the
     * size has room for it), a legend below the plot (so it never covers data)
     * and the source line at the very bottom.
     *
     * @param legendSources where the legend takes its items, in order
     */
    JFreeChart chart(String titleText, String subtitleText, Plot plot, String sourceLine,
                     LegendItemSource... legendSources) {
        JFreeChart chart = new StripChart(titleText, title, plot);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setTextAntiAlias(true);
        chart.setAntiAlias(true);
        chart.setPadding(insets(8, 8, 6, 8));
        chart.getTitle().setPaint(TEXT);
        chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.getTitle().setTextAlignment(HorizontalAlignment.LEFT);
        chart.getTitle().setMargin(0, 2 * space, 2 * space, 0);

        // Bottom titles are stacked outwards in the order they are added:
        // source line outermost, then the legend.
        TextTitle sourceTitle = new TextTitle(sourceLine, source);
        sourceTitle.setPaint(MUTED_TEXT);
        sourceTitle.setPosition(RectangleEdge.BOTTOM);
        sourceTitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
        sourceTitle.setTextAlignment(HorizontalAlignment.LEFT);
        sourceTitle.setMargin(4 * space, 2 * space, 0, 0);
        chart.addSubtitle(sourceTitle);

        if (legendSources.length > 0) {
            LegendTitle legendTitle = legend(legendSources);
            legendTitle.setMargin(2 * space, 0, 0, 0);
            chart.addSubtitle(legendTitle);
        }

        if (size.subtitleShown() && subtitleText != null && !subtitleText.isEmpty()) {
            TextTitle explanation = new TextTitle(subtitleText, subtitle);
            explanation.setPaint(MUTED_TEXT);
            explanation.setPosition(RectangleEdge.TOP);
            explanation.setHorizontalAlignment(HorizontalAlignment.LEFT);
            explanation.setTextAlignment(HorizontalAlignment.LEFT);
            explanation.setMargin(0, 2 * space, 6 * space, 0);
            chart.addSubtitle(explanation);
        } else {
            chart.getTitle().setMargin(0, 2 * space, 6 * space, 0);
        }
        return chart;
    }

    /**
     * Adds a row of legend entries above the legend {@link #chart} made (and
     * above rows added before), for a legend whose rows group its entries.
     */
    void addLegendRow(JFreeChart chart, LegendItemSource... sources) {
        // The gap to the plot goes above the top row only.
        for (Object title : chart.getSubtitles()) {
            if (title instanceof LegendTitle row) {
                row.setMargin(0, 0, 0, 0);
            }
        }
        LegendTitle row = legend(sources);
        row.setMargin(2 * space, 0, 0, 0);
        chart.addSubtitle(row);
    }

    private LegendTitle legend(LegendItemSource... sources) {
        LegendTitle legendTitle = new LegendTitle(sources[0]);
        legendTitle.setSources(sources);
        legendTitle.setItemFont(legend);
        legendTitle.setItemPaint(TEXT);
        legendTitle.setBackgroundPaint(Color.WHITE);
        legendTitle.setFrame(BlockBorder.NONE);
        legendTitle.setPosition(RectangleEdge.BOTTOM);
        legendTitle.setHorizontalAlignment(HorizontalAlignment.CENTER);
        legendTitle.setMargin(0, 0, 0, 0);
        legendTitle.setItemLabelPadding(insets(1, 3, 1, 8));
        legendTitle.setLegendItemGraphicPadding(insets(1, 2, 1, 1));
        return legendTitle;
    }

    /**
     * The source line under a time chart: where the numbers come from and,
     * where there is room, how a yearly value sits on the time axis.
     */
    String timeSourceLine(String sourceLine) {
        return size == ChartSize.SINGLE_COLUMN ? sourceLine : sourceLine + ". " + TIME_NOTE;
    }
}
