package jbound.recording;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who wrote a recording's events, told from the event types its metadata declares. A file may
 * hold several: async-profiler with {@code jfrsync} merges the JDK's own events into its file,
 * and recordings of different writers may be concatenated.
 */
public enum Writer {

    /** The JDK's own Flight Recorder. */
    JDK("the JDK's Flight Recorder"),
    /** async-profiler: declares its own {@code profiler.*} types. */
    ASYNC_PROFILER("async-profiler"),
    /** The Datadog Java profiler: declares its own {@code datadog.*} types. */
    DATADOG("the Datadog profiler");

    /**
     * Types only the JDK's recorder declares: async-profiler and Datadog write a few {@code jdk.*}
     * types of their own (ExecutionSample, CPULoad, ActiveSetting…), never these.
     */
    private static final Set<String> ONLY_THE_JDK_DECLARES = Set.of("jdk.ThreadStart", "jdk.GCPhasePause", "jdk.ThreadCPULoad",
            "jdk.SafepointBegin", "jdk.Compilation");

    private final String description;

    Writer(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The writers whose event types a chunk's metadata declares. */
    public static Set<Writer> of(Collection<String> declaredEventTypes) {
        Set<Writer> writers = EnumSet.noneOf(Writer.class);
        for (String name : declaredEventTypes) {
            if (name.startsWith("profiler.")) {
                writers.add(ASYNC_PROFILER);
            } else if (name.startsWith("datadog.")) {
                writers.add(DATADOG);
            } else if (ONLY_THE_JDK_DECLARES.contains(EventCatalog.modernName(name))) {
                writers.add(JDK);
            }
        }
        return writers;
    }
}
