package kosh.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Everything that exists in a run: the households, their kin ties, the places and the economy. */
public final class World {
    private final List<Household> households = new ArrayList<>();
    private final List<Household> byId = new ArrayList<>();
    /** Region ordinal of each household by id (-1 once gone): kin counts read this compact array, not the households. */
    private byte[] regionById = new byte[1024];
    private final KinNetwork kin = new KinNetwork();
    private final Map<RegionType, Place> places;
    private final Map<RegionType, Double> attractiveness;
    private final Economy economy;

    /**
     * @param places          one place per region type in use
     * @param attractiveness  the own pull of each Kazakhstani region type, log-odds
     */
    public World(List<Place> places, Map<RegionType, Double> attractiveness, Economy economy) {
        this.places = new EnumMap<>(RegionType.class);
        for (Place p : places) this.places.put(p.region(), p);
        this.attractiveness = new EnumMap<>(attractiveness);
        this.economy = economy;
    }

    /** Living households, in the order they were founded (a stable order keeps runs reproducible). */
    public List<Household> households() { return Collections.unmodifiableList(households); }

    /** The household with this id, or null if it no longer exists. */
    public Household household(int id) { return id >= 0 && id < byId.size() ? byId.get(id) : null; }

    public KinNetwork kin() { return kin; }
    public Economy economy() { return economy; }
    public Place place(RegionType r) { return places.get(r); }

    public double attractiveness(RegionType r) { return attractiveness.getOrDefault(r, 0.0); }

    public List<Place> places(Country c) {
        List<Place> out = new ArrayList<>();
        for (Place p : places.values()) if (p.country() == c) out.add(p);
        return out;
    }

    public int nextId() { return byId.size(); }

    /** Adds a household founded with id {@link #nextId()}. */
    public void add(Household h) {
        if (h.id() != byId.size()) throw new IllegalArgumentException("household id must be " + byId.size());
        byId.add(h);
        households.add(h);
        if (h.id() >= regionById.length) regionById = java.util.Arrays.copyOf(regionById, regionById.length * 2);
        regionById[h.id()] = (byte) h.place().region().ordinal();
    }

    /** Moves a household to another place; the only way a household's place changes after it is founded. */
    public void relocate(Household h, Place to) {
        h.setPlace(to);
        regionById[h.id()] = (byte) to.region().ordinal();
    }

    /** Removes households with no members left. */
    void removeEmpty() {
        households.removeIf(h -> {
            if (h.size() > 0) return false;
            byId.set(h.id(), null);
            regionById[h.id()] = -1;
            return true;
        });
    }

    /** Counts of a household's living kin households, by region type and by country. */
    public record KinCount(int[] byRegion, int inMongolia, int inKazakhstan) {
        public int in(RegionType r) { return byRegion[r.ordinal()]; }
        public int in(Country c) { return c == Country.MONGOLIA ? inMongolia : inKazakhstan; }
    }

    /** Where {@code h}'s kin live, counted in one pass over its ties. */
    public KinCount kinCount(Household h) {
        int[] byRegion = new int[REGIONS.length];
        int mn = 0, kz = 0;
        for (int id : kin.kinOf(h.id())) {
            int r = regionById[id];
            if (r < 0) continue;
            byRegion[r]++;
            if (REGIONS[r].country() == Country.MONGOLIA) mn++; else kz++;
        }
        return new KinCount(byRegion, mn, kz);
    }

    private static final RegionType[] REGIONS = RegionType.values();

    /** Kin households of {@code h} living in {@code c}. */
    public int kinIn(Household h, Country c) { return kinCount(h).in(c); }

    /** Kin households of {@code h} living in region {@code r}. */
    public int kinIn(Household h, RegionType r) { return kinCount(h).in(r); }

    public long persons() {
        long n = 0;
        for (Household h : households) n += h.size();
        return n;
    }
}
