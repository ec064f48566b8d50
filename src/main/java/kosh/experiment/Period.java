package kosh.experiment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A span of calendar years, both ends included, e.g. 1991-2011. */
public record Period(int from, int to) {
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");

    public Period {
        if (from > to) throw new IllegalArgumentException("the period " + from + "-" + to + " ends before it starts");
    }

    /**
     * Reads {@code FROM-TO} (or one year, {@code YYYY}).
     *
     * @throws IllegalArgumentException with a message for the user
     */
    public static Period parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches())
            throw new IllegalArgumentException("the period '" + text + "' is not of the form FROM-TO, e.g. 2012-2014");
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
        if (from > to)
            throw new IllegalArgumentException("the period '" + text + "' ends before it starts (write " + to + "-" + from + ")");
        return new Period(from, to);
    }

    public boolean within(int firstYear, int lastYear) { return from >= firstYear && to <= lastYear; }

    @Override public String toString() { return from == to ? Integer.toString(from) : from + "-" + to; }
}
