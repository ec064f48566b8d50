package kosh.policy;

/**
 * One parameter of a policy event as a scenario file writes it: its key, unit, kind and range.
 *
 * @param key         the YAML key, e.g. {@code households_per_year}
 * @param unit        the unit, e.g. {@code households/year}, {@code USD}, {@code share}
 * @param kind        what kind of value it takes
 * @param min         smallest allowed value (numbers only)
 * @param max         largest allowed value (numbers only)
 * @param required    whether the event must give it
 * @param description what it means, in a few words
 */
public record Parameter(String key, String unit, Kind kind, double min, double max, boolean required, String description) {
    /** The kinds of values parameters take. */
    public enum Kind { NUMBER, INTEGER, BOOLEAN, REGION }

    static Parameter number(String key, String unit, double min, double max, boolean required, String description) {
        return new Parameter(key, unit, Kind.NUMBER, min, max, required, description);
    }

    static Parameter integer(String key, String unit, double min, double max, boolean required, String description) {
        return new Parameter(key, unit, Kind.INTEGER, min, max, required, description);
    }

    static Parameter flag(String key, boolean required, String description) {
        return new Parameter(key, "yes/no", Kind.BOOLEAN, 0, 1, required, description);
    }

    static Parameter region(String key, String description) {
        return new Parameter(key, "region type", Kind.REGION, 0, 0, true, description);
    }
}
