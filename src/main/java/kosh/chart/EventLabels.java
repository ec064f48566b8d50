package kosh.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.Size2D;
import org.jfree.chart.ui.VerticalAlignment;

/**
 * The strip above a time chart's plot that labels each event's marker line: by
 * its id or, where the ids do not fit in {@link #MAX_ID_ROWS} rows, by its
 * number in date order (1, 2, ...), which the chart's caption file explains.
 *
 * <p>A subtitle, so JFreeChart reserves its height between the title and the
 * plot and no label ever covers data. The dashed lines are continued up
 * through the strip, and each label sits beside its own line, in as few rows
 * as the labels need. Where the labels fall depends on where the plot's data
 * area falls, which JFreeChart only knows once it has drawn the plot, so a
 * {@link StripChart} measures the plot ({@link #fit}) before every drawing.
 * Whether ids or numbers are drawn is decided at the first drawing and kept,
 * so the PNG, SVG and PDF of a chart agree.
 */
final class EventLabels extends Title {

    private static final long serialVersionUID = 1L;

    /** Points between a line and its label, and between neighbouring labels in a row. */
    static final double GAP = 2.5;
    /** Ids are drawn only if they fit in this many rows; otherwise numbers. */
    static final int MAX_ID_ROWS = 2;
    /** Points between rows, and between the lowest row and the plot. */
    static final double ROW_GAP = 0.5;
    /**
     * Numbered events whose lines are closer than this share of a numeral's
     * width share one label ("5,6,7"): their lines are hard to tell apart
     * anyway, and a label each would stack them row upon row.
     */
    static final double JOIN_SHARE = 1.0;
    /** Between the numbers of a shared label. */
    private static final String SEPARATOR = ",";
    /** Points of white on either side of a label's text. */
    private static final double PAD = 0.6;
    /**
     * Text is measured in one context whatever it is drawn on, so the layout,
     * and with it the strip's height, is the same in the PNG, SVG and PDF.
     */
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private final List<EventMark> events;
    private final XYPlot plot;
    private final Font font;
    /** The marker lines' width and dashes (a stroke is not serializable). */
    private final float lineWidth;
    private final float[] dashes;

    private Boolean numbered;
    /** Rows the strip is reserving; set by {@link #fit} before each drawing. */
    private int rows;
    /**
     * The layout for the coming drawing: the events on the axis (indices into
     * {@link #events}), their lines' x, the labels (each a run of those
     * events, as positions in {@code shown}) and where each label goes.
     */
    private transient List<Integer> shown = List.of();
    private transient List<Double> lines = List.of();
    private transient List<int[]> labels = List.of();
    private transient List<Slot> slots = List.of();
    private double dataTop;
    /** Label boxes of the last drawing, in the chart's coordinates. */
    private transient List<Rectangle2D> drawn = List.of();

    /**
     * @param plot the chart's plot (a combined plot for stacked panels): its
     *             domain axis places the lines
     */
    EventLabels(List<EventMark> events, XYPlot plot, Font font, Stroke marker) {
        super(RectangleEdge.TOP, HorizontalAlignment.LEFT, VerticalAlignment.TOP);
        this.events = List.copyOf(events);
        this.plot = plot;
        this.font = font;
        BasicStroke line = marker instanceof BasicStroke b ? b : new BasicStroke(0.5f);
        this.lineWidth = line.getLineWidth();
        this.dashes = line.getDashArray();
        setPadding(0, 0, 0, 0);
        setMargin(0, 0, 0, 0);
    }

    /**
     * Whether the labels are numbers rather than ids; {@code false} until the
     * chart has been drawn once.
     */
    synchronized boolean numbered() {
        return numbered != null && numbered;
    }

    /** The label boxes of the last drawing, in the chart's coordinates. */
    synchronized List<Rectangle2D> drawnBoxes() {
        return drawn == null ? List.of() : drawn;
    }

    /** How many rows of labels the last drawing had. */
    synchronized int rows() {
        return rows;
    }

    /** Measures the plot where no one sees it: the plot's rendering info, as drawn now. */
    @FunctionalInterface
    interface Measure {
        PlotRenderingInfo plotInfo();
    }

    /**
     * Lays the labels out for the coming drawing: reserves one row, measures
     * the plot, and reserves as many rows as the labels then need, measuring
     * again while that changes the plot's width (its value axis may widen).
     */
    synchronized void fit(Measure measure) {
        int reserve = 1;
        for (int attempt = 0; attempt < 4; attempt++) {
            rows = reserve;
            PlotRenderingInfo info = measure.plotInfo();
            Rectangle2D data = topDataArea(info);
            int needed = layOut(data);
            if (needed == 0) {
                rows = 0; // no event on the axis: no strip
                break;
            }
            if (needed <= reserve) {
                break;
            }
            reserve = needed;
        }
    }

    /** The data area of the top panel: where the strip's lines meet the plot's. */
    static Rectangle2D topDataArea(PlotRenderingInfo info) {
        return info.getSubplotCount() > 0 ? info.getSubplotInfo(0).getDataArea() : info.getDataArea();
    }

