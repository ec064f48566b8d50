package kosh.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import kosh.model.RegionType;

/**
 * The validated parameter values of one event, keyed as in the scenario file. Missing optional
 * values read as null: the event leaves that term unchanged.
 */
public record EventValues(Map<String, Object> values) {
    public EventValues {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    Double number(String key) { Object v = values.get(key); return v == null ? null : ((Number) v).doubleValue(); }
    Integer integer(String key) { Object v = values.get(key); return v == null ? null : ((Number) v).intValue(); }
    Boolean flag(String key) { return (Boolean) values.get(key); }
    RegionType region(String key) { return (RegionType) values.get(key); }
}
