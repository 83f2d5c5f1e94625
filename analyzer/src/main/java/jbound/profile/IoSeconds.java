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
 *
 * <p>The seconds are kept in pages of {@value #PAGE_SECONDS}, found by a map only when an event
 * falls outside the page of the one before: events reach the reader a thread buffer at a time, so
 * consecutive ones jump between nearby seconds far more often than between pages.
 */
final class IoSeconds {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final int PAGE_BITS = 6;
    private static final int PAGE_SECONDS = 1 << PAGE_BITS;
    private static final int SLOTS = 3;
    private static final int EVENTS = 0;
    private static final int PARTIAL_NANOS = 1;
    private static final int WHOLE_SECONDS_DELTA = 2;

    /** Pages by their first second divided by the page size; each holds {@value #SLOTS} sums per second. */
    private final NavigableMap<Long, long[]> pages = new TreeMap<>();
    private long lastPage;
    private long[] lastSums;

    void add(long startNanos, long durationNanos) {
        long end = Saturating.add(startNanos, durationNanos);
        long first = Math.floorDiv(startNanos, NANOS_PER_SECOND);
        long last = Math.floorDiv(end, NANOS_PER_SECOND);
        charge(first, EVENTS, 1);
        if (first == last) {
            charge(first, PARTIAL_NANOS, end - startNanos);
            return;
        }
        charge(first, PARTIAL_NANOS, (first + 1) * NANOS_PER_SECOND - startNanos);
        charge(last, PARTIAL_NANOS, end - last * NANOS_PER_SECOND);
        if (last > first + 1) {
            charge(first + 1, WHOLE_SECONDS_DELTA, 1);
            charge(last, WHOLE_SECONDS_DELTA, -1);
        }
    }

    void mergeFrom(IoSeconds other) {
        other.pages.forEach((page, theirs) -> {
            long[] mine = pages.computeIfAbsent(page, p -> new long[PAGE_SECONDS * SLOTS]);
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
        for (Map.Entry<Long, long[]> page : pages.entrySet()) {
            long pageFirst = page.getKey() << PAGE_BITS;
            if (pageFirst >= first) {
                break;
            }
            long[] sums = page.getValue();
            for (int i = 0; i < PAGE_SECONDS && pageFirst + i < first; i++) {
                whole += sums[i * SLOTS + WHOLE_SECONDS_DELTA];
            }
        }
        List<IoTimeline> timeline = new ArrayList<>();
        long second = first;
        while (second <= last) {
            long[] page = pages.get(second >> PAGE_BITS);
            if (page == null && whole == 0) {
                // With no call under way, skip to the next page that has anything.
                Long next = pages.higherKey(second >> PAGE_BITS);
                second = next == null ? last + 1 : next << PAGE_BITS;
                continue;
            }
            int at = (int) (second & (PAGE_SECONDS - 1)) * SLOTS;
            if (page != null) {
                whole += page[at + WHOLE_SECONDS_DELTA];
            }
            long nanos = Saturating.add(page == null ? 0 : page[at + PARTIAL_NANOS], whole * NANOS_PER_SECOND);
            long events = page == null ? 0 : page[at + EVENTS];
            if (nanos > 0 || events > 0) {
                timeline.add(new IoTimeline(Math.max(0, second * 1000 - startNanos / 1_000_000L), events, nanos));
            }
            second++;
        }
        return timeline;
    }

    private void charge(long second, int slot, long amount) {
        long page = second >> PAGE_BITS;
        if (page != lastPage || lastSums == null) {
            lastSums = pages.computeIfAbsent(page, p -> new long[PAGE_SECONDS * SLOTS]);
            lastPage = page;
        }
        int at = (int) (second & (PAGE_SECONDS - 1)) * SLOTS + slot;
        lastSums[at] += amount;
    }
}
