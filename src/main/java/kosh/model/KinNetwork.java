package kosh.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Who is kin to whom: an undirected graph over household ids, tied by lineage and by marriage.
 * Ties outlive households: a dead household's ties are simply skipped when counting.
 */
public final class KinNetwork {
    private static final int[] NONE = new int[0];
    private final List<int[]> ties = new ArrayList<>();
    private final List<Integer> counts = new ArrayList<>();
    private int edges;

    /** Adds a tie between two households (ignored if it exists or a == b). */
    public void tie(int a, int b) {
        if (a == b || tied(a, b)) return;
        add(a, b);
        add(b, a);
        edges++;
    }

    public boolean tied(int a, int b) {
        int[] t = row(a);
        int n = count(a);
        for (int i = 0; i < n; i++) if (t[i] == b) return true;
        return false;
    }

    /** Ids of the households tied to {@code id}. */
    public int[] kinOf(int id) {
        int n = count(id);
        int[] out = new int[n];
        System.arraycopy(row(id), 0, out, 0, n);
        return out;
    }

    public int degree(int id) { return count(id); }

    public int edges() { return edges; }

    private int[] row(int id) { return id < ties.size() ? ties.get(id) : NONE; }

    private int count(int id) { return id < counts.size() ? counts.get(id) : 0; }

    private void add(int from, int to) {
        while (ties.size() <= from) { ties.add(NONE); counts.add(0); }
        int[] t = ties.get(from);
        int n = counts.get(from);
        if (n == t.length) {
            t = java.util.Arrays.copyOf(t, Math.max(4, n * 2));
            ties.set(from, t);
        }
        t[n] = to;
        counts.set(from, n + 1);
    }
}
