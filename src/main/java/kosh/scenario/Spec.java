package kosh.scenario;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import kosh.model.Curve;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The shape a part of a scenario file must have: a number with a unit and range, a yes/no, a
 * text, a curve over years, a mapping of named fields, or a mapping keyed by a fixed set of names.
 * Reading a node against its spec either returns the validated value or throws a
 * {@link ScenarioException} naming file, line and key, with a hint.
 */
abstract class Spec {
    /**
     * The value this spec reads from a node, checked. With {@code partial}, keys that another file
     * may supply are not required (a what-if file is checked on its own before it is merged).
     */
    abstract Object read(YNode n, String key, boolean partial) throws ScenarioException;

    /** What a valid value looks like, for error messages and docs. */
    abstract String expected();

    /** How a child file's node combines with its parent's: by default the child's replaces it. */
    YNode merge(YNode parent, YNode child) throws ScenarioException { return child; }

    static ScenarioException error(YNode n, String key, String problem, String hint) {
        return new ScenarioException(n.file, n.line, key, problem, hint);
    }

    static String join(String parent, String key) { return parent == null || parent.isEmpty() ? key : parent + "." + key; }

    /** The closest of {@code candidates} to {@code word}, if close enough to be a likely typo. */
    static String suggest(String word, Collection<String> candidates) {
        LevenshteinDistance d = LevenshteinDistance.getDefaultInstance();
        String best = null;
        int bestDist = Integer.MAX_VALUE;
        for (String c : candidates) {
            int dist = d.apply(word.toLowerCase(Locale.ROOT), c);
            if (dist < bestDist) { bestDist = dist; best = c; }
        }
        return best != null && bestDist <= Math.max(2, word.length() / 3) ? best : null;
    }

    static String unknownKeyHint(String key, Collection<String> allowed) {
        String s = suggest(key, allowed);
        return s != null ? "did you mean '" + s + "'?" : "allowed keys here: " + String.join(", ", allowed);
    }

    // ---------------------------------------------------------------- scalars

    /** A number with a unit and a closed range; integers only if {@code integer}. */
    static final class Num extends Spec {
        final String unit;
        final double min, max;
        final boolean integer;

        Num(String unit, double min, double max, boolean integer) {
            this.unit = unit;
            this.min = min;
            this.max = max;
            this.integer = integer;
        }

        @Override String expected() {
            return (integer ? "a whole number" : "a number") + " in " + unit + " from " + fmt(min) + " to " + fmt(max);
        }

        @Override Object read(YNode n, String key, boolean partial) throws ScenarioException {
            if (n.shape != YNode.Shape.SCALAR || !("int".equals(n.tag) || "float".equals(n.tag)))
                throw error(n, key, "expected " + expected() + ", found " + n.describe(),
                        n.shape == YNode.Shape.SCALAR && "str".equals(n.tag) ? "write the number without quotes or units, e.g. " + key.substring(key.lastIndexOf('.') + 1) + ": " + fmt(Math.max(min, Math.min(max, 1)))
                                : "give a single number");
            double v;
            try {
                v = Double.parseDouble(n.text.replace("_", ""));
            } catch (NumberFormatException e) {
                throw error(n, key, "expected " + expected() + ", found " + n.describe(), "write a plain decimal number");
            }
            if (integer && v != Math.rint(v))
                throw error(n, key, "expected " + expected() + ", found " + n.text, "round it to a whole number");
            if (!(v >= min && v <= max))
                throw error(n, key, "value " + n.text + " is out of range: expected " + expected(),
                        v < min ? "use at least " + fmt(min) : "use at most " + fmt(max));
            return integer ? (Object) (int) v : (Object) v;
        }

        static String fmt(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%d", (long) v) : String.valueOf(v);
        }
    }

    static final class Bool extends Spec {
        @Override String expected() { return "true or false"; }

        @Override Object read(YNode n, String key, boolean partial) throws ScenarioException {
            if (n.shape != YNode.Shape.SCALAR || !"bool".equals(n.tag))
                throw error(n, key, "expected " + expected() + ", found " + n.describe(), "write true or false");
            // An explicit !!bool tag puts any text here; only YAML's own yes/no words are booleans.
            String word = n.text.trim().toLowerCase(Locale.ROOT);
            if (!word.matches("true|false|yes|no|on|off"))
                throw error(n, key, "expected " + expected() + ", found '" + n.text + "', which is not a YAML boolean",
                        "write true or false (without the !!bool tag)");
            return Boolean.valueOf(word.matches("true|yes|on"));
        }
    }

    static final class Text extends Spec {
        @Override String expected() { return "a line of text"; }

