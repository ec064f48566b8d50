package kosh.model;

import java.io.Serializable;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * Households in founding order (ascending id), with their ids kept alongside. Removing households
 * searches the ids, so it never reads the households in between: those are scattered over memory,
 * and reading them made the yearly clean-up cost as much as a pass over every household.
 * Read-only to everyone else: only {@link #add} and {@link #removeIds} change it.
 */
final class FoundingOrder extends AbstractList<Household> implements RandomAccess, Serializable {
    private Household[] households = new Household[16];
    private int[] ids = new int[16];
    private int size;

    @Override public Household get(int index) {
        if (index >= size) throw new IndexOutOfBoundsException(index);
        return households[index];
    }

    @Override public int size() { return size; }

    /** Appends {@code h}, whose id must be above every id listed. */
    @Override public boolean add(Household h) {
        if (size > 0 && h.id() <= ids[size - 1])
            throw new IllegalArgumentException("household " + h.id() + " is not newer than household " + ids[size - 1]);
        if (size == households.length) {
            households = Arrays.copyOf(households, 2 * size);
            ids = Arrays.copyOf(ids, 2 * size);
        }
        households[size] = h;
        ids[size++] = h.id();
        return true;
    }

    /** Removes the households with these ids (ascending), skipping ids not listed here. */
    void removeIds(int[] gone) {
        int to = 0, from = 0;
        for (int id : gone) {
            int at = Arrays.binarySearch(ids, from, size, id);
            if (at < 0) continue;
            System.arraycopy(households, from, households, to, at - from);
            System.arraycopy(ids, from, ids, to, at - from);
            to += at - from;
            from = at + 1;
        }
        System.arraycopy(households, from, households, to, size - from);
        System.arraycopy(ids, from, ids, to, size - from);
        to += size - from;
        Arrays.fill(households, to, size, null);
        size = to;
    }
}
