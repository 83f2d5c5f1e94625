package jbound.profile;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import jbound.recording.EventCatalog;
import jbound.recording.RecordedStack;
import jbound.recording.StackTable;

/** Socket and file I/O summed per (kind, application method, target), and per second of the recording. */
final class IoAccumulator implements Merging<IoAccumulator> {

    private static final int IO_TYPES = EventCatalog.FILE_FORCE.ordinal() - EventCatalog.SOCKET_READ.ordinal() + 1;

    private final Map<IoKey, IoTotals> totals = new HashMap<>();
    /** Per stack and I/O type, the totals used last and the ones before: most stacks write to one or two targets. */
    private IoTotals[] recent = new IoTotals[0];
    private final IoSeconds seconds = new IoSeconds();

    /** @param via the library beneath the application frame, the same for every event of a stack; null where none */
    void add(EventCatalog type, RecordedStack stack, int applicationFrame, String via, long startNanos, long durationNanos, long bytes,
             String target, boolean waitingForWork) {
        seconds.add(startNanos, durationNanos);
        totals(type, stack, applicationFrame, via, target, waitingForWork).add(durationNanos, bytes, stack.topFrame());
    }

    @Override
    public void merge(IoAccumulator other, Remap numbers) {
        seconds.mergeFrom(other.seconds);
        other.totals.forEach((key, t) -> totals.computeIfAbsent(
                new IoKey(key.type(), numbers.method(key.method()), key.via(), key.target(), key.waitingForWork()), k -> new IoTotals(k.target()))
                .add(t, numbers.method(t.topFrameOfLongest)));
    }

    List<IoSite> sites(IntFunction<String> methodName) {
        return totals.entrySet().stream()
                .map(e -> new IoSite(e.getKey().type(), methodName.apply(e.getKey().method()), e.getKey().via(),
                        methodName.apply(e.getValue().topFrameOfLongest),
                        e.getKey().target(), e.getValue().count, e.getValue().totalNanos, e.getValue().maxNanos, e.getValue().bytes,
                        e.getKey().waitingForWork()))
                .sorted(Comparator.comparingLong(IoSite::totalNanos).reversed().thenComparing(IoSite::method)
                        .thenComparing(IoSite::target).thenComparing(IoSite::kind))
                .toList();
    }

    List<IoTimeline> timeline(long startNanos, long endNanos) {
        return seconds.timeline(startNanos, endNanos);
    }

    /** The totals of an event's key; those last used for its stack and type are tried before the map. */
    private IoTotals totals(EventCatalog type, RecordedStack stack, int applicationFrame, String via, String target, boolean waitingForWork) {
        if (stack.id() == StackTable.UNLISTED) {
            // Stacks past the table's limit share an id: what was last used for it says nothing of this one.
            return totals.computeIfAbsent(new IoKey(type, applicationFrame, via, target, waitingForWork), k -> new IoTotals(k.target()));
        }
        int slot = 2 * (stack.id() * IO_TYPES + type.ordinal() - EventCatalog.SOCKET_READ.ordinal());
        if (slot >= recent.length) {
            recent = Arrays.copyOf(recent, Math.max(slot + 2, 2 * recent.length));
        }
        IoTotals last = recent[slot];
        if (last != null && (last.target == target || last.target.equals(target))) {
            return last;
        }
        IoTotals previous = recent[slot + 1];
        IoTotals found = previous != null && (previous.target == target || previous.target.equals(target)) ? previous
                : totals.computeIfAbsent(new IoKey(type, applicationFrame, via, target, waitingForWork), k -> new IoTotals(k.target()));
        recent[slot + 1] = last;
        recent[slot] = found;
        return found;
    }

    private record IoKey(EventCatalog type, int method, String via, String target, boolean waitingForWork) {
    }

    private static final class IoTotals {
        final String target;
        long count;
        long totalNanos;
        long maxNanos = -1;
        long bytes;
        int topFrameOfLongest = -1;

        IoTotals(String target) {
            this.target = target;
        }

        void add(long nanos, long eventBytes, int topFrame) {
            count++;
            totalNanos = Saturating.add(totalNanos, nanos);
            bytes = Saturating.add(bytes, eventBytes);
            if (nanos > maxNanos) {
                maxNanos = nanos;
                topFrameOfLongest = topFrame;
            }
        }

        void add(IoTotals o, int topFrameOfTheirLongest) {
            count += o.count;
            totalNanos = Saturating.add(totalNanos, o.totalNanos);
            bytes = Saturating.add(bytes, o.bytes);
            if (o.maxNanos > maxNanos) {
                maxNanos = o.maxNanos;
                topFrameOfLongest = topFrameOfTheirLongest;
            }
        }
    }
}
