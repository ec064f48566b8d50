package kosh.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Loads experiment files ({@code scenarios/experiments/*.yaml}) as strictly as scenarios: safe YAML,
 * unknown keys refused with a suggestion, types and ranges checked, every error with file, line and
 * key. A varied setting's range must lie within what its key allows, and the base scenario must stay
 * valid with each setting at either end of its range.
 *
 * <pre>
 * description: Morris screening of the move and return decisions
 * scenario: ../baseline.yaml            # relative to this file
 * design: {method: morris, trajectories: 8, levels: 4, bootstrap: 1000, seed: 1}
 * replicates: 2
 * parameters:
 *   parameters.move.base: {min: -7.0, max: -5.0}
 *   places.north.attractiveness: {min: -1.0, max: 1.0}
 * outputs:
 *   - {name: emigrants_1991_2011, column: emigrants_persons, from: 1991, to: 2011, aggregate: sum}
 * </pre>
 */
public final class ExperimentLoader {
    /** A sweep of more runs than this is surely a typo. */
    static final long MAX_RUNS = 1_000_000;
    static final int MAX_PARAMETERS = 100;
    private static final Set<String> RESERVED = Set.of("point", "replicate", "seed");

    private ExperimentLoader() {}

    private static final Spec DESIGN = new Spec.Fields()
            .add("method", new Choice(List.of("grid", "latin_hypercube", "morris", "sobol")), "grid, latin_hypercube, morris or sobol")
            .add("seed", ScenarioSchema.whole("seed", 0, Integer.MAX_VALUE), "seeds the design and the runs")
            .optional("points", ScenarioSchema.whole("design points", 2, 1_000_000), "latin_hypercube: number of points")
            .optional("trajectories", ScenarioSchema.whole("trajectories", 2, 100_000), "morris: number of trajectories")
            .optional("levels", ScenarioSchema.whole("levels", 2, 1000), "morris: grid levels (even); grid: levels of each parameter")
            .optional("base_samples", ScenarioSchema.whole("samples", 2, 1_000_000), "sobol: rows of Saltelli's matrices A and B")
            .optional("bootstrap", ScenarioSchema.whole("resamples", 0, 100_000), "morris, sobol: bootstrap resamples for 95% intervals");

    private static final Spec OUTPUT = new Spec.Fields()
            .add("name", new Spec.Text(), "column name in results.csv, e.g. emigrants_1991_2011")
            .add("column", new Spec.Text(), "a column of timeseries.csv, e.g. emigrants_persons")
            .add("from", ScenarioSchema.whole("year", 1900, 2200), "first year")
            .add("to", ScenarioSchema.whole("year", 1900, 2200), "last year")
            .add("aggregate", new Choice(List.of("sum", "mean", "last")), "sum, mean, or last (the value in the year 'to')");

    private static final Spec ROOT = new Spec.Fields()
            .add("description", new Spec.Text(), "one line saying what this experiment asks")
            .add("scenario", new Spec.Text(), "the base scenario, relative to this file, e.g. ../baseline.yaml")
            .add("design", DESIGN, "the design and its settings")
            .add("replicates", ScenarioSchema.whole("runs per point", 1, 10_000), "runs per design point")
            .add("parameters", new ParameterMap(), "settings to vary, by dotted key, each with min and max")
            .add("outputs", new ListOf(OUTPUT, "a list of outputs, each {name, column, from, to, aggregate}"), "outputs to record");

    /** Bootstrap resamples when a morris or sobol design names none. */
    public static final int DEFAULT_BOOTSTRAP = 1000;

    /**
     * Loads and validates an experiment.
     *
     * @param columnsOf the columns of {@code timeseries.csv} a run of the base scenario writes (outputs must name one)
     */
    @SuppressWarnings("unchecked")
    public static Experiment load(Path file, Function<Scenario, Collection<String>> columnsOf) throws ScenarioException {
        Path f = file.toAbsolutePath().normalize();
        String fileName = f.getFileName().toString();
        String name = fileName.replaceFirst("\\.ya?ml$", "");
        if (name.equals(fileName))
            throw new ScenarioException(file, 0, null, "an experiment file must end in .yaml", "rename it, e.g. morris-move.yaml");
        if (!name.matches("[a-z0-9][a-z0-9-]*"))
            throw new ScenarioException(file, 0, null, "the file name '" + fileName
                    + "' must be lower-case letters, digits and dashes (it names the output folder)",
                    "rename it, e.g. " + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".yaml");
        if (!Files.isRegularFile(f)) throw new ScenarioException(file, 0, null, "no such file", ScenarioLoader.listHint(f.getParent()));
        YNode node = YamlFiles.read(f);
        if (node.shape != YNode.Shape.MAP)
            throw new ScenarioException(file, node.line, null, "expected a mapping of keys at the top, found " + node.describe(),
                    "start from scenarios/experiments/morris-baseline.yaml");
        Map<String, Object> v = (Map<String, Object>) ROOT.read(node, "", false);

        YNode scenarioNode = node.map.get("scenario");
        Path scenarioFile = f.getParent().resolve((String) v.get("scenario")).normalize();
        if (!Files.isRegularFile(scenarioFile))
            throw new ScenarioException(file, scenarioNode.line, "scenario", "cannot find '" + scenarioNode.text
                    + "' relative to this file", ScenarioLoader.listHint(scenarioFile.getParent()));
        Scenario base = ScenarioLoader.load(scenarioFile);

        Experiment.Design design = design((Map<String, Object>) v.get("design"), node.map.get("design"));
        int replicates = (Integer) v.get("replicates");
        List<Experiment.Parameter> parameters = parameters(node.map.get("parameters"),
                (Map<String, Map<String, Object>>) v.get("parameters"), design, scenarioFile);
        List<Experiment.Output> outputs = outputs(node.map.get("outputs"), (List<Map<String, Object>>) v.get("outputs"),
                base, columnsOf.apply(base));

        Map<String, Object> resolved = new LinkedHashMap<>();
        resolved.put("name", name);
        resolved.put("description", v.get("description"));
        resolved.put("scenario", v.get("scenario"));
        resolved.put("design", plainDesign(design));
        resolved.put("replicates", replicates);
        resolved.put("parameters", Plain.of(v.get("parameters")));
        resolved.put("outputs", Plain.of(v.get("outputs")));
        Experiment e = new Experiment(name, file, (String) v.get("description"), base, design, replicates, parameters, outputs, resolved);
        long runs = (long) e.designPoints() * replicates;
        if (e.designPoints() == Integer.MAX_VALUE || runs > MAX_RUNS)
            throw new ScenarioException(file, node.lineOf("design"), "design", "the design asks for " + (e.designPoints() == Integer.MAX_VALUE
                    ? "more than " + Integer.MAX_VALUE : e.designPoints()) + " points × " + replicates + " replicates, more than "
                    + MAX_RUNS + " runs", "use fewer points, levels or replicates");
        return e;
    }

    // ------------------------------------------------------------------ design

    /** Which settings each method takes besides {@code method} and {@code seed}. */
    private static final Map<String, List<String>> SETTINGS = Map.of(
            "grid", List.of("levels"),
            "latin_hypercube", List.of("points"),
            "morris", List.of("trajectories", "levels", "bootstrap"),
            "sobol", List.of("base_samples", "bootstrap"));
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "grid", List.of(),
            "latin_hypercube", List.of("points"),
            "morris", List.of("trajectories", "levels"),
            "sobol", List.of("base_samples"));

    private static final Map<String, Integer> EXAMPLES = Map.of("points", 50, "trajectories", 10, "levels", 4, "base_samples", 64);

    private static Experiment.Design design(Map<String, Object> d, YNode n) throws ScenarioException {
        String method = (String) d.get("method");
        List<String> allowed = SETTINGS.get(method);
        for (String k : n.map.keySet())
            if (!k.equals("method") && !k.equals("seed") && !allowed.contains(k))
                throw new ScenarioException(n.file, n.lineOf(k), "design." + k, "'" + k + "' does not apply to a " + method + " design",
                        "a " + method + " design takes " + String.join(", ", allowed) + " and seed; delete this line");
        for (String k : REQUIRED.get(method))
            if (!d.containsKey(k))
                throw new ScenarioException(n.file, n.line, "design." + k, "missing: a " + method + " design needs '" + k + "'",
                        "add '" + k + ": " + EXAMPLES.get(k) + "' under 'design:'");
        int levels = d.containsKey("levels") ? (Integer) d.get("levels") : 0;
        if (method.equals("morris") && levels % 2 != 0)
            throw new ScenarioException(n.file, n.lineOf("levels"), "design.levels", "a morris design needs an even number of levels, found "
                    + levels, "use " + (levels + 1) + " (with p levels each step is p / (2(p - 1)) of the range)");
        boolean indices = method.equals("morris") || method.equals("sobol");
        return new Experiment.Design(Experiment.Method.valueOf(method.toUpperCase(Locale.ROOT)), intOr(d, "points"),
                intOr(d, "trajectories"), levels, intOr(d, "base_samples"),
                indices ? (d.containsKey("bootstrap") ? (Integer) d.get("bootstrap") : DEFAULT_BOOTSTRAP) : 0, (Integer) d.get("seed"));
    }

    private static int intOr(Map<String, Object> d, String key) { return d.containsKey(key) ? (Integer) d.get(key) : 0; }

    private static Map<String, Object> plainDesign(Experiment.Design d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("method", d.method().key());
        switch (d.method()) {
            case GRID -> { if (d.levels() > 0) out.put("levels", d.levels()); }
            case LATIN_HYPERCUBE -> out.put("points", d.points());
            case MORRIS -> {
                out.put("trajectories", d.trajectories());
                out.put("levels", d.levels());
                out.put("bootstrap", d.bootstrap());
            }
            case SOBOL -> {
                out.put("base_samples", d.baseSamples());
                out.put("bootstrap", d.bootstrap());
            }
        }
        out.put("seed", d.seed());
        return out;
    }

    // ------------------------------------------------------------------ parameters

    private static String parameterKey(String key) { return "parameters[" + key + "]"; }

    private static List<Experiment.Parameter> parameters(YNode n, Map<String, Map<String, Object>> values, Experiment.Design design,
                                                         Path scenarioFile) throws ScenarioException {
        List<Experiment.Parameter> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> e : values.entrySet()) {
            String key = e.getKey();
            Map<String, Object> p = e.getValue();
            YNode pn = n.map.get(key);
            int line = n.lineOf(key);
            Spec.Num spec = (Spec.Num) Overrides.specOf(key, n.file, line); // ParameterMap has checked it is a number
            double min = ((Number) p.get("min")).doubleValue(), max = ((Number) p.get("max")).doubleValue();
            if (!(min < max))
                throw new ScenarioException(n.file, pn.lineOf("max"), parameterKey(key) + ".max", "max " + Spec.Num.fmt(max)
                        + " is not above min " + Spec.Num.fmt(min), "a varied setting needs a range: make max larger than min");
            int levels = 0;
            if (p.containsKey("levels")) {
                if (design.method() != Experiment.Method.GRID)
                    throw new ScenarioException(n.file, pn.lineOf("levels"), parameterKey(key) + ".levels",
                            "levels of a parameter apply only to a grid design", design.method() == Experiment.Method.MORRIS
                            ? "a morris design's levels are set once, under 'design:'" : "delete 'levels' here");
                levels = (Integer) p.get("levels");
            } else if (design.method() == Experiment.Method.GRID) {
                if (design.levels() == 0)
                    throw new ScenarioException(n.file, line, parameterKey(key) + ".levels", "missing: a grid design needs the levels of each parameter",
                            "add 'levels: 3' here, or 'levels: 3' under 'design:' for every parameter");
                levels = design.levels();
            }
            if (spec.integer && max - min < 1)
                throw new ScenarioException(n.file, line, parameterKey(key), key + " takes whole numbers: a range from "
                        + Spec.Num.fmt(min) + " to " + Spec.Num.fmt(max) + " holds only one", "widen the range");
            for (double end : new double[] {min, max}) {
                try {
                    ScenarioLoader.load(scenarioFile, Map.of(key, spec.integer ? (Object) (int) end : (Object) end));
                } catch (ScenarioException ex) {
                    String[] parts = ex.getMessage().split("\n  hint: ", 2);
                    throw new ScenarioException(n.file, pn.lineOf(end == min ? "min" : "max"), parameterKey(key) + (end == min ? ".min" : ".max"),
                            "with " + key + " at " + Spec.Num.fmt(end) + " the base scenario is refused: " + parts[0],
                            parts.length > 1 ? parts[1] : "narrow the range");
                }
            }
            out.add(new Experiment.Parameter(key, spec.unit, min, max, levels, spec.integer));
        }
        return out;
    }

    /** The {@code parameters} mapping: dotted scenario keys, each a number to vary with {@code min}, {@code max} and perhaps {@code levels}. */
    static final class ParameterMap extends Spec {
        @Override String expected() {
            return "a mapping from dotted scenario keys to ranges, e.g. parameters.move.base: {min: -7.0, max: -5.0}";
        }

        @Override Object read(YNode n, String key, boolean partial) throws ScenarioException {
            if (n.shape != YNode.Shape.MAP || n.map.isEmpty())
                throw error(n, key, "expected " + expected() + ", found " + n.describe(), "list at least one setting to vary");
            if (n.map.size() > MAX_PARAMETERS)
                throw error(n, key, n.map.size() + " parameters, more than " + MAX_PARAMETERS, "vary fewer settings");
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, YNode> e : n.map.entrySet()) {
                String k = e.getKey();
                int line = n.lineOf(k);
                if (k.equals("end_year"))
                    throw new ScenarioException(n.file, line, parameterKey(k), "end_year cannot be varied: outputs are read over fixed years",
                            "set end_year in the base scenario");
                Spec spec = Overrides.specOf(k, n.file, line);
                if (!(spec instanceof Spec.Num num))
                    throw new ScenarioException(n.file, line, parameterKey(k), "only numbers can be varied, and " + k + " is "
                            + spec.expected(), "choose a numeric setting, or write a what-if scenario for each value");
                Spec.Fields range = new Spec.Fields()
                        .add("min", num, "lowest value")
                        .add("max", num, "highest value")
                        .optional("levels", ScenarioSchema.whole("levels", 2, 1000), "grid designs: evenly spaced values from min to max");
                out.put(k, range.read(e.getValue(), parameterKey(k), partial));
            }
            return out;
        }
    }

    // ------------------------------------------------------------------ outputs

    private static List<Experiment.Output> outputs(YNode n, List<Map<String, Object>> values, Scenario base, Collection<String> columns)
            throws ScenarioException {
        List<Experiment.Output> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            Map<String, Object> o = values.get(i);
            YNode on = n.seq.get(i);
            String key = "outputs[" + i + "]";
            String name = (String) o.get("name"), column = (String) o.get("column");
            int from = (Integer) o.get("from"), to = (Integer) o.get("to");
            if (!name.matches("[a-z][a-z0-9_]*") || RESERVED.contains(name))
                throw new ScenarioException(on.file, on.lineOf("name"), key + ".name", "'" + name + "' cannot name a column of results.csv"
                        + (RESERVED.contains(name) ? " (results.csv has its own '" + name + "' column)" : ""),
                        "use lower-case letters, digits and underscores, e.g. emigrants_2012_2014");
            if (!names.add(name))
                throw new ScenarioException(on.file, on.lineOf("name"), key + ".name", "two outputs are named '" + name + "'",
                        "give each output its own name");
            if (!columns.contains(column))
                throw new ScenarioException(on.file, on.lineOf("column"), key + ".column", "timeseries.csv has no column '" + column + "'",
                        Spec.unknownKeyHint(column, columns));
            if (from > to)
                throw new ScenarioException(on.file, on.lineOf("to"), key + ".to", "the range ends (" + to + ") before it starts (" + from + ")",
                        "make 'to' at least " + from);
            if (from < base.startYear() || to > base.endYear())
                throw new ScenarioException(on.file, on.lineOf(from < base.startYear() ? "from" : "to"), key + (from < base.startYear() ? ".from" : ".to"),
                        "the years " + from + "-" + to + " are not all simulated: the base scenario runs " + base.startYear() + "-" + base.endYear(),
                        "keep the range within " + base.startYear() + "-" + base.endYear());
            out.add(new Experiment.Output(name, column, from, to, Experiment.Aggregate.valueOf(((String) o.get("aggregate")).toUpperCase(Locale.ROOT))));
        }
        return out;
    }

    // ------------------------------------------------------------------ specs

    /** One word of a fixed set, e.g. a design method. */
    static final class Choice extends Spec {
        final List<String> words;

        Choice(List<String> words) { this.words = List.copyOf(words); }

        @Override String expected() { return "one of " + String.join(", ", words); }

        @Override Object read(YNode n, String key, boolean partial) throws ScenarioException {
            if (n.shape != YNode.Shape.SCALAR || !"str".equals(n.tag))
                throw error(n, key, "expected " + expected() + ", found " + n.describe(), "write one of: " + String.join(", ", words));
            if (!words.contains(n.text)) {
                String close = suggest(n.text, words);
                throw error(n, key, "unknown choice '" + n.text + "'",
                        close != null ? "did you mean '" + close + "'?" : "choose one of " + String.join(", ", words));
            }
            return n.text;
        }
    }

    /** A non-empty list, each item read by one spec. */
    static final class ListOf extends Spec {
        final Spec item;
        final String expected;

        ListOf(Spec item, String expected) {
            this.item = item;
            this.expected = expected;
        }

        @Override String expected() { return expected; }

        @Override Object read(YNode n, String key, boolean partial) throws ScenarioException {
            if (n.shape != YNode.Shape.SEQ || n.seq.isEmpty())
                throw error(n, key, "expected " + expected() + ", found " + n.describe(), "write '- {...}' lines under '" + key + ":'");
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < n.seq.size(); i++) out.add(item.read(n.seq.get(i), key + "[" + i + "]", partial));
            return out;
        }
    }
}
