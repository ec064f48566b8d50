package kosh.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs event labels into the rows of a strip above a plot: each label beside
 * its own line, in as few rows as the labels need.
 *
 * <p>Labels are placed left to right, each on whichever side of its line no
 * other event's line crosses (a crossed label reads as belonging to that
 * line), then in the lowest row with room for it, then to the right of its
 * line rather than the left. Rows count up from the plot.
 */
final class StripLayout {

    private StripLayout() {
    }

    /**
     * One slot per line, in order, or {@code null} where the label is wider
     * than there is room for on either side.
     *
     * @param lines  x of each marker line, ascending
     * @param widths width of each label
     * @param minX   leftmost x a label may reach
     * @param maxX   rightmost x a label may reach
     */
    static List<Slot> place(double[] lines, double[] widths, double minX, double maxX) {
        return place(lines, lines, lines, widths, minX, maxX);
    }

    /**
     * One slot per group of lines labelled together, in order, or {@code null}
     * where the label is wider than there is room for on either side: to the
     * right of the group's last line or the left of its first.
     *
     * @param first  x of each group's first line, ascending
     * @param last   x of each group's last line
     * @param lines  x of every line, for whether a label is crossed
     */
    static List<Slot> place(double[] first, double[] last, double[] lines, double[] widths,
                            double minX, double maxX) {
        List<List<Slot>> byRow = new ArrayList<>();
        List<Slot> result = new ArrayList<>();
        for (int i = 0; i < first.length; i++) {
            Slot best = null;
            long bestScore = Long.MAX_VALUE;
            for (boolean right : new boolean[] {true, false}) {
                double left = right ? last[i] + EventLabels.GAP : first[i] - EventLabels.GAP - widths[i];
                double end = left + widths[i];
                if (left < minX || end > maxX) {
                    continue;
                }
                boolean crossed = crossed(left, end, lines);
                int row = lowestFreeRow(byRow, left, end);
                long score = (crossed ? 1_000_000L : 0) + 2L * row + (right ? 0 : 1);
                if (score < bestScore) {
                    bestScore = score;
                    best = new Slot(left, end, row, crossed);
                }
            }
            if (best != null) {
                while (byRow.size() <= best.row()) {
                    byRow.add(new ArrayList<>());
                }
                byRow.get(best.row()).add(best);
            }
            result.add(best);
        }
        return result;
    }

    /** The rows the slots take: one more than the highest row used, 0 for none. */
    static int rows(List<Slot> slots) {
        int rows = 0;
        for (Slot slot : slots) {
            if (slot != null) {
                rows = Math.max(rows, slot.row() + 1);
            }
        }
        return rows;
    }

    /** Whether every label was placed, in at most {@code maxRows} rows. */
    static boolean readable(List<Slot> slots, int maxRows) {
        for (Slot slot : slots) {
            if (slot == null) {
                return false;
            }
        }
        return rows(slots) <= maxRows;
    }

    private static int lowestFreeRow(List<List<Slot>> byRow, double left, double right) {
        for (int row = 0; row < byRow.size(); row++) {
            boolean free = true;
            for (Slot other : byRow.get(row)) {
                if (left < other.right() + EventLabels.GAP && other.left() < right + EventLabels.GAP) {
                    free = false;
                    break;
                }
            }
            if (free) {
                return row;
            }
        }
        return byRow.size();
    }

    /** Whether a line runs through the box (a label's own lines are a gap away from it). */
    private static boolean crossed(double left, double right, double[] lines) {
        for (int j = 0; j < lines.length; j++) {
            if (lines[j] > left - 1 && lines[j] < right + 1) {
                return true;
            }
        }
        return false;
    }
}
