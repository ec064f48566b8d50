package kosh.chart;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code belonging}: mean belonging of households in Kazakhstan, in two panels
 * sharing the year axis: by settlement type and by Russian fluency, each with
 * the all-households line for reference.
 */
final class BelongingChart {

    static final String TITLE = "Belonging of repatriates from Mongolia";
    static final String DESCRIPTION = "Mean belonging score of households living in Kazakhstan at "
            + "31 December (0 = none, 1 = full), by settlement type (top) and Russian fluency (bottom)";

    private static final String ALL_LABEL = "All households";

    /** One panel: the group type it shows, its known groups in their natural order, labels and colours. */
    private record Panel(String groupType, String title, String[][] groups, Color[] colours) {
    }

    // Seven colours across both panels, so no colour means two things in the one legend.
    private static final Panel SETTLEMENT = new Panel("settlement", "By settlement type",
            new String[][] {
                {"cluster", "Repatriate cluster"},
                {"new_district", "New district"},
                {"mixed_rural", "Mixed, rural"},
                {"mixed_urban", "Mixed, urban"},
            },
            new Color[] {ChartStyle.ORANGE, ChartStyle.SKY_BLUE, ChartStyle.GREEN, ChartStyle.PURPLE});
    private static final Panel FLUENCY = new Panel("russian_fluency", "By Russian fluency",
            new String[][] {
                {"none", "No Russian"},
                {"some", "Some Russian"},
                {"fluent", "Fluent Russian"},
            },
            new Color[] {ChartStyle.VERMILLION, ChartStyle.YELLOW, ChartStyle.BLUE});

    private BelongingChart() {
    }

    static Figure build(RunData data, ChartStyle style) throws IOException {
        CsvTable table = data.belonging();
        table.require("year", "group_type", "group", "belonging_mean");
        CsvTable all = table.where("group_type", "all");
        double[] allYears = YearSeries.years(all);
        // The same span as the other charts, so the five line up when set side by side.
        NumberAxis time = style.yearAxis();
        time.setRange(YearSeries.span(YearSeries.years(table), YearSeries.years(data.timeseries())));
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(time);
        combined.setGap(10 * style.space);
        combined.setBackgroundPaint(Color.WHITE);
        combined.setOutlineVisible(false);

        XYPlot top = panel(table, all, allYears, SETTLEMENT, style);
        XYPlot bottom = panel(table, all, allYears, FLUENCY, style);
        EventMarkers.addTo(top, data.events(), style);
        EventMarkers.addTo(bottom, data.events(), style);
        combined.add(top, 1);
        combined.add(bottom, 1);

        JFreeChart chart;
        if (style.size == ChartSize.SINGLE_COLUMN) {
            // Ten entries flowed into one legend take four rows of a single column and mix
            // the panels; a row per panel (added bottom up) takes three and says which is which.
            chart = style.chart(TITLE, DESCRIPTION, combined,
                    style.timeSourceLine(data.provenance().sourceLine()),
                    reference(top), EventMarkers.legend(data.events(), style));
            style.addLegendRow(chart, groups(bottom, style));
            style.addLegendRow(chart, groups(top, style));
        } else {
            chart = style.chart(TITLE, DESCRIPTION, combined,
                    style.timeSourceLine(data.provenance().sourceLine()),
                    distinct(top, bottom), EventMarkers.legend(data.events(), style));
        }
        EventLabels labels = EventMarkers.label(chart, data.events(), style);
        return new Figure("belonging", chart, data(table, all),
                data.caption(TITLE, DESCRIPTION, FlowsChart.labelsOf(labels),
                        "tidy: one row per year and group; value is belonging_mean of belonging.csv, "
                                + "score [0,1]"), 2);
    }

    /** The rows plotted: all households, then each group of both panels. */
    private static ChartData data(CsvTable table, CsvTable all) throws IOException {
        ChartData data = new ChartData("year", "group_type", "group", "label", "value", "unit");
        addRows(data, all, "all", ALL_LABEL);
        for (Panel panel : new Panel[] {SETTLEMENT, FLUENCY}) {
            CsvTable rows = table.where("group_type", panel.groupType());
            for (String group : groups(panel, rows.strings("group"))) {
                addRows(data, rows.where("group", group), group, label(panel, group));
            }
        }
        return data;
    }

    private static void addRows(ChartData data, CsvTable rows, String group, String label)
            throws IOException {
        List<String> years = rows.strings("year");
        List<String> types = rows.strings("group_type");
        List<String> values = rows.strings("belonging_mean");
        for (int i = 0; i < years.size(); i++) {
            data.add(years.get(i), types.get(i), group, label, RunData.missingAsEmpty(values.get(i)),
                    "score [0,1]");
        }
    }

