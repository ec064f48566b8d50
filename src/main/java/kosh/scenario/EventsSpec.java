package kosh.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kosh.model.Country;
import kosh.model.RegionType;
import kosh.policy.EventType;
import kosh.policy.EventValues;
import kosh.policy.Parameter;
import kosh.policy.PolicyEvent;

/**
 * The {@code events} list: each item has an {@code id}, a {@code type}, a {@code date}, an optional
 * {@code description} and the parameters of its type. Within one file, dates must not go backwards.
 */
final class EventsSpec extends Spec {
    static final Set<String> COMMON = Set.of("id", "type", "date", "description");
    private final Date date;

    EventsSpec(int minYear, int maxYear) { this.date = new Date(minYear, maxYear); }

    @Override String expected() { return "a list of events, each with id, type, date and the type's parameters"; }

    @Override Object read(YNode n, String key, boolean partial) throws ScenarioException {
        if (n.shape != YNode.Shape.SEQ)
            throw error(n, key, "expected " + expected() + ", found " + n.describe(), "start each event with '- id: ...'");
        List<PolicyEvent> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        LocalDate previous = null;
        for (int i = 0; i < n.seq.size(); i++) {
            YNode item = n.seq.get(i);
            PolicyEvent e = readEvent(item, key + "[" + i + "]");
            if (!ids.add(e.id()))
                throw new ScenarioException(item.file, item.lineOf("id"), key + "[" + i + "].id",
                        "the id '" + e.id() + "' is used twice", "give each event its own id, e.g. " + e.id() + "-b");
            if (partial && previous != null && e.date().isBefore(previous))
                throw new ScenarioException(item.file, item.lineOf("date"), key + "[" + i + "].date",
                        "dates out of order: " + e.date() + " comes after " + previous,
                        "list events in date order (or check the year of this date)");
            previous = e.date();
            out.add(e);
        }
        return out;
    }

    static String idOf(YNode item) {
        if (item.shape != YNode.Shape.MAP) return null;
        YNode id = item.map.get("id");
        return id != null && id.shape == YNode.Shape.SCALAR ? id.text : null;
    }

    private PolicyEvent readEvent(YNode item, String key) throws ScenarioException {
        if (item.shape != YNode.Shape.MAP)
            throw error(item, key, "expected an event (a mapping with id, type, date), found " + item.describe(),
                    "write '- id: my-event' and indent its keys");
        YNode idNode = require(item, key, "id");
        String id = (String) new Text().read(idNode, key + ".id", false);
        if (!id.matches("[a-z0-9][a-z0-9-]*"))
            throw error(idNode, key + ".id", "the id '" + id + "' must be lower-case letters, digits and dashes",
                    "e.g. suspension-2012");
        YNode typeNode = require(item, key, "type");
        String typeKey = (String) new Text().read(typeNode, key + ".type", false);
        EventType type = EventType.byKey(typeKey);
        List<String> typeNames = new ArrayList<>();
        for (EventType t : EventType.values()) typeNames.add(t.key());
        if (type == null)
            throw error(typeNode, key + ".type", "unknown event type '" + typeKey + "'", unknownKeyHint(typeKey, typeNames));
        LocalDate d = (LocalDate) date.read(require(item, key, "date"), key + ".date", false);
        if (type == EventType.DZHUT && d.getMonthValue() > 2)
            // The simulation reads a year's winter in January and its losses strike in February.
            throw new ScenarioException(item.file, item.lineOf("date"), key + ".date", "a dzhut strikes in the late winter of its year,"
                    + " and its losses come in February; " + d + " is later in the year", "date it " + d.getYear()
                    + "-02-01, or in the next year if the winter after " + d + " is meant");
        String description = item.map.containsKey("description")
                ? (String) new Text().read(item.map.get("description"), key + ".description", false) : null;

        Map<String, Parameter> params = new LinkedHashMap<>();
        for (Parameter p : type.parameters()) params.put(p.key(), p);
        for (String k : item.map.keySet())
            if (!COMMON.contains(k) && !params.containsKey(k)) {
                List<String> allowed = new ArrayList<>(params.keySet());
                String hint = unknownKeyHint(k, allowed);
                if (allowed.isEmpty()) hint = "a " + type.key() + " event takes no parameters";
                throw new ScenarioException(item.file, item.lineOf(k), key + "." + k,
                        "unknown key '" + k + "' for an event of type " + type.key(), hint);
            }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Parameter p : params.values()) {
            YNode v = item.map.get(p.key());
            String k = key + "." + p.key();
            if (v == null) {
                if (p.required())
                    throw new ScenarioException(item.file, item.line, k, "missing: a " + type.key() + " event needs "
                            + p.key() + " (" + p.description() + ", " + p.unit() + ")", "add '" + p.key() + ":' to the event");
                continue;
            }
            values.put(p.key(), readParameter(p, v, k));
        }
        try {
            return type.create(id, d, new EventValues(values), description);
        } catch (IllegalArgumentException e) {
            throw error(item, key, "the model refuses this event: " + e.getMessage(), "change the value the message names");
        }
    }

    private static Object readParameter(Parameter p, YNode v, String key) throws ScenarioException {
        return switch (p.kind()) {
            case NUMBER -> new Num(p.unit(), p.min(), p.max(), false).read(v, key, false);
            case INTEGER -> new Num(p.unit(), p.min(), p.max(), true).read(v, key, false);
            case BOOLEAN -> new Bool().read(v, key, false);
            case REGION -> {
                List<String> names = new ArrayList<>();
                for (RegionType r : RegionType.values()) if (r.country() == Country.KAZAKHSTAN) names.add(r.key());
                String text = (String) new Text().read(v, key, false);
                if (!names.contains(text))
                    throw error(v, key, "unknown region type '" + text + "'", unknownKeyHint(text, names));
                yield RegionType.valueOf(text.toUpperCase(Locale.ROOT));
            }
        };
    }

    private static YNode require(YNode item, String key, String field) throws ScenarioException {
        YNode v = item.map.get(field);
        if (v == null)
            throw new ScenarioException(item.file, item.line, key + "." + field, "missing: every event needs '" + field + "'",
                    "add '" + field + ":' to the event");
        return v;
    }
}