        @Override Object read(YNode n, String key, boolean partial) throws ScenarioException {
            if (n.shape != YNode.Shape.SCALAR || "null".equals(n.tag))
                throw error(n, key, "expected " + expected() + ", found " + n.describe(), "write the text after the colon");
            if (n.text.length() > 2000) throw error(n, key, "text longer than 2000 characters", "shorten it");
            return n.text;
        }
    }

    /** A calendar date, written yyyy-mm-dd, within a range of years. */
    static final class Date extends Spec {
        final int minYear, maxYear;

        Date(int minYear, int maxYear) { this.minYear = minYear; this.maxYear = maxYear; }

        @Override String expected() { return "a date yyyy-mm-dd between " + minYear + " and " + maxYear; }

        @Override Object read(YNode n, String key, boolean partial) throws ScenarioException {
            if (n.shape != YNode.Shape.SCALAR)
                throw error(n, key, "expected " + expected() + ", found " + n.describe(), "write e.g. 2012-04-23");
            LocalDate d;
            try {
                d = LocalDate.parse(n.text.trim());
            } catch (DateTimeException e) {
                throw error(n, key, "expected " + expected() + ", found " + n.describe(), "write e.g. 2012-04-23 (year-month-day)");
            }
            if (d.getYear() < minYear || d.getYear() > maxYear)
                throw error(n, key, "date " + d + " is out of range: expected " + expected(), "move it inside the simulated years");
            return d;
        }
    }

    // ---------------------------------------------------------------- composites

    /** A quantity over years: a mapping from years to numbers, years in increasing order. */
    static final class CurveSpec extends Spec {
        final Num value;

        CurveSpec(String unit, double min, double max) { this.value = new Num(unit, min, max, false); }

        @Override String expected() { return "a mapping from years to numbers in " + value.unit + ", e.g. {1990: 60, 2010: 250}"; }

        @Override Object read(YNode n, String key, boolean partial) throws ScenarioException {
            if (n.shape != YNode.Shape.MAP || n.map.isEmpty())
                throw error(n, key, "expected " + expected() + ", found " + n.describe(), "list at least one year: value pair");
            TreeMap<Integer, Double> points = new TreeMap<>();
            int previous = Integer.MIN_VALUE;
            for (Map.Entry<String, YNode> e : n.map.entrySet()) {
                String k = join(key, e.getKey());
                int year;
                try {
                    year = Integer.parseInt(e.getKey().trim());
                } catch (NumberFormatException ex) {
                    throw new ScenarioException(n.fileOf(e.getKey()), n.lineOf(e.getKey()), k, "'" + e.getKey() + "' is not a year",
                            "keys of a curve are years, e.g. 1990");
                }
                if (year < 1900 || year > 2200)
                    throw new ScenarioException(n.fileOf(e.getKey()), n.lineOf(e.getKey()), k, "year " + year + " is out of range 1900 to 2200", null);
                if (year <= previous)
                    throw new ScenarioException(n.fileOf(e.getKey()), n.lineOf(e.getKey()), k, "years out of order: " + year + " comes after " + previous,
                            "list the years of a curve in increasing order");
                previous = year;
                points.put(year, (Double) value.read(e.getValue(), k, partial));
            }
            return Curve.of(points);
        }
    }

    /** One field of a {@link Fields} mapping. */
    record Field(Spec spec, boolean required, String description) {}

    /** A mapping with a fixed set of named fields. Child files override field by field. */
    static final class Fields extends Spec {
        final LinkedHashMap<String, Field> fields = new LinkedHashMap<>();

        Fields add(String key, Spec spec, String description) {
            fields.put(key, new Field(spec, true, description));
            return this;
        }

        Fields optional(String key, Spec spec, String description) {
            fields.put(key, new Field(spec, false, description));
            return this;
        }

        @Override String expected() { return "a mapping with keys " + String.join(", ", fields.keySet()); }

        @Override Object read(YNode n, String key, boolean partial) throws ScenarioException {
            if (n.shape != YNode.Shape.MAP)
                throw error(n, key, "expected " + expected() + ", found " + n.describe(), "indent the keys under '" + key + ":'");
            for (String k : n.map.keySet())
                if (!fields.containsKey(k))
                    throw new ScenarioException(n.fileOf(k), n.lineOf(k), join(key, k), "unknown key '" + k + "'",
                            unknownKeyHint(k, fields.keySet()));
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, Field> f : fields.entrySet()) {
                YNode v = n.map.get(f.getKey());
                if (v == null) {
                    if (f.getValue().required() && !partial)
                        throw new ScenarioException(n.file, n.line, join(key, f.getKey()), "missing: expected "
                                + f.getValue().spec().expected() + " (" + f.getValue().description() + ")",
                                "add '" + f.getKey() + ":' here, or extend a scenario that sets it (extends: baseline.yaml)");
                    continue;
                }
                out.put(f.getKey(), f.getValue().spec().read(v, join(key, f.getKey()), partial));
            }
            return out;
        }

