package kosh.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Everything that exists in a run: the households, their kin ties, the places and the economy. */
public final class World implements Serializable {
    private final HouseholdList households = new HouseholdList();
    private final List<Household> byId = new ArrayList<>();
    /** Each household's lineage, by id. */
    private int[] lineageById = new int[1024];
    /** Living households by decision month (index 0 is January), each in founding order. */
    private final List<HouseholdList> byDecisionMonth = new ArrayList<>();
    private final StatusRegister register = new StatusRegister();
    private final KinPlaces kinPlaces = new KinPlaces();
    private final Map<RegionType, Place> places;
    private final Map<RegionType, Double> attractiveness;
    /** attractiveness by region ordinal, 0 where none is given. */
    private final double[] attractivenessByRegion = new double[RegionType.values().length];
    private final Map<Country, List<Place>> placesByCountry = new EnumMap<>(Country.class);
    private final Economy economy;

    /**
     * @param places          one place per region type in use
     * @param attractiveness  the own pull of each Kazakhstani region type, log-odds
     */
    public World(List<Place> places, Map<RegionType, Double> attractiveness, Economy economy) {
        this.places = new EnumMap<>(RegionType.class);
        for (Place p : places) this.places.put(p.region(), p);
        this.attractiveness = new EnumMap<>(attractiveness);
        for (RegionType r : RegionType.values()) attractivenessByRegion[r.ordinal()] = this.attractiveness.getOrDefault(r, 0.0);
        for (Country c : Country.values()) {
            List<Place> in = new ArrayList<>();
            for (Place p : this.places.values()) if (p.country() == c) in.add(p);
            placesByCountry.put(c, List.copyOf(in));
        }
        this.economy = economy;
        for (int m = 0; m < 12; m++) byDecisionMonth.add(new HouseholdList());
    }

    /** Living households, in the order they were founded (a stable order keeps runs reproducible); read-only. */
    public List<Household> households() { return households; }

    /** The id of the living household at {@code index} in {@link #households()}, without visiting it. */
    int idAt(int index) { return households.idAt(index); }

    /** The lineage of household {@code id} (living or not), without visiting it. */
    int lineageOf(int id) { return lineageById[id]; }

    /** The household with this id, or null if it no longer exists. */
    public Household household(int id) { return id >= 0 && id < byId.size() ? byId.get(id) : null; }

    /** Households whose decision month is {@code month} (1-12), in founding order. */
    List<Household> decidingIn(int month) { return byDecisionMonth.get(month - 1); }

    /** Households and persons by legal state, kept up to date. */
    public StatusRegister register() { return register; }

    public KinNetwork kin() { return kinPlaces.ties(); }
    public Economy economy() { return economy; }
    public Place place(RegionType r) { return places.get(r); }

    public double attractiveness(RegionType r) { return attractivenessByRegion[r.ordinal()]; }

    /** The places in {@code c}, in region order (unmodifiable). */
    public List<Place> places(Country c) { return placesByCountry.get(c); }

    public int nextId() { return byId.size(); }

    /** Adds a household founded with id {@link #nextId()}. */
    public void add(Household h) {
        if (h.id() != byId.size()) throw new IllegalArgumentException("household id must be " + byId.size());
        if (h.decisionMonth() < 1 || h.decisionMonth() > 12)
            throw new IllegalArgumentException("decision month must be 1-12, was " + h.decisionMonth());
        byId.add(h);
        if (h.id() >= lineageById.length) lineageById = Arrays.copyOf(lineageById, Math.max(h.id() + 1, 2 * lineageById.length));
        lineageById[h.id()] = h.lineage();
        households.append(h);
        byDecisionMonth.get(h.decisionMonth() - 1).append(h);
        register.added(h);
        h.register(register);
        kinPlaces.added(h.id(), h.place().region());
    }

    /** Moves a household to another place; the only way a household's place changes after it is founded. */
    public void relocate(Household h, Place to) {
        h.setPlace(to);
        kinPlaces.moved(h.id(), to.region());
    }

    /** Removes households with no members left (the register knows which: no need to visit the others). */
    void removeEmpty() {
        List<Household> gone = new ArrayList<>();
        for (Household h : register.takeEmptied())
            if (h.size() == 0 && household(h.id()) == h) {
                gone.add(h);
                byId.set(h.id(), null);
                kinPlaces.removed(h.id());
                register.removed(h);
                h.register(null);
            }
        if (gone.isEmpty()) return;
        gone.sort(Comparator.comparingInt(Household::id));
        households.removeAll(gone);
        for (int m = 1; m <= 12; m++) {
            int month = m;
            byDecisionMonth.get(m - 1).removeAll(gone.stream().filter(h -> h.decisionMonth() == month).toList());
        }
    }

    /**
     * A census to take over the living households (each passed to {@link Census#count}, then
     * {@link Census#check}), recounting the kin of one household in {@code kinShare}, chosen by {@code round}.
     */
    public Census census(int kinShare, int round) { return new Census(this, kinShare, round); }

    /**
     * Checks all the bookkeeping against a full count, kin counts included; throws
     * {@link IllegalStateException} if it has drifted.
     */
    public void audit() {
        Census c = census(1, 0);
        for (Household h : households) c.count(h);
        c.check();
    }

    /** Counts of a household's living kin households, by region type and by country. */
    public record KinCount(int[] byRegion, int inMongolia, int inKazakhstan) implements Serializable {
        public int in(RegionType r) { return byRegion[r.ordinal()]; }
        public int in(Country c) { return c == Country.MONGOLIA ? inMongolia : inKazakhstan; }
    }

    int[] kinByRegion(int id) { return kinPlaces.count(id); }

    int[] kinByRegionRecounted(int id) { return kinPlaces.recount(id); }

    /** Where {@code h}'s kin live. */
    public KinCount kinCount(Household h) {
        return new KinCount(kinPlaces.count(h.id()), kinPlaces.countIn(h.id(), Country.MONGOLIA),
                kinPlaces.countIn(h.id(), Country.KAZAKHSTAN));
    }

    /** Brings household {@code h} and its kin counts into the cache (see {@link Household#warm}). */
    int warm(Household h) { return h.warm() + kinPlaces.warm(h.id()); }

    /** Kin households of {@code h} living in {@code c}. */
    public int kinIn(Household h, Country c) { return kinPlaces.countIn(h.id(), c); }

    /** Kin households of {@code h} living in region {@code r}. */
    public int kinIn(Household h, RegionType r) { return kinCount(h).in(r); }

    public long persons() {
        long n = 0;
        for (Household h : households) n += h.size();
        return n;
    }
}
