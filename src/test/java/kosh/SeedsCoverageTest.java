package kosh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kosh.policy.PolicyEvent;
import kosh.scenario.Scenario;
import kosh.scenario.ScenarioFormat;
import kosh.scenario.ScenarioLoader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The project rule "every behavioural parameter has a name, a unit, a baseline default and a line in
 * seeds/ saying where its value came from", checked: seeds/parameters.csv covers every key of the
 * scenario format exactly once, with the baseline's value, and seeds/events.csv covers every event
 * of the baseline. Runs from the repository root (Maven's working directory).
 */
class SeedsCoverageTest {
    private static final Path PARAMETERS = Path.of("seeds/parameters.csv");
    private static final Path EVENTS = Path.of("seeds/events.csv");
    private static final Path BASELINE = Path.of("scenarios/baseline.yaml");
    private static final Set<String> SOURCES = Set.of("article", "assumption", "calibration");

    private static Scenario baseline;
    private static List<ScenarioFormat.Key> keys;

    @BeforeAll
    static void load() throws Exception {
        baseline = ScenarioLoader.load(BASELINE);
        keys = ScenarioFormat.keys();
    }

    private static List<CSVRecord> read(Path file, String... header) throws IOException {
        assertTrue(Files.isRegularFile(file), file + " is missing");
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser p = CSVParser.parse(r, format)) {
            assertEquals(List.of(header), p.getHeaderNames(), file + ": header");
            return p.getRecords();
        }
    }

    private static void fail(List<String> problems, String what) {
        assertTrue(problems.isEmpty(), problems.size() + " " + what + ":\n  " + String.join("\n  ", problems));
    }

    @Test
    void everyFormatKeyHasExactlyOneCompleteRow() throws IOException {
        Map<String, List<CSVRecord>> byKey = new LinkedHashMap<>();
        for (CSVRecord r : read(PARAMETERS, "key", "value", "unit", "source", "basis"))
            byKey.computeIfAbsent(r.get("key"), k -> new ArrayList<>()).add(r);
        List<String> problems = new ArrayList<>();
        for (ScenarioFormat.Key k : keys) {
            List<CSVRecord> rows = byKey.getOrDefault(k.path(), List.of());
            if (rows.size() != 1) {
                problems.add(k.path() + ": " + rows.size() + " rows in " + PARAMETERS + ", expected exactly 1");
                continue;
            }
            CSVRecord r = rows.get(0);
            if (r.get("unit").isBlank()) problems.add(k.path() + ": empty unit");
            else if (!r.get("unit").equals(k.unit()))
                problems.add(k.path() + ": unit '" + r.get("unit") + "' but the format says '" + k.unit() + "'");
            if (!SOURCES.contains(r.get("source")))
                problems.add(k.path() + ": source '" + r.get("source") + "' is not one of " + SOURCES);
            if (r.get("basis").isBlank()) problems.add(k.path() + ": empty basis");
        }
        fail(problems, "problems with format keys in " + PARAMETERS);
    }

    @Test
    void noStaleRows() throws IOException {
        Set<String> known = new java.util.HashSet<>();
        for (ScenarioFormat.Key k : keys) known.add(k.path());
        List<String> problems = new ArrayList<>();
        for (CSVRecord r : read(PARAMETERS, "key", "value", "unit", "source", "basis"))
            if (!known.contains(r.get("key"))) problems.add(r.get("key") + " (line " + r.getRecordNumber() + ") is not a key of the scenario format");
        fail(problems, "stale rows in " + PARAMETERS);
    }

    @Test
    void valuesEqualTheBaseline() throws IOException {
        List<String> problems = new ArrayList<>();
        for (CSVRecord r : read(PARAMETERS, "key", "value", "unit", "source", "basis")) {
            String key = r.get("key");
            Object expected = valueAt(baseline.resolved(), key);
            String problem = compare(expected, r.get("value").trim());
            if (problem != null) problems.add(key + ": " + problem);
        }
        fail(problems, "values in " + PARAMETERS + " that differ from " + BASELINE);
    }

    @Test
    void everyBaselineEventHasARow() throws IOException {
        Map<String, CSVRecord> byId = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (CSVRecord r : read(EVENTS, "id", "date", "type", "source", "basis")) {
            if (byId.put(r.get("id"), r) != null) problems.add(r.get("id") + ": more than one row");
            if (!SOURCES.contains(r.get("source"))) problems.add(r.get("id") + ": source '" + r.get("source") + "' is not one of " + SOURCES);
            if (r.get("basis").isBlank()) problems.add(r.get("id") + ": empty basis");
        }
        Set<String> ids = new java.util.HashSet<>();
        for (PolicyEvent e : baseline.events()) {
            ids.add(e.id());
            CSVRecord r = byId.get(e.id());
            if (r == null) {
                problems.add(e.id() + ": no row in " + EVENTS);
                continue;
            }
            if (!r.get("date").equals(e.date().toString()))
                problems.add(e.id() + ": date " + r.get("date") + " but the baseline says " + e.date());
            if (!r.get("type").equals(e.type().key()))
                problems.add(e.id() + ": type " + r.get("type") + " but the baseline says " + e.type().key());
        }
        for (String id : byId.keySet()) if (!ids.contains(id)) problems.add(id + ": not an event of the baseline (stale row)");
        fail(problems, "problems in " + EVENTS);
    }

    // ------------------------------------------------------------------ helpers

    /** The value at a dotted path of the resolved scenario, or null where the key is absent. */
    private static Object valueAt(Map<String, Object> resolved, String path) {
        Object v = resolved;
        for (String part : path.split("\\.")) {
            if (!(v instanceof Map<?, ?> m)) return null;
            v = m.get(part);
        }
        return v;
    }

    /** Null if {@code written} says the same as {@code expected}, else what differs. */
    private static String compare(Object expected, String written) {
        if (expected == null) return written.isEmpty() ? null : "the baseline has no value but the row says '" + written + "'";
        if (expected instanceof Number n) {
            try {
                return same(n.doubleValue(), Double.parseDouble(written)) ? null : "row says " + written + ", baseline " + n;
            } catch (NumberFormatException e) {
                return "row says '" + written + "', expected a number (" + n + ")";
            }
        }
        if (expected instanceof Boolean b) return written.equals(b.toString()) ? null : "row says '" + written + "', baseline " + b;
        if (expected instanceof String s) return written.equals(s) ? null : "row says '" + written + "', baseline '" + s + "'";
        if (expected instanceof Map<?, ?> curve) {
            Map<Integer, Double> points = new LinkedHashMap<>();
            for (String point : written.split("\\s+")) {
                String[] yv = point.split(":");
                try {
                    if (yv.length != 2 || points.put(Integer.parseInt(yv[0]), Double.parseDouble(yv[1])) != null)
                        return "cannot read '" + written + "' as a curve 'year:value year:value ...'";
                } catch (NumberFormatException e) {
                    return "cannot read '" + written + "' as a curve 'year:value year:value ...'";
                }
            }
            if (points.size() != curve.size()) return "row has " + points.size() + " points, baseline " + curve;
            for (Map.Entry<?, ?> e : curve.entrySet()) {
                Double w = points.get(((Number) e.getKey()).intValue());
                if (w == null || !same(((Number) e.getValue()).doubleValue(), w)) return "row says '" + written + "', baseline " + curve;
            }
            return null;
        }
        return "cannot compare a " + expected.getClass().getSimpleName() + " (" + expected + ")";
    }

    private static boolean same(double a, double b) { return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)); }
}
