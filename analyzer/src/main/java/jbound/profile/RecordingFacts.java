package jbound.profile;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jbound.recording.EventCatalog;
import jbound.recording.ReadIssue;

/**
 * What the recording is: where it came from, which JVM made it, when, how long, on how many
 * hardware threads, and what was in it.
 *
 * @param mainClass       the class the JVM was launched with (the first JVM's, where the file holds several),
 *                        from {@code jdk.JVMInformation}; "" where it ran a jar or the writer does not say
 * @param hardwareThreads from {@code jdk.CPUInformation}; 0 where the recording does not say
 * @param eventCounts     events read per type, for every type jbound reads (0 where none was)
 * @param readIssues      what the reader should know about this reading: what could not be read
 *                        first, then how it was read (one thread instead of several, stacks folded)
 * @param writers         who wrote the events (the JDK's recorder, async-profiler, the Datadog profiler)
 */
public record RecordingFacts(String file, long bytes, int chunks, int recordings, String jvm, String jvmVersion, String mainClass,
                             int hardwareThreads, String cpu, Instant start, Duration duration,
                             Map<EventCatalog, Long> eventCounts, List<ReadIssue> readIssues, List<String> writers) {

    public RecordingFacts {
        readIssues = List.copyOf(readIssues);
        EnumMap<EventCatalog, Long> all = new EnumMap<>(EventCatalog.class);
        for (EventCatalog type : EventCatalog.values()) {
            all.put(type, eventCounts.getOrDefault(type, 0L));
        }
        eventCounts = java.util.Collections.unmodifiableMap(all);
    }

    /** The read issues in words, in their order: what the reports show. */
    public List<String> warnings() {
        return readIssues.stream().map(ReadIssue::detail).toList();
    }

    /** What could not be read and is missing from the analysis: parts of the file, events. */
    public List<ReadIssue> leftOut() {
        return readIssues.stream().filter(ReadIssue::leavesOut).toList();
    }

    /** The hardware threads, or 1 where the recording does not say: what shares of all of them are multiplied by. */
    public int cores() {
        return Math.max(1, hardwareThreads);
    }

    public long count(EventCatalog type) {
        return eventCounts.get(type);
    }
}
