package jbound.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

import jbound.recording.EventCatalog;

/**
 * I/O seen in native-method samples: a thread sampled in a socket or file call is waiting on it,
 * whether or not an event was written (an fsync emits none; calls under the threshold are
 * dropped). The ledger counts the larger of events and samples per thread; this keeps, per
 * application method, the samples' time beyond the events, so that the tables show what the
 * verdict counted.
 */
final class NativeIoAccumulator implements Merging<NativeIoAccumulator> {

    /** The rows' names for where the time was seen, in place of a socket address or path. */
    static final String SOCKET_TARGET = "(socket I/O seen in native samples, beyond the events)";
    static final String FILE_TARGET = "(file I/O seen in native samples, beyond the events)";

    private record Key(boolean socket, int method, String via) {
    }

    private final Map<Key, long[]> samples = new HashMap<>();
    private final Map<Key, Integer> topFrames = new HashMap<>();

    /** The last row charged: a thread's consecutive samples mostly share one. */
    private Key lastKey;
    private long[] lastSamples;

    void add(NativeActivity activity, int applicationFrame, String via, int topFrame, long weight) {
        boolean socket = activity == NativeActivity.SOCKET_IO;
        if (lastKey == null || lastKey.socket() != socket || lastKey.method() != applicationFrame || !Objects.equals(lastKey.via(), via)) {
            lastKey = new Key(socket, applicationFrame, via);
            lastSamples = samples.computeIfAbsent(lastKey, k -> new long[1]);
            topFrames.putIfAbsent(lastKey, topFrame);
        }
        lastSamples[0] += weight;
    }

    @Override
    public void merge(NativeIoAccumulator other, Remap numbers) {
        other.samples.forEach((key, n) -> {
            Key mine = new Key(key.socket(), numbers.method(key.method()), key.via());
            samples.computeIfAbsent(mine, k -> new long[1])[0] += n[0];
            topFrames.putIfAbsent(mine, numbers.method(other.topFrames.get(key)));
        });
    }

    /**
     * Rows of the samples' time ({@code periodNanos} each) beyond what the events already show for
     * the same method and kind of I/O; the count is of samples, not calls.
     */
    List<IoSite> beyond(List<IoSite> events, long periodNanos, IntFunction<String> methodName) {
        record Seen(String method, boolean socket) {
        }
        Map<Seen, long[]> byMethodAndKind = new HashMap<>();
        for (IoSite site : events) {
            if (!site.waitingForWork()) {
                byMethodAndKind.computeIfAbsent(new Seen(site.method(), site.kind().isSocket()), k -> new long[1])[0] += site.totalNanos();
            }
        }
        List<IoSite> rows = new ArrayList<>();
        samples.forEach((key, n) -> {
            String method = methodName.apply(key.method());
            long sampled = n[0] > Long.MAX_VALUE / Math.max(1, periodNanos) ? Long.MAX_VALUE : n[0] * periodNanos;
            long[] seen = byMethodAndKind.get(new Seen(method, key.socket()));
            long beyond = sampled - (seen == null ? 0 : seen[0]);
            if (beyond > 0) {
                rows.add(new IoSite(EventCatalog.NATIVE_METHOD_SAMPLE, method, key.via(), methodName.apply(topFrames.get(key)),
                        key.socket() ? SOCKET_TARGET : FILE_TARGET, n[0], beyond, 0, 0, false));
            }
        });
        rows.sort(Comparator.comparingLong(IoSite::totalNanos).reversed().thenComparing(IoSite::method));
        return rows;
    }
}
