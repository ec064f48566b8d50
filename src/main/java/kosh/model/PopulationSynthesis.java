package kosh.model;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Creates the 1990 households and their kin ties from a {@link PopulationSpec}. */
public final class PopulationSynthesis {
    private PopulationSynthesis() {}

    /** Fills {@code world}, which must be empty, with the households of {@code spec}. */
    public static void populate(World world, PopulationSpec spec, RandomGenerator rng) {
        if (!world.households().isEmpty()) throw new IllegalArgumentException("the world to populate must be empty");
        // The ties below pick households at random: their ids and lineages are read off the world's arrays
        // (and each lineage's ids off its own list), which is cheaper than visiting the households.
        Map<Integer, Ids> byLineage = new HashMap<>();
        long persons = 0;
        while (persons < spec.persons()) {
            Household h = newHousehold(world, spec, rng);
            world.add(h);
            byLineage.computeIfAbsent(h.lineage(), k -> new Ids()).add(h.id());
            persons += h.size();
        }
        int n = world.households().size();
        for (int at = 0; at < n; at++) {
            int id = world.idAt(at), lineage = world.lineageOf(id);
            Ids kin = byLineage.get(lineage);
            for (int i = 0; i < spec.kinTiesPerHousehold() && kin.size > 1; i++)
                world.kin().tie(id, kin.ids[rng.nextInt(kin.size)]);
            for (int i = 0; i < spec.marriageTiesPerHousehold(); i++) {
                int other = world.idAt(rng.nextInt(n));
                if (world.lineageOf(other) != lineage) world.kin().tie(id, other);
            }
        }
    }

    /** The ids of one lineage's households, in founding order. */
    private static final class Ids {
        int[] ids = new int[16];
        int size;

        void add(int id) {
            if (size == ids.length) ids = Arrays.copyOf(ids, 2 * size);
            ids[size++] = id;
        }
    }

    private static Household newHousehold(World world, PopulationSpec spec, RandomGenerator rng) {
        Place place = world.place(pick(spec.placeShares(), rng));
        boolean urban = place.urbanShare() >= 0.5;
        Occupation occ = pick(urban ? spec.occupationUrban() : spec.occupationRural(), rng);
        Education edu;
        if (rng.nextDouble() < spec.higherEducationShare().getOrDefault(occ, 0.0)) edu = Education.HIGHER;
        else edu = rng.nextDouble() < spec.primaryShareOfRest() ? Education.PRIMARY : Education.SECONDARY;
        double herdMedian = occ == Occupation.HERDER ? spec.herdMedianHerderSheepUnits() : spec.herdMedianOtherSheepUnits();
        double herd = herdMedian * Math.exp(spec.herdSigma() * rng.nextGaussian());
        double cash = spec.cashMedianUsd() * Math.exp(spec.cashSigma() * rng.nextGaussian());
        double habit = Shares.clamp(place.urbanShare() + 0.1 * rng.nextGaussian());
        Household h = new Household(world.nextId(), rng.nextInt(spec.lineages()), occ, edu, herd, cash, place, habit);

        double russian = edu == Education.HIGHER ? spec.russianFluentShareHigher() : spec.russianFluentShareOther();
        double mongolian = urban ? spec.mongolianFluentShareUrban() : spec.mongolianFluentShareRural();
        double kazakh = spec.kazakhFluentShare();
        int headAge = (int) Math.round(Math.max(20, Math.min(80, spec.headAgeMeanYears() + spec.headAgeSdYears() * rng.nextGaussian())));
        boolean headFemale = rng.nextDouble() < 0.1;
        h.addMember(new Person(headAge, headFemale, speaker(kazakh, mongolian, russian, rng), Person.Role.HEAD));
        if (rng.nextDouble() < spec.spouseShare())
            h.addMember(new Person(Math.max(18, headAge - 2 - rng.nextInt(4)), !headFemale,
                    speaker(kazakh, mongolian, russian * 0.8, rng), Person.Role.SPOUSE));
        int children = poisson(spec.childrenMean(), rng);
        int maxChildAge = Math.max(0, Math.min(25, headAge - 19));
        for (int i = 0; i < children; i++) {
            int age = rng.nextInt(maxChildAge + 1);
            // Children learn Mongolian at school; Russian was taught little after the 1980s.
            Languages child = speaker(kazakh, age >= 7 ? mongolian : mongolian * 0.5, age >= 18 ? russian * 0.5 : 0, rng);
            h.addMember(new Person(age, rng.nextBoolean(), child, Person.Role.CHILD));
        }
        if (rng.nextDouble() < spec.elderShare())
            h.addMember(new Person(Math.min(95, headAge + 22 + rng.nextInt(10)), rng.nextBoolean(),
                    speaker(kazakh, mongolian * 0.7, 0, rng), Person.Role.ELDER));
        h.setDecisionMonth(1 + rng.nextInt(12));
        return h;
    }

    /** Each language spoken well (0.6 to 1) with its given chance, else a little (0 to 0.1). */
    private static Languages speaker(double kazakhShare, double mongolianShare, double russianShare, RandomGenerator rng) {
        return new Languages(fluency(kazakhShare, rng), fluency(mongolianShare, rng), fluency(russianShare, rng));
    }

    private static double fluency(double fluentShare, RandomGenerator rng) {
        return rng.nextDouble() < fluentShare ? 0.6 + 0.4 * rng.nextDouble() : 0.1 * rng.nextDouble();
    }

    /** Draws a key with probability proportional to its share. */
    static <K extends Enum<K>> K pick(Map<K, Double> shares, RandomGenerator rng) {
        double total = 0;
        for (double v : shares.values()) total += v;
        double u = rng.nextDouble() * total;
        K last = null;
        // In the keys' declared order, whatever kind of map was given.
        for (Map.Entry<K, Double> e : (shares instanceof EnumMap<K, Double> ordered ? ordered : new EnumMap<>(shares)).entrySet()) {
            last = e.getKey();
            u -= e.getValue();
            if (u < 0) return last;
        }
        return last;
    }

    static int poisson(double mean, RandomGenerator rng) {
        double l = Math.exp(-mean), p = 1;
        int k = 0;
        do { k++; p *= rng.nextDouble(); } while (p > l);
        return k - 1;
    }
}
