package jbound.profile;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the recording is: where it came from, which JVM made it, when, how long, on how many
 * hardware threads, and what was in it.
 *
 * @param mainClass       the class the JVM was launched with (the first JVM's, where the file holds several),
 *                        from {@code jdk.JVMInformation}; "" where it ran a jar or the writer does not say
 * @param hardwareThreads from {@code jdk.CPUInformation}; 0 where the recording does not say
 * @param eventCounts     events read per type name, for the types jbound reads
 * @param warnings        what the reader should know about this reading: {@code leftOut} first,
 *                        then how it was read (stacks folded, one thread instead of several)
 * @param leftOut         what could not be read and was skipped: parts of the file, events
 * @param writers         who wrote the events (the JDK's recorder, async-profiler, the Datadog profiler)
 */
public record RecordingFacts(String file, long bytes, int chunks, int recordings, String jvm, String jvmVersion, String mainClass,
                             int hardwareThreads, String cpu, Instant start, Duration duration,
                             Map<String, Long> eventCounts, List<String> warnings, List<String> leftOut,
                             List<String> writers) {

    public long count(String eventName) {
        return eventCounts.getOrDefault(eventName, 0L);
    }
}
