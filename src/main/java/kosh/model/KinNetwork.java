package kosh.model;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Who is kin to whom: an undirected graph over household ids, tied by lineage and by marriage.
 * Ties outlive households: a dead household's ties are simply skipped when counting.
 */
public final class KinNetwork implements Serializable {
    /** A row with no ties: each row holds its number of ties first, then the ids, in the order tied. */
    private static final int[] NONE = {0};
    /** Tie rows by household id; rows at or beyond {@code rows} are not in use yet. */
    private int[][] ties = new int[1024][];
    private int rows;
    private int edges;
    private final TieListener listener;

    /** Told of every new tie. */
    interface TieListener extends Serializable { void tied(int a, int b); }

    public KinNetwork() { this((a, b) -> { }); }

    KinNetwork(TieListener listener) { this.listener = listener; }

    /** Adds a tie between two households (ignored if it exists or a == b). */
    public void tie(int a, int b) {
        if (a == b || tied(a, b)) return;
        add(a, b);
        add(b, a);
        edges++;
        listener.tied(a, b);
    }

    public boolean tied(int a, int b) {
        int[] t = row(a);
        for (int i = 1, end = t[0]; i <= end; i++) if (t[i] == b) return true;
        return false;
    }

    /** Ids of the households tied to {@code id}. */
    public int[] kinOf(int id) {
        int[] t = row(id);
        return Arrays.copyOfRange(t, 1, 1 + t[0]);
    }

    public int degree(int id) { return row(id)[0]; }

    public int edges() { return edges; }

    /**
     * The ties of {@code id} without a copy, for counting (callers only read it): the number of
     * ties at index 0, the ids at 1 to that number.
     */
    int[] row(int id) { return id < rows ? ties[id] : NONE; }

    private void add(int from, int to) {
        if (from >= ties.length) ties = Arrays.copyOf(ties, Math.max(from + 1, ties.length * 2));
        while (rows <= from) ties[rows++] = NONE;
        int[] t = ties[from];
        int n = t[0];
        if (n + 1 == t.length) {
            t = Arrays.copyOf(t, Math.max(8, 2 * t.length));
            ties[from] = t;
        }
        t[n + 1] = to;
        t[0] = n + 1;
    }
}
