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
    /** Living households by decision month (index 0 is January), each in founding order. */
    private final List<List<Household>> byDecisionMonth = new ArrayList<>();
    private final StatusRegister register = new StatusRegister();
    private final KinNetwork kin = new KinNetwork();
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
        for (int m = 0; m < 12; m++) byDecisionMonth.add(new ArrayList<>());
    }

    /** Living households, in the order they were founded (a stable order keeps runs reproducible). */
    public List<Household> households() { return Collections.unmodifiableList(households); }

    /** The household with this id, or null if it no longer exists. */
    public Household household(int id) { return id >= 0 && id < byId.size() ? byId.get(id) : null; }

    /** Households whose decision month is {@code month} (1-12), in founding order. */
    List<Household> decidingIn(int month) { return byDecisionMonth.get(month - 1); }

    /** Households and persons by legal state, kept up to date. */
    public StatusRegister register() { return register; }

    public KinNetwork kin() { return kin; }
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
        households.add(h);
        byDecisionMonth.get(h.decisionMonth() - 1).add(h);
        register.added(h);
        h.register(register);
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
        boolean any = households.removeIf(h -> {
            if (h.size() > 0) return false;
            byId.set(h.id(), null);
            regionById[h.id()] = -1;
            register.removed(h);
            h.register(null);
            return true;
        });
        if (any) for (List<Household> month : byDecisionMonth) month.removeIf(h -> h.size() == 0);
    }

    /**
     * Counts everything the register and the decision months keep up to date afresh, and throws
     * {@link IllegalStateException} if they have drifted: a check on the bookkeeping, run yearly.
     */
    public void audit() {
        long[] hh = new long[LegalStatus.values().length], persons = new long[hh.length];
        int progressing = 0;
        for (Household h : households) {
            hh[h.status().ordinal()]++;
            persons[h.status().ordinal()] += h.size();
            if (StatusRegister.progresses(h.status())) progressing++;
            if (StatusRegister.progresses(h.status()) != register.isProgressing(h.id()))
                throw drift("household " + h.id() + " (" + h.status().key() + ") progressing", 1, 0);
        }
        for (LegalStatus s : LegalStatus.values()) {
            if (hh[s.ordinal()] != register.households(s)) throw drift("households " + s.key(), hh[s.ordinal()], register.households(s));
            if (persons[s.ordinal()] != register.persons(s)) throw drift("persons " + s.key(), persons[s.ordinal()], register.persons(s));
        }
        if (progressing != register.progressingCount()) throw drift("progressing households", progressing, register.progressingCount());
        int deciding = 0;
        for (int m = 1; m <= 12; m++)
            for (Household h : decidingIn(m)) {
                if (h.decisionMonth() != m || household(h.id()) != h) throw drift("households deciding in month " + m, 0, 1);
                deciding++;
            }
        if (deciding != households.size()) throw drift("households by decision month", households.size(), deciding);
    }

    private static IllegalStateException drift(String what, long counted, long kept) {
        return new IllegalStateException("bookkeeping drifted: " + what + " counted " + counted + ", kept " + kept);
    }

    /** Counts of a household's living kin households, by region type and by country. */
    public record KinCount(int[] byRegion, int inMongolia, int inKazakhstan) {
        public int in(RegionType r) { return byRegion[r.ordinal()]; }
        public int in(Country c) { return c == Country.MONGOLIA ? inMongolia : inKazakhstan; }
    }

    /** Where {@code h}'s kin live, counted in one pass over its ties. */
    public KinCount kinCount(Household h) {
        int[] byRegion = new int[REGIONS.length];
        int[] ties = kin.row(h.id());
        for (int i = 1, end = ties[0]; i <= end; i++) {
            int r = regionById[ties[i]];
            if (r >= 0) byRegion[r]++;
        }
        int mn = 0, kz = 0;
        for (RegionType r : REGIONS) {
            if (r.country() == Country.MONGOLIA) mn += byRegion[r.ordinal()];
            else kz += byRegion[r.ordinal()];
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
