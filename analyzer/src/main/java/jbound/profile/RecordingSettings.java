package jbound.profile;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings that were in force for each event type, from {@code jdk.ActiveSetting}: whether
 * it was enabled, its threshold, period and throttle. They say what the recording could see.
 */
public record RecordingSettings(Map<String, Map<String, String>> byEvent) {

    private static final Pattern DURATION = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*(ns|us|ms|s|m|h|d)\\s*");
    private static final Pattern RATE = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*/\\s*(ns|us|ms|s|m|h|d)\\s*");

    /** Sorted, so that the JSON lists settings in the same order on every run (Map.copyOf's order changes per JVM). */
    public RecordingSettings {
        Map<String, Map<String, String>> copy = new java.util.TreeMap<>();
        byEvent.forEach((event, settings) -> copy.put(event, java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(settings))));
        byEvent = java.util.Collections.unmodifiableSortedMap((java.util.TreeMap<String, Map<String, String>>) copy);
    }

    /** Whether the recording said anything about this event type at all. */
    public boolean isKnown(String eventName) {
        return byEvent.containsKey(eventName);
    }

    public Optional<String> value(String eventName, String setting) {
        return Optional.ofNullable(byEvent.getOrDefault(eventName, Map.of()).get(setting));
    }

    public boolean isEnabled(String eventName) {
        return value(eventName, "enabled").map(Boolean::parseBoolean).orElse(false);
    }

    /** A duration setting such as {@code threshold} or {@code period}, in nanoseconds; empty for words like {@code everyChunk}. */
    public OptionalLong nanos(String eventName, String setting) {
        return value(eventName, setting).map(RecordingSettings::parseNanos).orElse(OptionalLong.empty());
    }

    /** The throttle as events per second; empty where the event is not throttled ({@code off}, or an older JDK). */
    public Optional<Double> throttlePerSecond(String eventName) {
        return value(eventName, "throttle").flatMap(RecordingSettings::parseRate);
    }

    static OptionalLong parseNanos(String text) {
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of((long) (Double.parseDouble(m.group(1)) * unitNanos(m.group(2))));
    }

    static Optional<Double> parseRate(String text) {
        Matcher m = RATE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(Double.parseDouble(m.group(1)) * 1e9 / unitNanos(m.group(2)));
    }

    private static long unitNanos(String unit) {
        return switch (unit) {
            case "ns" -> 1L;
            case "us" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            case "d" -> 86_400_000_000_000L;
            default -> throw new IllegalArgumentException(unit);
        };
    }

    /** Collects {@code jdk.ActiveSetting} values as the reader delivers them, from every writer of the file. */
    static final class Builder implements Merging<Builder> {
        private final Map<String, Map<String, String>> byEvent = new java.util.TreeMap<>();

        void add(String eventName, String name, String value) {
            if (name == null || value == null) {
                return; // a damaged setting says nothing
            }
            Map<String, String> settings = byEvent.computeIfAbsent(eventName, e -> new java.util.TreeMap<>());
            // An event is enabled where any writer enabled it: async-profiler declares the JDK's lock event
            // disabled in its own chunk of a jfrsync file, beside the JDK's chunk that records it.
            if (!(name.equals("enabled") && "true".equals(settings.get(name)))) {
                settings.put(name, value);
            }
        }

        @Override
        public void merge(Builder other, Remap numbers) {
            other.byEvent.forEach((event, settings) -> settings.forEach((name, value) -> add(event, name, value)));
        }

        RecordingSettings build() {
            return new RecordingSettings(byEvent);
        }
    }
}
