package kosh.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The size a chart is drawn for, and with it the size of its text and lines.
 *
 * <p>A chart is laid out in points (1/72 inch) at its print size, so a font of
 * 7 points is 7 points on the page; the PNG is that drawing at {@link #dpi()}
 * pixels per inch, the SVG and PDF keep it as vectors at the same size. The
 * print presets keep every piece of text between 7 and 9 points.
 */
public enum ChartSize {

    /** One column of a two-column journal page: 3.5 in (89 mm) wide. */
    SINGLE_COLUMN("single", 3.5, 3.2, 0.8, 300,
            8.5, 7.5, 7.5, 7, 7, 7, 7, 7.5,
            1.0, 1.4, 0.5, false),
    /** The full width of a journal page: 7.2 in (183 mm) wide. The default. */
    DOUBLE_COLUMN("double", 7.2, 4.5, 0, 300,
            9, 8, 8, 7.5, 7.5, 7, 7, 8,
            1.3, 1.8, 0.6, true),
    /** A screen, a slide or a README: 8 in by 5 in, with larger text. */
    SCREEN("screen", 8.0, 5.0, 0, 300,
            13, 9.5, 9.5, 8.5, 8.5, 7.5, 7.5, 9.5,
            1.6, 2.2, 0.7, true);

    /** Points per inch. */
    static final double POINTS_PER_INCH = 72;

    private final String optionName;
    private final double widthInches;
    private final double heightInches;
    private final double extraPanelInches;
    private final int dpi;
    private final float title;
    private final float subtitle;
    private final float axisLabel;
    private final float tickLabel;
    private final float legend;
    private final float source;
    private final float eventLabel;
    private final float panelTitle;
    private final float line;
    private final float thickLine;
    private final float marker;
    private final boolean subtitleShown;

    ChartSize(String optionName, double widthInches, double heightInches, double extraPanelInches, int dpi, double title, double subtitle,
              double axisLabel, double tickLabel, double legend, double source, double eventLabel,
              double panelTitle, double line, double thickLine, double marker, boolean subtitleShown) {
        this.optionName = optionName;
        this.widthInches = widthInches;
        this.heightInches = heightInches;
        this.extraPanelInches = extraPanelInches;
        this.dpi = dpi;
        this.title = (float) title;
        this.subtitle = (float) subtitle;
        this.axisLabel = (float) axisLabel;
        this.tickLabel = (float) tickLabel;
        this.legend = (float) legend;
        this.source = (float) source;
        this.eventLabel = (float) eventLabel;
        this.panelTitle = (float) panelTitle;
        this.line = (float) line;
        this.thickLine = (float) thickLine;
        this.marker = (float) marker;
        this.subtitleShown = subtitleShown;
    }

    /** The name the command line's {@code --chart-size} takes: single, double or screen. */
    public String optionName() {
        return optionName;
    }

    /** Every size's {@link #optionName()}, in declaration order. */
    public static List<String> optionNames() {
        return Arrays.stream(values()).map(ChartSize::optionName).toList();
    }

    /**
     * The size named {@code name} (as {@link #optionName()} gives it, any case).
     *
     * @throws IllegalArgumentException naming the valid choices, if none is called that
     */
    public static ChartSize ofOptionName(String name) {
        for (ChartSize s : values()) {
            if (s.optionName.equalsIgnoreCase(name.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a chart size; choose one of "
                + String.join(", ", optionNames()));
    }

    public double widthInches() {
        return widthInches;
    }

    public double heightInches() {
        return heightInches;
    }

    /** Width in points, the unit the chart is laid out in. */
    public double widthPoints() {
        return widthInches * POINTS_PER_INCH;
    }

    public double heightPoints() {
        return heightInches * POINTS_PER_INCH;
    }

    /**
     * The height of a chart of {@code panels} panels stacked one above the
     * other. A single column is too short for more than one: it grows by a
     * fixed amount per extra panel, so each keeps room for its axis label and
     * ticks; the wider sizes are tall enough as they are.
     */
    public double heightInches(int panels) {
        if (panels < 1) {
            throw new IllegalArgumentException("a chart has at least one panel, was " + panels);
        }
        return heightInches + (panels - 1) * extraPanelInches;
    }

    public double heightPoints(int panels) {
        return heightInches(panels) * POINTS_PER_INCH;
    }

    public int pngHeightPixels(int panels) {
        return (int) Math.round(heightInches(panels) * dpi);
    }

    /** Pixels per inch of the PNG, recorded in its pHYs chunk. */
    public int dpi() {
        return dpi;
    }

    public int pngWidthPixels() {
        return (int) Math.round(widthInches * dpi);
    }

    public int pngHeightPixels() {
        return (int) Math.round(heightInches * dpi);
    }

    /**
     * One line for a caption saying how the chart was sized, e.g. {@code Drawn at
     * --chart-size single: 3.5 × 3.2 in (89 × 81 mm); the PNG is 1050 × 960 px at 300 dpi.}
     */
    String captionLine(int panels) {
        double height = heightInches(panels);
        return String.format(Locale.ROOT, "Drawn at --chart-size %s: %s × %s in (%d × %d mm); the PNG is %d × %d px at %d dpi.",
                optionName, inches(widthInches), inches(height), Math.round(widthInches * 25.4),
                Math.round(height * 25.4), pngWidthPixels(), pngHeightPixels(panels), dpi);
    }

    private static String inches(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    /** The smallest text on the chart, in points. */
    public double smallestFontPoints() {
        return Math.min(Math.min(Math.min(tickLabel, legend), Math.min(source, eventLabel)),
                Math.min(Math.min(subtitle, axisLabel), Math.min(title, panelTitle)));
    }

    /** The largest text on the chart, in points. */
    public double largestFontPoints() {
        return Math.max(Math.max(Math.max(tickLabel, legend), Math.max(source, eventLabel)),
                Math.max(Math.max(subtitle, axisLabel), Math.max(title, panelTitle)));
    }

    float titlePoints() {
        return title;
    }

    float subtitlePoints() {
        return subtitle;
    }

    float axisLabelPoints() {
        return axisLabel;
    }

    float tickLabelPoints() {
        return tickLabel;
    }

    float legendPoints() {
        return legend;
    }

    float sourcePoints() {
        return source;
    }

    float eventLabelPoints() {
        return eventLabel;
    }

    float panelTitlePoints() {
        return panelTitle;
    }

    float linePoints() {
        return line;
    }

    float thickLinePoints() {
        return thickLine;
    }

    float markerPoints() {
        return marker;
    }

    /**
     * Whether the one-line explanation under the title is drawn. A single
     * column has no room for it; it is in the caption file either way.
     */
    boolean subtitleShown() {
        return subtitleShown;
    }
}