    /** Places the labels above {@code data}; returns the rows they need. */
    private int layOut(Rectangle2D data) {
        dataTop = data.getMinY();
        List<Integer> index = new ArrayList<>();
        List<Double> xs = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            double x = events.get(i).x();
            if (plot.getDomainAxis().getRange().contains(x)) {
                index.add(i);
                xs.add(plot.getDomainAxis().valueToJava2D(x, data, plot.getDomainAxisEdge()));
            }
        }
        double[] at = xs.stream().mapToDouble(Double::doubleValue).toArray();
        if (numbered == null) {
            List<int[]> single = runs(at, 0);
            List<Slot> ids = place(single, at, index, false, data);
            numbered = !StripLayout.readable(ids, MAX_ID_ROWS);
        }
        shown = List.copyOf(index);
        lines = List.copyOf(xs);
        labels = runs(at, numbered ? JOIN_SHARE * font.getStringBounds("0", MEASURE).getWidth() : 0);
        slots = place(labels, at, index, numbered, data);
        return StripLayout.rows(slots);
    }

    /**
     * Runs of consecutive lines that share a label: each run's lines lie within
     * {@code span} of its first; with {@code span} 0 every line is its own run.
     */
    static List<int[]> runs(double[] lines, double span) {
        List<int[]> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= lines.length; i++) {
            if (i == lines.length || lines[i] - lines[start] > span) {
                int[] run = new int[i - start];
                for (int k = 0; k < run.length; k++) {
                    run[k] = start + k;
                }
                runs.add(run);
                start = i;
            }
        }
        return runs;
    }

    private List<Slot> place(List<int[]> runs, double[] at, List<Integer> index, boolean asNumbers,
                             Rectangle2D data) {
        double[] first = new double[runs.size()];
        double[] last = new double[runs.size()];
        double[] widths = new double[runs.size()];
        for (int r = 0; r < runs.size(); r++) {
            int[] run = runs.get(r);
            first[r] = at[run[0]];
            last[r] = at[run[run.length - 1]];
            widths[r] = font.getStringBounds(text(run, index, asNumbers), MEASURE).getWidth() + 2 * PAD;
        }
        return StripLayout.place(first, last, at, widths, data.getMinX(), data.getMaxX());
    }

    private String text(int[] run, List<Integer> index, boolean asNumbers) {
        StringBuilder text = new StringBuilder();
        for (int k : run) {
            text.append(text.length() == 0 ? "" : SEPARATOR).append(text(index.get(k), asNumbers));
        }
        return text.toString();
    }

    private String text(int index, boolean asNumbers) {
        return asNumbers ? Integer.toString(index + 1) : events.get(index).id();
    }

    /**
     * The ink of a row's text, relative to its baseline: numbers only need the
     * height of a numeral (and a comma's tail), ids the font's full ascent and
     * descent. Tight rows keep the strip short.
     */
    private Rectangle2D ink() {
        if (numbered()) {
            return font.createGlyphVector(MEASURE, "0123456789" + SEPARATOR).getVisualBounds();
        }
        LineMetrics m = font.getLineMetrics("0123456789-abcdefghijklmnopqrstuvwxyz", MEASURE);
        return new Rectangle2D.Double(0, -m.getAscent(), 1, m.getAscent() + m.getDescent());
    }

    private double rowHeight() {
        return ink().getHeight() + 2 * PAD;
    }

    /** The strip's height: its rows, and a gap above the plot. */
    private double height() {
        return rows == 0 ? 0 : rows * (rowHeight() + ROW_GAP) + ROW_GAP;
    }

    @Override
    public synchronized Size2D arrange(Graphics2D g2, RectangleConstraint constraint) {
        return constraint.calculateConstrainedSize(new Size2D(0, height()));
    }

    @Override
    public Object draw(Graphics2D g2, Rectangle2D area, Object params) {
        draw(g2, area);
        return null;
    }

    @Override
    public synchronized void draw(Graphics2D g2, Rectangle2D area) {
        if (rows == 0 || slots == null || slots.isEmpty()) {
            drawn = List.of();
            return;
        }
        // The lines first, from the plot up to the top of the strip; the labels over them.
        for (int i = 0; i < lines.size(); i++) {
            g2.setPaint(EventMarkers.colour(events.get(shown.get(i))));
            g2.setStroke(continuing(dataTop - area.getMinY()));
            g2.draw(new Line2D.Double(lines.get(i), area.getMinY(), lines.get(i), dataTop));
        }
        g2.setFont(font);
        double descent = ink().getMaxY();
        double step = rowHeight() + ROW_GAP;
        List<Rectangle2D> boxes = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            if (slot == null) {
                continue;
            }
            double bottom = area.getMaxY() - ROW_GAP - slot.row() * step;
            Rectangle2D box = new Rectangle2D.Double(slot.left(), bottom - rowHeight(),
                    slot.right() - slot.left(), rowHeight());
            g2.setPaint(Color.WHITE);
            g2.fill(box);
            // Piece by piece, so each number keeps its event's colour (dzhut winters blue).
            double x = slot.left() + PAD;
            float baseline = (float) (bottom - PAD - descent);
            int[] run = labels.get(i);
            for (int k = 0; k < run.length; k++) {
                if (k > 0) {
                    g2.setPaint(ChartStyle.MUTED_TEXT);
                    g2.drawString(SEPARATOR, (float) x, baseline);
                    x += advance(g2, SEPARATOR);
                }
                int index = shown.get(run[k]);
                String piece = text(index, numbered);
                g2.setPaint(EventMarkers.colour(events.get(index)));
                g2.drawString(piece, (float) x, baseline);
                x += advance(g2, piece);
            }
            boxes.add(box);
        }
        drawn = List.copyOf(boxes);
    }

    private double advance(Graphics2D g2, String text) {
        return font.getStringBounds(text, g2.getFontRenderContext()).getWidth();
    }

    /**
     * The marker's dashes, shifted so that a line of {@code length} drawn down
     * to the plot ends where a gap ends: the plot's line starts with a dash,
     * so the two read as one dashed line.
     */
    private Stroke continuing(double length) {
        if (dashes == null) {
            return new BasicStroke(lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
        }
        double period = 0;
        for (float d : dashes) {
            period += d;
        }
        float phase = (float) ((period - length % period) % period);
        return new BasicStroke(lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dashes, phase);
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
