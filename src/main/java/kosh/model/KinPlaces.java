package kosh.model;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Where each household's kin live: for every household, the number of its living kin households
 * in each region type. Kept up to date as ties form and as households are founded, move and die,
 * so that a decision reads a household's counts instead of visiting its kin.
 */
final class KinPlaces implements Serializable {
    private static final RegionType[] REGIONS = RegionType.values();
    private static final int N = REGIONS.length;
    private final KinNetwork ties;
    /** Region ordinal of each living household by id; -1 before it is added and once it is gone. */
    private byte[] regionById = new byte[0];
    /** Living kin households of household {@code id} in region {@code r} at {@code id * N + r}. */
    private int[] kinByRegion = new int[0];

    KinPlaces() { ties = new KinNetwork(this::tied); }

    KinNetwork ties() { return ties; }

    /** {@code id} lives (region ordinal) in the world, or -1. */
    private int regionOf(int id) { return id < regionById.length ? regionById[id] : -1; }

    void added(int id, RegionType region) {
        if (id >= regionById.length) {
            int from = regionById.length, grown = Math.max(1024, Math.max(id + 1, 2 * from));
            regionById = Arrays.copyOf(regionById, grown);
            Arrays.fill(regionById, from, grown, (byte) -1);
            kinByRegion = Arrays.copyOf(kinByRegion, grown * N);
        }
        int r = region.ordinal();
        regionById[id] = (byte) r;
        int[] row = ties.row(id);
        for (int i = 1, end = row[0]; i <= end; i++) {
            int k = row[i], kr = regionOf(k);
            if (kr < 0) continue;
            kinByRegion[k * N + r]++;
            kinByRegion[id * N + kr]++;
        }
    }

    void moved(int id, RegionType to) {
        int from = regionById[id], r = to.ordinal();
        regionById[id] = (byte) r;
        int[] row = ties.row(id);
        for (int i = 1, end = row[0]; i <= end; i++) {
            int k = row[i];
            if (regionOf(k) < 0) continue;
            kinByRegion[k * N + from]--;
            kinByRegion[k * N + r]++;
        }
    }

    void removed(int id) {
        int r = regionById[id];
        regionById[id] = -1;
        int[] row = ties.row(id);
        for (int i = 1, end = row[0]; i <= end; i++) {
            int k = row[i];
            if (regionOf(k) >= 0) kinByRegion[k * N + r]--;
        }
        Arrays.fill(kinByRegion, id * N, id * N + N, 0);
    }

    /** A new tie: counted now if both households live, otherwise when the second is added. */
    private void tied(int a, int b) {
        int ra = regionOf(a), rb = regionOf(b);
        if (ra < 0 || rb < 0) return;
        kinByRegion[a * N + rb]++;
        kinByRegion[b * N + ra]++;
    }

    /** Living kin households of {@code id} in each region, by ordinal (a fresh array). */
    int[] count(int id) {
        int[] out = new int[N];
        if (regionOf(id) >= 0) System.arraycopy(kinByRegion, id * N, out, 0, N);
        return out;
    }

    /** Reads household {@code id}'s counts, to bring them into the cache (see {@link Household#warm}). */
    int warm(int id) { return id < regionById.length ? regionById[id] + kinByRegion[id * N] + kinByRegion[id * N + N - 1] : 0; }

    /** Living kin households of {@code id} in country {@code c}, read off the counts without a copy. */
    int countIn(int id, Country c) {
        if (regionOf(id) < 0) return 0;
        int n = 0;
        for (int r = 0; r < N; r++) if (REGIONS[r].country() == c) n += kinByRegion[id * N + r];
        return n;
    }

    /** The same, counted afresh from the ties (what {@link #count} must equal). */
    int[] recount(int id) {
        int[] out = new int[N];
        int[] row = ties.row(id);
        for (int i = 1, end = row[0]; i <= end; i++) {
            int r = regionOf(row[i]);
            if (r >= 0) out[r]++;
        }
        return out;
    }
}
