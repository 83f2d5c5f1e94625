package jbound.profile;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The recorded JVM's environment variables, system properties and command line, present only
 * when the user asked for them ({@code --include-environment}). Values of keys that look
 * secret are masked as they are read, so no later stage can leak them.
 */
public record RecordedEnvironment(Map<String, String> environmentVariables, Map<String, String> systemProperties,
                                  Map<String, String> jvmCommandLine) {

    public static final String MASK = "****";

    /** Key words that mark a value as secret, case-insensitive. */
    static final List<String> SECRET_WORDS = List.of("PASSWORD", "PASSWD", "TOKEN", "SECRET", "KEY", "CREDENTIAL");

    /** {@code name=value} inside a command line, as in {@code -Ddb.password=x} or {@code --api-key=x}. */
    private static final Pattern ASSIGNMENT = Pattern.compile("([\\w.\\-]+)=(\\S*)");

    public RecordedEnvironment {
        environmentVariables = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(environmentVariables));
        systemProperties = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(systemProperties));
        jvmCommandLine = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(jvmCommandLine));
    }

    static boolean looksSecret(String key) {
        String upper = key.toUpperCase(Locale.ROOT);
        return SECRET_WORDS.stream().anyMatch(upper::contains);
    }

    static String masked(String key, String value) {
        return looksSecret(key) ? MASK : value;
    }

    /** Masks the value of every {@code name=value} on a command line whose name looks secret. */
    static String maskedCommandLine(String commandLine) {
        Matcher m = ASSIGNMENT.matcher(commandLine);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = looksSecret(m.group(1)) ? m.group(1) + "=" + MASK : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Collects entries as the reader delivers them. */
    static final class Builder {
        private final Map<String, String> variables = new TreeMap<>();
        private final Map<String, String> properties = new TreeMap<>();
        private final Map<String, String> commandLine = new TreeMap<>();
        private boolean any;

        void add(jbound.recording.EventSink.EnvironmentSource source, String key, String value) {
            if (key == null) {
                return;
            }
            any = true;
            String v = value == null ? "" : value;
            switch (source) {
                case ENVIRONMENT_VARIABLE -> variables.put(key, masked(key, v));
                case SYSTEM_PROPERTY -> properties.put(key, masked(key, v));
                case JVM_COMMAND_LINE -> commandLine.put(key, maskedCommandLine(v));
            }
        }

        void merge(Builder other) {
            variables.putAll(other.variables);
            properties.putAll(other.properties);
            commandLine.putAll(other.commandLine);
            any |= other.any;
        }

        RecordedEnvironment build() {
            return any ? new RecordedEnvironment(variables, properties, commandLine) : null;
        }
    }
}
