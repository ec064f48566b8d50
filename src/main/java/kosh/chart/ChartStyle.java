package kosh.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
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
 * <p>Only immutable constants are static; number formats are made afresh for
 * each axis because {@link NumberFormat} is not thread-safe.
 */
final class ChartStyle {

    /** Logical size in points; the PNG is drawn at {@link #PNG_SCALE} times this. */
    static final int WIDTH = 1000;
    static final int HEIGHT = 625;
    static final int PNG_SCALE = 2;

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

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font TICK_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font SOURCE = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    static final Font EVENT_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    static final Font PANEL_TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);

    static final Stroke LINE = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke THICK_LINE = new BasicStroke(3.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke MARKER = new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {5f, 3f}, 0f);
    static final Stroke GRID_LINE = new BasicStroke(0.6f);

    /** Said under every time chart so a reader can place a yearly value against an event. */
    static final String TIME_NOTE =
            "Yearly flows are drawn over their calendar year, stocks at 31 December.";

    private ChartStyle() {
    }

    /** A calendar-year axis: "1990", never "1,990"; tick "2012" is 1 January 2012. */
    static NumberAxis yearAxis() {
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
    static NumberAxis countAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ENGLISH));
        axis.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.ENGLISH));
        axis.setAutoRangeIncludesZero(true);
        axis.setUpperMargin(0.12);
        style(axis);
        return axis;
    }

    /** An axis of decimal quantities (millions, thousands, percent, scores), from zero up. */
    static NumberAxis decimalAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ENGLISH));
        axis.setAutoRangeIncludesZero(true);
        axis.setUpperMargin(0.12);
        style(axis);
        return axis;
    }

    static void style(ValueAxis axis) {
        axis.setLabelFont(AXIS_LABEL);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK_LABEL);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(MUTED_TEXT);
        axis.setTickMarkPaint(MUTED_TEXT);
    }

    /** Colours a secondary axis like the one series drawn against it, so the pairing is obvious. */
    static void tint(ValueAxis axis, Color color) {
        axis.setLabelPaint(color.darker());
        axis.setTickLabelPaint(color.darker());
        axis.setAxisLinePaint(color);
        axis.setTickMarkPaint(color);
    }

    /** An XY plot on white with a light grey grid. */
    static XYPlot plot(ValueAxis domain, ValueAxis range) {
        XYPlot plot = new XYPlot(null, domain, range, null);
        stylePlot(plot);
        return plot;
    }

    static void stylePlot(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(GRID_LINE);
        plot.setRangeGridlineStroke(GRID_LINE);
        plot.setDomainGridlinesVisible(true);
        plot.setRangeGridlinesVisible(true);
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        plot.setInsets(new RectangleInsets(6, 4, 4, 12));
    }

    /** Flat bars: no gradient, no shadow, a hairline gap between neighbours. */
    static void styleBars(XYBarRenderer renderer, double margin) {
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setMargin(margin);
    }

    /**
     * Wraps a plot in a chart with a title, a one-line explanation, a legend
     * below the plot (so it never covers data) and the source line at the very
     * bottom.
     *
     * @param legendSources where the legend takes its items, in order
     */
    static JFreeChart chart(String title, String subtitle, Plot plot, RunInfo info,
                            LegendItemSource... legendSources) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setTextAntiAlias(true);
        chart.setAntiAlias(true);
        chart.setPadding(new RectangleInsets(10, 12, 8, 12));
        chart.getTitle().setPaint(TEXT);
        chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.getTitle().setMargin(0, 4, 2, 0);

        // Bottom titles are stacked outwards in the order they are added:
        // source line outermost, then the legend.
        TextTitle source = new TextTitle(info.sourceLine() + ". " + TIME_NOTE, SOURCE);
        source.setPaint(MUTED_TEXT);
        source.setPosition(RectangleEdge.BOTTOM);
        source.setHorizontalAlignment(HorizontalAlignment.LEFT);
        source.setMargin(6, 4, 0, 0);
        chart.addSubtitle(source);

        if (legendSources.length > 0) {
            LegendTitle legend = new LegendTitle(legendSources[0]);
            legend.setSources(legendSources);
            legend.setItemFont(LEGEND);
            legend.setItemPaint(TEXT);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setHorizontalAlignment(HorizontalAlignment.CENTER);
            legend.setMargin(4, 0, 0, 0);
            legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 10));
            chart.addSubtitle(legend);
        }

        TextTitle explanation = new TextTitle(subtitle, SUBTITLE);
        explanation.setPaint(MUTED_TEXT);
        explanation.setPosition(RectangleEdge.TOP);
        explanation.setHorizontalAlignment(HorizontalAlignment.LEFT);
        explanation.setMargin(0, 4, 8, 0);
        chart.addSubtitle(explanation);
        return chart;
    }
}
