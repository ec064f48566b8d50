package kosh.model;

import java.io.Serializable;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Households in ascending id (founding) order, with their ids in an array beside them: a household
 * is found by binary search over the ids without visiting the households on the way, and the
 * households lost in a year leave in one pass that moves each stretch between them down at once.
 * Read-only to the outside; the world appends and removes.
 */
final class HouseholdList extends AbstractList<Household> implements RandomAccess, Serializable {
    private Household[] items = new Household[1024];
    private int[] ids = new int[1024];
    private int size;

    @Override public Household get(int index) { return items[Objects.checkIndex(index, size)]; }

    @Override public int size() { return size; }

    /** The id of the household at {@code index}, without visiting it. */
    int idAt(int index) { return ids[Objects.checkIndex(index, size)]; }

    /** Adds {@code h} at the end; its id must be above every id listed. */
    void append(Household h) {
        if (size > 0 && h.id() <= ids[size - 1])
            throw new IllegalArgumentException("household " + h.id() + " comes after " + ids[size - 1]);
        if (size == items.length) {
            items = Arrays.copyOf(items, 2 * size);
            ids = Arrays.copyOf(ids, 2 * size);
        }
        items[size] = h;
        ids[size++] = h.id();
        modCount++;
    }

    /** Removes {@code gone}: listed households, in ascending id order. */
    void removeAll(List<Household> gone) {
        int to = -1, from = 0;
        for (Household h : gone) {
            int at = Arrays.binarySearch(ids, from, size, h.id()); // the stretch before is settled
            if (at < 0 || items[at] != h) throw new IllegalStateException("household " + h.id() + " is not listed");
            if (to < 0) to = at;
            else to = moveDown(from, at, to);
            from = at + 1;
        }
        if (to < 0) return;
        to = moveDown(from, size, to);
        Arrays.fill(items, to, size, null);
        size = to;
        modCount++;
    }

    /** Moves entries {@code from} (inclusive) to {@code end} (exclusive) down to {@code to}; returns the index after them. */
    private int moveDown(int from, int end, int to) {
        System.arraycopy(items, from, items, to, end - from);
        System.arraycopy(ids, from, ids, to, end - from);
        return to + end - from;
    }
}
