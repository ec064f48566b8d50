package kosh.chart;

/**
 * Where one event label goes in the strip above a plot.
 *
 * @param left    x of the label's left edge
 * @param right   x of its right edge
 * @param row     its row, 0 being the one nearest the plot
 * @param crossed whether another event's line runs through it
 */
record Slot(double left, double right, int row, boolean crossed) {
}
