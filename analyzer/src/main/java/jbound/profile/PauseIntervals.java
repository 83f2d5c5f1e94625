package jbound.profile;

import java.util.Arrays;

/**
 * The JVM's stop-the-world pauses ({@code jdk.GCPhasePause}) as intervals, so that each thread can
 * be charged the pauses that fell within the time it was seen: while the collector stops the
 * world no application thread runs, samples none and measures no CPU. Mergeable; bounded at
 * {@value #MAX_KEPT} pauses, past which a thread's share is estimated from the total.
 */
final class PauseIntervals implements Merging<PauseIntervals> {

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
    /** Made when first asked, dropped by each pause added. */
    private Disjoint disjoint;

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
        disjoint = null;
        sorted &= size == 0 || startNanos >= starts[size - 1];
        starts[size] = startNanos;
        ends[size] = startNanos + durationNanos;
        size++;
    }

    @Override
    public void merge(PauseIntervals other, Remap numbers) {
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

    /** All the pause time, overlaps once. */
    long unionNanos() {
        return overflowed ? totalNanos : disjoint().before[disjoint().before.length - 1];
    }

    /**
     * The pause time within {@code [fromNanos, toNanos)}; pauses that overlap each other (one
     * collector's phases) count once. A binary search: asked once per thread and per bucket.
     */
    long within(long fromNanos, long toNanos) {
        if (toNanos <= fromNanos || totalNanos == 0) {
            return 0;
        }
        if (overflowed) {
            long span = Math.max(1, lastNanos - firstNanos);
            long overlap = Math.max(0, Math.min(toNanos, lastNanos) - Math.max(fromNanos, firstNanos));
            return (long) ((double) totalNanos * overlap / span);
        }
        Disjoint d = disjoint();
        int first = d.firstEndingAfter(fromNanos);
        int end = d.firstStartingFrom(toNanos);
        if (first >= end) {
            return 0;
        }
        long sum = d.before[end] - d.before[first];
        sum -= Math.max(0, fromNanos - d.starts[first]);
        sum -= Math.max(0, d.ends[end - 1] - toNanos);
        return sum;
    }

    /** The pauses as disjoint intervals in time order, with the time of those before each. */
    private record Disjoint(long[] starts, long[] ends, long[] before) {

        int firstEndingAfter(long nanos) {
            int i = Arrays.binarySearch(ends, nanos);
            // Past an equal end: an interval that ends at {@code nanos} lies before it.
            return i >= 0 ? i + 1 : -i - 1;
        }

        int firstStartingFrom(long nanos) {
            int i = Arrays.binarySearch(starts, nanos);
            return i >= 0 ? i : -i - 1;
        }
    }

    private Disjoint disjoint() {
        if (disjoint == null) {
            sort();
            long[] s = new long[size];
            long[] e = new long[size];
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (n > 0 && starts[i] <= e[n - 1]) {
                    e[n - 1] = Math.max(e[n - 1], ends[i]);
                } else {
                    s[n] = starts[i];
                    e[n] = ends[i];
                    n++;
                }
            }
            long[] before = new long[n + 1];
            for (int i = 0; i < n; i++) {
                before[i + 1] = before[i] + (e[i] - s[i]);
            }
            disjoint = new Disjoint(Arrays.copyOf(s, n), Arrays.copyOf(e, n), before);
        }
        return disjoint;
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
