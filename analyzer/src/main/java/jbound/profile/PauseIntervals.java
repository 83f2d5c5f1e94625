package jbound.profile;

import java.util.Arrays;

/**
 * The JVM's stop-the-world pauses ({@code jdk.GCPhasePause}) as intervals, so that each thread can
 * be charged the pauses that fell within the time it was seen: while the collector stops the
 * world no application thread runs, samples none and measures no CPU. Mergeable; bounded at
 * {@value #MAX_KEPT} pauses, past which a thread's share is estimated from the total.
 */
final class PauseIntervals {

    /** 16 MB of intervals: far more pauses than a recording of hours holds at one per second. */
    static final int MAX_KEPT = 1_000_000;

    private long[] starts = new long[64];
    private long[] ends = new long[64];
    private int size;
    private boolean overflowed;
    private boolean sorted = true;
    private long totalNanos;
    private long firstNanos = Long.MAX_VALUE;
    private long lastNanos = Long.MIN_VALUE;

    void add(long startNanos, long durationNanos) {
        totalNanos = Saturating.add(totalNanos, durationNanos);
        firstNanos = Math.min(firstNanos, startNanos);
        lastNanos = Math.max(lastNanos, startNanos + durationNanos);
        if (size == MAX_KEPT) {
            overflowed = true;
            return;
        }
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, 2 * size);
            ends = Arrays.copyOf(ends, 2 * size);
        }
        sorted &= size == 0 || startNanos >= starts[size - 1];
        starts[size] = startNanos;
        ends[size] = startNanos + durationNanos;
        size++;
    }

    void mergeFrom(PauseIntervals other) {
        for (int i = 0; i < other.size; i++) {
            add(other.starts[i], other.ends[i] - other.starts[i]);
        }
        overflowed |= other.overflowed;
        totalNanos = Saturating.add(totalNanos, other.totalNanos - other.keptNanos());
        firstNanos = Math.min(firstNanos, other.firstNanos);
        lastNanos = Math.max(lastNanos, other.lastNanos);
    }

    private long keptNanos() {
        long kept = 0;
        for (int i = 0; i < size; i++) {
            kept += ends[i] - starts[i];
        }
        return kept;
    }

    /** The pause time within {@code [fromNanos, toNanos)}; pauses that overlap each other (one collector's phases) count once. */
    long within(long fromNanos, long toNanos) {
        if (toNanos <= fromNanos || totalNanos == 0) {
            return 0;
        }
        if (overflowed) {
            long span = Math.max(1, lastNanos - firstNanos);
            long overlap = Math.max(0, Math.min(toNanos, lastNanos) - Math.max(fromNanos, firstNanos));
            return (long) ((double) totalNanos * overlap / span);
        }
        sort();
        long sum = 0;
        long coveredTo = Long.MIN_VALUE;
        for (int i = 0; i < size && starts[i] < toNanos; i++) {
            long from = Math.max(Math.max(starts[i], fromNanos), coveredTo);
            long to = Math.min(ends[i], toNanos);
            if (to > from) {
                sum += to - from;
            }
            coveredTo = Math.max(coveredTo, ends[i]);
        }
        return sum;
    }

    private void sort() {
        if (sorted) {
            return;
        }
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(starts[a], starts[b]));
        long[] s = new long[starts.length];
        long[] e = new long[ends.length];
        for (int i = 0; i < size; i++) {
            s[i] = starts[order[i]];
            e[i] = ends[order[i]];
        }
        starts = s;
        ends = e;
        sorted = true;
    }
}
