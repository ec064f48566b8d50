package kosh.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scenario file format as documentation: every settable key with its unit and meaning. Used
 * to check that each parameter has a line in {@code seeds/} and to print the format.
 */
public final class ScenarioFormat {
    private ScenarioFormat() {}

    /**
     * One settable key.
     *
     * @param path        dotted path, e.g. {@code parameters.move.base} or {@code places.north.russian_share}
     * @param unit        its unit ("text" and "yes/no" for non-numbers)
     * @param expected    what a valid value looks like
     * @param description what it means
     */
    public record Key(String path, String unit, String expected, String description) {}

    /** Every key below the top level except events and the what-if keys, in file order. */
    public static List<Key> keys() {
        List<Key> out = new ArrayList<>();
        Spec.Fields root = (Spec.Fields) ScenarioSchema.ROOT;
        for (Map.Entry<String, Spec.Field> f : root.fields.entrySet()) {
            String k = f.getKey();
            if (k.equals("description") || k.equals("extends") || k.equals("remove_events") || k.equals("events")) continue;
            walk(k, f.getValue().spec(), f.getValue().description(), out);
        }
        return out;
    }

    private static void walk(String path, Spec spec, String description, List<Key> out) {
        if (spec instanceof Spec.Fields fields) {
            for (Map.Entry<String, Spec.Field> f : fields.fields.entrySet())
                walk(path + "." + f.getKey(), f.getValue().spec(), f.getValue().description(), out);
        } else if (spec instanceof Spec.Keyed<?> keyed) {
            for (String name : keyed.names()) {
                List<Key> sub = new ArrayList<>();
                walk(path + "." + name, keyed.value, description + " (" + name + ")", sub);
                for (Key k : sub) if (!mongolianAttractiveness(k.path())) out.add(k);
            }
        } else {
            out.add(new Key(path, unit(spec), spec.expected(), description));
        }
    }

    /** The destination pull exists only for Kazakhstani places; the loader refuses it for Mongolian ones. */
    private static boolean mongolianAttractiveness(String path) {
        for (kosh.model.RegionType r : kosh.model.RegionType.values())
            if (r.country() == kosh.model.Country.MONGOLIA && path.equals("places." + r.key() + ".attractiveness")) return true;
        return false;
    }

    private static String unit(Spec spec) {
        if (spec instanceof Spec.Num n) return n.unit;
        if (spec instanceof Spec.CurveSpec c) return c.value.unit + " by year";
        if (spec instanceof Spec.Bool) return "yes/no";
        return "text";
    }
}