        @Override YNode merge(YNode parent, YNode child) throws ScenarioException {
            if (parent == null || parent.shape != YNode.Shape.MAP || child.shape != YNode.Shape.MAP) return child;
            return mergeMaps(parent, child, k -> fields.containsKey(k) ? fields.get(k).spec() : null);
        }
    }

    /** A mapping keyed by the names of an enum (e.g. region types), each value of one spec. */
    static final class Keyed<E extends Enum<E>> extends Spec {
        final Class<E> type;
        final Spec value;
        final Predicate<E> allowed;
        final boolean all;
        final boolean sumsToOne;

        Keyed(Class<E> type, Predicate<E> allowed, Spec value, boolean all, boolean sumsToOne) {
            this.type = type;
            this.value = value;
            this.allowed = allowed;
            this.all = all;
            this.sumsToOne = sumsToOne;
        }

        List<String> names() {
            List<String> out = new ArrayList<>();
            for (E e : type.getEnumConstants()) if (allowed.test(e)) out.add(e.name().toLowerCase(Locale.ROOT));
            return out;
        }

        @Override String expected() {
            return "a mapping with " + (all ? "each of " : "some of ") + String.join(", ", names())
                    + (sumsToOne ? " (shares summing to 1)" : "");
        }

        @Override Object read(YNode n, String key, boolean partial) throws ScenarioException {
            if (n.shape != YNode.Shape.MAP)
                throw error(n, key, "expected " + expected() + ", found " + n.describe(), "indent the names under '" + key + ":'");
            EnumMap<E, Object> out = new EnumMap<>(type);
            List<String> names = names();
            double sum = 0;
            for (Map.Entry<String, YNode> e : n.map.entrySet()) {
                String k = join(key, e.getKey());
                if (!names.contains(e.getKey()))
                    throw new ScenarioException(n.fileOf(e.getKey()), n.lineOf(e.getKey()), k, "unknown name '" + e.getKey() + "'",
                            unknownKeyHint(e.getKey(), names));
                Object v = value.read(e.getValue(), k, partial);
                if (v instanceof Double d) sum += d;
                out.put(Enum.valueOf(type, e.getKey().toUpperCase(Locale.ROOT)), v);
            }
            if (all && !partial)
                for (String name : names)
                    if (!n.map.containsKey(name))
                        throw new ScenarioException(n.file, n.line, join(key, name), "missing: expected " + value.expected(),
                                "add '" + name + ":' under '" + key + "'");
            if (sumsToOne && !partial && Math.abs(sum - 1) > 0.01)
                throw error(n, key, "shares sum to " + String.format(Locale.ROOT, "%.3f", sum) + ", expected 1",
                        "adjust the shares so they add up to 1");
            return out;
        }

        @Override YNode merge(YNode parent, YNode child) throws ScenarioException {
            if (parent == null || parent.shape != YNode.Shape.MAP || child.shape != YNode.Shape.MAP) return child;
            return mergeMaps(parent, child, k -> value);
        }
    }

    interface SpecOf { Spec of(String key); }

    /** Child keys override parent keys; where both are mappings, the value's spec decides how. */
    static YNode mergeMaps(YNode parent, YNode child, SpecOf specOf) throws ScenarioException {
        Map<String, YNode> merged = new LinkedHashMap<>(parent.map);
        Map<String, Integer> lines = new LinkedHashMap<>(parent.keyLines);
        Map<String, Path> files = new LinkedHashMap<>();
        for (String k : parent.map.keySet()) files.put(k, parent.fileOf(k));
        for (Map.Entry<String, YNode> e : child.map.entrySet()) {
            Spec s = specOf.of(e.getKey());
            YNode old = merged.get(e.getKey());
            merged.put(e.getKey(), s == null || old == null ? e.getValue() : s.merge(old, e.getValue()));
            lines.put(e.getKey(), child.lineOf(e.getKey()));
            files.put(e.getKey(), child.fileOf(e.getKey()));
        }
        // A key's line is in the file that wrote the key, so each key keeps its file; the mapping itself is the child's.
        return YNode.map(child.file, child.line, merged, lines, files);
    }

    static Path fileOf(YNode n) { return n.file; }
}
