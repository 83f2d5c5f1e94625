package jbound.diagnosis;

import java.util.Map;

/**
 * One fact behind a verdict, as data: an id a program can match on, the figures with their units
 * in the key ({@code jvmCores}, {@code cpuShare}, {@code seconds}), and the sentence a person reads.
 */
public record Evidence(String id, String text, Map<String, Object> facts) {

    public Evidence {
        facts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
    }

    /** Facts in the order given: key, value, key, value… */
    static Evidence of(String id, String text, Object... keysAndValues) {
        Map<String, Object> facts = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            // Unknowns stay out of the JSON rather than appearing as NaN.
            if (!(value instanceof Double d && (d.isNaN() || d.isInfinite()))) {
                facts.put((String) keysAndValues[i], value);
            }
        }
        return new Evidence(id, text, facts);
    }
}