    /** Known groups in their natural order, then any group the table has that we do not know. */
    private static Set<String> groups(Panel panel, List<String> present) {
        Set<String> groups = new LinkedHashSet<>();
        for (String[] known : panel.groups()) {
            if (present.contains(known[0])) {
                groups.add(known[0]);
            }
        }
        groups.addAll(present);
        return groups;
    }

    private static XYPlot panel(CsvTable table, CsvTable all, double[] allYears, Panel panel,
                                ChartStyle style) throws IOException {
        CsvTable rows = table.where("group_type", panel.groupType());
        List<String> present = rows.strings("group");

        XYSeriesCollection lines = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        if (all.size() > 0) {
            lines.addSeries(YearSeries.line(ALL_LABEL, allYears, all.doubles("belonging_mean"),
                    YearSeries.STOCK, 1));
            renderer.setSeriesPaint(0, ChartStyle.BLACK);
            renderer.setSeriesStroke(0, style.thickLine);
        }

        for (String group : groups(panel, present)) {
            CsvTable groupRows = rows.where("group", group);
            int index = lines.getSeriesCount();
            lines.addSeries(YearSeries.line(label(panel, group), YearSeries.years(groupRows),
                    groupRows.doubles("belonging_mean"), YearSeries.STOCK, 1));
            renderer.setSeriesPaint(index, colour(panel, group));
            renderer.setSeriesStroke(index, style.line);
        }

        NumberAxis score = style.decimalAxis("Belonging (0–1)");
        score.setRange(0, 1);
        XYPlot plot = style.plot(null, score);
        plot.setRenderer(renderer);
        plot.setDataset(lines);

        TextTitle title = new TextTitle(panel.title(), style.panelTitle);
        title.setPaint(ChartStyle.TEXT);
        title.setBackgroundPaint(new Color(255, 255, 255, 215));
        title.setPadding(new RectangleInsets(0.5 * style.space, 2 * style.space, 0.5 * style.space,
                2 * style.space));
        XYTitleAnnotation heading = new XYTitleAnnotation(0.005, 0.015, title, RectangleAnchor.BOTTOM_LEFT);
        plot.addAnnotation(heading);
        return plot;
    }

    private static String label(Panel panel, String group) {
        for (String[] known : panel.groups()) {
            if (known[0].equals(group)) {
                return known[1];
            }
        }
        String words = group.replace('_', ' ');
        if (words.isEmpty()) {
            return "(blank)";
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private static Color colour(Panel panel, String group) {
        for (int i = 0; i < panel.groups().length; i++) {
            if (panel.groups()[i][0].equals(group)) {
                return panel.colours()[i];
            }
        }
        return Color.GRAY; // an unknown group: visible, but not mistaken for a known one
    }

    /** Legend labels shortened where a single column has no room; the panel says what they group. */
    private static final java.util.Map<String, String> SHORT = java.util.Map.of("Repatriate cluster", "Cluster");

    /** The legend item of the all-households line of {@code panel}. */
    private static LegendItemSource reference(XYPlot panel) {
        return () -> {
            LegendItemCollection items = new LegendItemCollection();
            LegendItemCollection panelItems = panel.getLegendItems();
            for (int i = 0; i < panelItems.getItemCount(); i++) {
                if (ALL_LABEL.equals(panelItems.get(i).getLabel())) {
                    items.add(panelItems.get(i));
                }
            }
            return items;
        };
    }

    /** The legend items of the groups of {@code panel}, with {@link #SHORT} labels. */
    private static LegendItemSource groups(XYPlot panel, ChartStyle style) {
        return () -> {
            LegendItemCollection items = new LegendItemCollection();
            LegendItemCollection panelItems = panel.getLegendItems();
            for (int i = 0; i < panelItems.getItemCount(); i++) {
                LegendItem item = panelItems.get(i);
                if (!ALL_LABEL.equals(item.getLabel())) {
                    items.add(style.lineItem(SHORT.getOrDefault(item.getLabel(), item.getLabel()),
                            (Color) item.getLinePaint(), item.getLineStroke()));
                }
            }
            return items;
        };
    }

    /** The legend items of the panels, each label once: "All households" is in both. */
    private static LegendItemSource distinct(XYPlot... panels) {
        return () -> {
            LegendItemCollection items = new LegendItemCollection();
            List<String> seen = new ArrayList<>();
            for (XYPlot panel : panels) {
                LegendItemCollection panelItems = panel.getLegendItems();
                for (int i = 0; i < panelItems.getItemCount(); i++) {
                    LegendItem item = panelItems.get(i);
                    if (!seen.contains(item.getLabel())) {
                        seen.add(item.getLabel());
                        items.add(item);
                    }
                }
            }
            return items;
        };
    }
}
