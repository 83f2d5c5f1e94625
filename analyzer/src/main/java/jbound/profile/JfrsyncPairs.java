package jbound.profile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jbound.recording.ChunkHeader;
import jbound.recording.Segment;
import jbound.recording.ThreadTable;
import jbound.recording.Writer;

/**
 * Finds segments written by two writers inside one JVM at the same time: async-profiler with
 * {@code jfrsync} writes its own chunk beside the JDK's, on clocks that do not line up, so the
 * chunks read as separate recordings. Their threads are the same threads. Two segments are taken
 * for one JVM when their times overlap, one is the JDK's and the other another profiler's alone,
 * and most of the other profiler's named threads are there under the same id and name.
 */
final class JfrsyncPairs {

    /** Share of the profiler segment's threads that must match by id and name. */
    static final double MATCHING_THREADS_SHARE = 0.5;

    private JfrsyncPairs() {
    }

    /** For each segment index that joins another, the index it joins. */
    static Map<Integer, Integer> of(List<Segment> segments, Map<Integer, Set<Writer>> writers, ThreadTable threads) {
        Map<Integer, long[]> spans = new HashMap<>();
        for (Segment segment : segments) {
            for (ChunkHeader chunk : segment.chunks()) {
                long[] span = spans.computeIfAbsent(segment.index(), i -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
                span[0] = Math.min(span[0], chunk.startNanos());
                span[1] = Math.max(span[1], chunk.startNanos() + chunk.durationNanos());
            }
        }
        Map<Integer, Integer> joins = new HashMap<>();
        for (Map.Entry<Integer, Set<Writer>> profiler : writers.entrySet()) {
            if (profiler.getValue().contains(Writer.JDK) || profiler.getValue().isEmpty()) {
                continue;
            }
            for (Map.Entry<Integer, Set<Writer>> jdk : writers.entrySet()) {
                if (jdk.getValue().contains(Writer.JDK) && overlap(spans.get(profiler.getKey()), spans.get(jdk.getKey()))
                        && sameThreads(threads, profiler.getKey(), jdk.getKey())) {
                    joins.put(profiler.getKey(), jdk.getKey());
                    break;
                }
            }
        }
        return joins;
    }

    private static boolean overlap(long[] a, long[] b) {
        return a != null && b != null && a[0] < b[1] && b[0] < a[1];
    }

    private static boolean sameThreads(ThreadTable threads, int profilerSegment, int jdkSegment) {
        Map<Long, String> jdkThreads = new HashMap<>();
        for (int id = 0; id < threads.size(); id++) {
            if (threads.segment(id) == jdkSegment && threads.isJavaThread(id)) {
                jdkThreads.put(threads.threadId(id), threads.name(id));
            }
        }
        int named = 0;
        int matching = 0;
        for (int id = 0; id < threads.size(); id++) {
            if (threads.segment(id) == profilerSegment && threads.isJavaThread(id)) {
                named++;
                if (threads.name(id).equals(jdkThreads.get(threads.threadId(id)))) {
                    matching++;
                }
            }
        }
        return named > 0 && matching >= MATCHING_THREADS_SHARE * named;
    }
}
