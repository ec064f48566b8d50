package kosh.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Settings given by dotted key ({@code parameters.move.base}, {@code places.north.attractiveness})
 * instead of in a file: each becomes a node of the merged scenario tree before it is validated, so
 * an override is checked exactly like a value written in a file. Errors name the source
 * {@value #SOURCE} and the key.
 */
final class Overrides {
    /** Shown where a file name would be in an error about an override. */
    static final String SOURCE = "override";

    private Overrides() {}

    /** The keys an override may set: those of {@link ScenarioFormat#keys()}. */
    static List<String> keys() {
        List<String> out = new ArrayList<>();
        for (ScenarioFormat.Key k : ScenarioFormat.keys()) out.add(k.path());
        return out;
    }

    /**
     * The spec of the value at a dotted key, or an error naming the first unknown part of the key
     * with a suggestion. {@code file} and {@code line} say where the key was written.
     */
    static Spec specOf(String key, Path file, int line) throws ScenarioException {
        List<String> known = keys();
        if (known.contains(key)) return walk(key, file, line);
        walk(key, file, line); // names the first unknown part, if there is one
        String close = Spec.suggest(key, known);
        throw new ScenarioException(file, line, key, "'" + key + "' is not a setting that can be overridden",
                close != null ? "did you mean '" + close + "'?" : "use a dotted key of a single setting, e.g. parameters.move.base");
    }

    private static Spec walk(String key, Path file, int line) throws ScenarioException {
        Spec spec = ScenarioSchema.ROOT;
        String done = "";
        for (String part : key.split("\\.", -1)) {
            String here = Spec.join(done, part);
            if (spec instanceof Spec.Fields f) {
                Spec.Field field = f.fields.get(part);
                if (field == null)
                    throw new ScenarioException(file, line, here, "unknown key '" + part + "'", Spec.unknownKeyHint(part, f.fields.keySet()));
                spec = field.spec();
            } else if (spec instanceof Spec.Keyed<?> k) {
                if (!k.names().contains(part))
                    throw new ScenarioException(file, line, here, "unknown name '" + part + "'", Spec.unknownKeyHint(part, k.names()));
                spec = k.value;
            } else {
                throw new ScenarioException(file, line, key, "'" + done + "' is a single setting and has no key '" + part + "'",
                        "override '" + done + "' itself");
            }
            done = here;
        }
        if (spec instanceof Spec.Fields || spec instanceof Spec.Keyed<?>)
            throw new ScenarioException(file, line, key, "'" + key + "' is a group of settings, not one",
                    "override one of its keys, e.g. " + key + "." + (spec instanceof Spec.Fields f ? f.fields.keySet().iterator().next()
                            : ((Spec.Keyed<?>) spec).names().get(0)));
        return spec;
    }

    /** {@code tree} (a merged scenario) with each override's node put in place of the file's. */
    static YNode apply(YNode tree, Map<String, ?> overrides) throws ScenarioException {
        Path source = Path.of(SOURCE);
        YNode out = tree;
        for (Map.Entry<String, ?> e : overrides.entrySet()) {
            specOf(e.getKey(), source, 0);
            out = put(out, e.getKey().split("\\."), 0, scalar(source, e.getKey(), e.getValue()));
        }
        return out;
    }

    private static YNode put(YNode map, String[] path, int i, YNode value) {
        Map<String, YNode> entries = new LinkedHashMap<>(map.map);
        Map<String, Integer> lines = new LinkedHashMap<>(map.keyLines);
        Map<String, Path> files = new LinkedHashMap<>();
        for (String k : map.map.keySet()) files.put(k, map.fileOf(k));
        if (i == path.length - 1) {
            entries.put(path[i], value);
        } else {
            YNode child = entries.get(path[i]);
            if (child == null || child.shape != YNode.Shape.MAP) child = YNode.map(value.file, 0, Map.of(), Map.of());
            entries.put(path[i], put(child, path, i + 1, value));
        }
        lines.putIfAbsent(path[i], 0);
        files.putIfAbsent(path[i], value.file);
        return YNode.map(map.file, map.line, entries, lines, files);
    }

    /** A value as the scalar node a file would have held. */
    private static YNode scalar(Path source, String key, Object v) throws ScenarioException {
        if (v instanceof Double d && (d.isNaN() || d.isInfinite()))
            throw new ScenarioException(source, 0, key, "the value " + d + " is not a number", "give a finite number");
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte)
            return YNode.scalar(source, 0, v.toString(), "int");
        if (v instanceof Number n) return YNode.scalar(source, 0, Double.toString(n.doubleValue()), "float");
        if (v instanceof Boolean b) return YNode.scalar(source, 0, b.toString(), "bool");
        if (v instanceof String || v instanceof Enum<?>)
            return YNode.scalar(source, 0, v instanceof Enum<?> en ? en.name().toLowerCase(Locale.ROOT) : (String) v, "str");
        throw new ScenarioException(source, 0, key, "an override is a single number, yes/no or text, not "
                + (v == null ? "nothing" : "a " + v.getClass().getSimpleName()), "give one value");
    }
}
