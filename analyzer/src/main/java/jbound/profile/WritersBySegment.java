package jbound.profile;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jbound.recording.Writer;

/** Who wrote each segment of the file (the JDK's recorder, async-profiler, the Datadog profiler), and the chunk being read. */
final class WritersBySegment implements Merging<WritersBySegment> {

    private final Map<Integer, Set<Writer>> bySegment = new TreeMap<>();
    /** The writers of the chunk being read: its metadata comes before its events. */
    private Set<Writer> current = Set.of();

    void writtenBy(int segment, Set<Writer> writers) {
        current = Set.copyOf(writers);
        bySegment.computeIfAbsent(segment, s -> EnumSet.noneOf(Writer.class)).addAll(writers);
    }

    /** Whether async-profiler wrote the chunk being read. */
    boolean currentChunkByAsyncProfiler() {
        return current.contains(Writer.ASYNC_PROFILER);
    }

    @Override
    public void merge(WritersBySegment other, Remap numbers) {
        other.bySegment.forEach((segment, writers) -> bySegment.computeIfAbsent(segment, s -> EnumSet.noneOf(Writer.class)).addAll(writers));
    }

    Map<Integer, Set<Writer>> bySegment() {
        return bySegment;
    }

    /** Every writer of the file, described, in the enum's order. */
    List<String> descriptions() {
        Set<Writer> all = EnumSet.noneOf(Writer.class);
        bySegment.values().forEach(all::addAll);
        return all.stream().map(Writer::description).toList();
    }
}
