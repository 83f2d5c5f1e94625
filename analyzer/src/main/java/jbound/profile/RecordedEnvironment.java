package jbound.profile;

import java.util.Map;
import java.util.TreeMap;

/**
 * The recorded JVM's environment variables, system properties and command line, present only
 * when the user asked for them ({@code --include-environment}). Secrets are masked as they are
 * read ({@link SecretMasking}), so no later stage can leak them.
 */
public record RecordedEnvironment(Map<String, String> environmentVariables, Map<String, String> systemProperties,
                                  Map<String, String> jvmCommandLine) {

    public static final String MASK = SecretMasking.MASK;

    public RecordedEnvironment {
        environmentVariables = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(environmentVariables));
        systemProperties = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(systemProperties));
        jvmCommandLine = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(jvmCommandLine));
    }

    /** Collects entries as the reader delivers them. */
    static final class Builder implements Merging<Builder> {
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
                case ENVIRONMENT_VARIABLE -> variables.put(key, SecretMasking.value(key, v));
                case SYSTEM_PROPERTY -> properties.put(key, SecretMasking.value(key, v));
                case JVM_COMMAND_LINE -> commandLine.put(key, SecretMasking.commandLine(v));
            }
        }

        @Override
        public void merge(Builder other, Remap numbers) {
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
