package kosh.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kosh.model.Curve;
import kosh.policy.PolicyEvent;

/** Turns validated scenario values back into plain maps, lists and scalars, as a file would hold them. */
final class Plain {
    private Plain() {}

    static Object of(Object v) {
        if (v instanceof Curve c) {
            Map<Integer, Object> out = new LinkedHashMap<>();
            for (int i = 0; i < c.years().length; i++) out.put((int) c.years()[i], c.values()[i]);
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String key = e.getKey() instanceof Enum<?> en ? en.name().toLowerCase(Locale.ROOT) : String.valueOf(e.getKey());
                out.put(key, of(e.getValue()));
            }
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object o : l) out.add(of(o));
            return out;
        }
        if (v instanceof PolicyEvent e) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", e.id());
            out.put("type", e.type().key());
            out.put("date", e.date().toString());
            out.put("description", e.description());
            for (Map.Entry<String, Object> p : e.values().values().entrySet()) out.put(p.getKey(), of(p.getValue()));
            return out;
        }
        if (v instanceof Enum<?> en) return en.name().toLowerCase(Locale.ROOT);
        return v;
    }
}
