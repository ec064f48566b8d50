package kosh.model;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A quantity that changes over the years, given at a few years and interpolated linearly between
 * them (flat before the first and after the last).
 */
public record Curve(double[] years, double[] values) implements Serializable {
    public Curve {
        if (years.length == 0 || years.length != values.length)
            throw new IllegalArgumentException("a curve needs at least one point and as many values as years");
        for (int i = 1; i < years.length; i++)
            if (!(years[i] > years[i - 1])) throw new IllegalArgumentException("curve years must increase");
        years = years.clone();
        values = values.clone();
    }

    public static Curve constant(double value) { return new Curve(new double[] {1990}, new double[] {value}); }

    public static Curve of(Map<Integer, Double> points) {
        NavigableMap<Integer, Double> sorted = new TreeMap<>(points);
        double[] ys = sorted.keySet().stream().mapToDouble(Integer::doubleValue).toArray();
        double[] vs = sorted.values().stream().mapToDouble(Double::doubleValue).toArray();
        return new Curve(ys, vs);
    }

    /** The value at a (fractional) year. */
    public double at(double year) {
        if (year <= years[0]) return values[0];
        int last = years.length - 1;
        if (year >= years[last]) return values[last];
        int i = Arrays.binarySearch(years, year);
        if (i >= 0) return values[i];
        int hi = -i - 1;
        int lo = hi - 1;
        double t = (year - years[lo]) / (years[hi] - years[lo]);
        return values[lo] + t * (values[hi] - values[lo]);
    }

    @Override public boolean equals(Object o) {
        return o instanceof Curve c && Arrays.equals(years, c.years) && Arrays.equals(values, c.values);
    }

    @Override public int hashCode() { return 31 * Arrays.hashCode(years) + Arrays.hashCode(values); }

    @Override public String toString() {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < years.length; i++) s.append(i > 0 ? ", " : "").append((int) years[i]).append(": ").append(values[i]);
        return s.append('}').toString();
    }
}
