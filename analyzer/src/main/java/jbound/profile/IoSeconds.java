package jbound.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * I/O time per second of the clock, each call's duration spread over the seconds it covers: a
 * 14 s read is one thread waiting for 14 seconds, not 14 threads in the second it started. Each
 * call costs three entries whatever its length: its partial first and last seconds, and the
 * run of whole seconds between them as a difference (+1 where it begins, -1 where it ends),
 * added up when the timeline is read over the recording's span.
 */
final class IoSeconds {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final int EVENTS = 0;
    private static final int PARTIAL_NANOS = 1;
    private static final int WHOLE_SECONDS_DELTA = 2;

    private final NavigableMap<Long, long[]> bySecond = new TreeMap<>();
    private long lastSecond;
    private long[] lastSums;

    void add(long startNanos, long durationNanos) {
        long end = Saturating.add(startNanos, durationNanos);
        long first = Math.floorDiv(startNanos, NANOS_PER_SECOND);
        long last = Math.floorDiv(end, NANOS_PER_SECOND);
        sums(first)[EVENTS]++;
        if (first == last) {
            sums(first)[PARTIAL_NANOS] += end - startNanos;
            return;
        }
        sums(first)[PARTIAL_NANOS] += (first + 1) * NANOS_PER_SECOND - startNanos;
        sums(last)[PARTIAL_NANOS] += end - last * NANOS_PER_SECOND;
        if (last > first + 1) {
            sums(first + 1)[WHOLE_SECONDS_DELTA]++;
            sums(last)[WHOLE_SECONDS_DELTA]--;
        }
    }

    void mergeFrom(IoSeconds other) {
        other.bySecond.forEach((second, theirs) -> {
            long[] mine = bySecond.computeIfAbsent(second, s -> new long[3]);
            for (int i = 0; i < mine.length; i++) {
                mine[i] = Saturating.add(mine[i], theirs[i]);
            }
        });
    }

    /** The seconds from {@code startNanos} to {@code endNanos} in which any I/O was under way, offsets from the start. */
    List<IoTimeline> timeline(long startNanos, long endNanos) {
        long first = Math.floorDiv(startNanos, NANOS_PER_SECOND);
        long last = Math.floorDiv(endNanos, NANOS_PER_SECOND);
        long whole = 0;
        for (long[] sums : bySecond.headMap(first, false).values()) {
            whole += sums[WHOLE_SECONDS_DELTA];
        }
        List<IoTimeline> timeline = new ArrayList<>();
        long second = first;
        while (second <= last) {
            long[] sums = bySecond.get(second);
            if (sums != null) {
                whole += sums[WHOLE_SECONDS_DELTA];
            }
            long nanos = Saturating.add(sums == null ? 0 : sums[PARTIAL_NANOS], whole * NANOS_PER_SECOND);
            long events = sums == null ? 0 : sums[EVENTS];
            if (nanos > 0 || events > 0) {
                timeline.add(new IoTimeline(Math.max(0, second * 1000 - startNanos / 1_000_000L), events, nanos));
            }
            // With no call under way, skip to the next second that has anything.
            if (whole == 0) {
                Map.Entry<Long, long[]> next = bySecond.higherEntry(second);
                second = next == null ? last + 1 : next.getKey();
            } else {
                second++;
            }
        }
        return timeline;
    }

    private long[] sums(long second) {
        if (second != lastSecond || lastSums == null) {
            lastSums = bySecond.computeIfAbsent(second, s -> new long[3]);
            lastSecond = second;
        }
        return lastSums;
    }
}
