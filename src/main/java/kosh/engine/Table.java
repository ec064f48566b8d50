package kosh.engine;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A tidy table a run produces: named columns and one row per observation. Values are numbers or
 * text; writers decide the file format.
 */
public final class Table implements Serializable {
    private final String name;
    private final List<String> columns;
    private final List<Object[]> rows = new ArrayList<>();

    public Table(String name, List<String> columns) {
        this.name = name;
        this.columns = List.copyOf(columns);
    }

    public String name() { return name; }
    public List<String> columns() { return columns; }
    public List<Object[]> rows() { return Collections.unmodifiableList(rows); }

    public void add(Object... row) {
        if (row.length != columns.size())
            throw new IllegalArgumentException(name + ": row has " + row.length + " values for " + columns.size() + " columns");
        rows.add(row.clone());
    }

    /** The numbers of one column, in row order. */
    public double[] numbers(String column) {
        int c = columns.indexOf(column);
        if (c < 0) throw new IllegalArgumentException(name + " has no column " + column);
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) out[i] = ((Number) rows.get(i)[c]).doubleValue();
        return out;
    }
}
