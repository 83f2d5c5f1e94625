package jbound.profile;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** Lock, park, wait and sleep events summed per (category, application method, subject). */
final class WaitAccumulator implements Merging<WaitAccumulator> {

    private final Map<WaitKey, WaitTotals> totals = new HashMap<>();

    /** @param previousOwner the thread number that held the monitor before, or -1 */
    void add(WaitCategory category, int applicationFrame, String via, String subject, long durationNanos, int previousOwner) {
        totals.computeIfAbsent(new WaitKey(category, applicationFrame, via, subject), k -> new WaitTotals()).add(durationNanos, previousOwner);
    }

    @Override
    public void merge(WaitAccumulator other, Remap numbers) {
        int[] threadRemap = numbers.threads();
        other.totals.forEach((key, t) -> totals.computeIfAbsent(
                new WaitKey(key.category(), numbers.method(key.method()), key.via(), key.subject()), k -> new WaitTotals())
                .add(t, threadRemap));
    }

    List<WaitSite> sites(IntFunction<String> methodName, IntFunction<String> threadName) {
        return totals.entrySet().stream()
                .map(e -> new WaitSite(e.getKey().category(), methodName.apply(e.getKey().method()), e.getKey().via(), e.getKey().subject(),
                        e.getValue().count, e.getValue().totalNanos, e.getValue().maxNanos, e.getValue().previousOwners(threadName)))
                .sorted(Comparator.comparingLong(WaitSite::totalNanos).reversed().thenComparing(WaitSite::method)
                        .thenComparing(w -> String.valueOf(w.subject())).thenComparing(WaitSite::category))
                .toList();
    }

    private record WaitKey(WaitCategory category, int method, String via, String subject) {
    }

    private static final class WaitTotals {
        long count;
        long totalNanos;
        long maxNanos;
        /** Waits by the thread number that held the monitor before them. */
        final Map<Integer, Long> byPreviousOwner = new HashMap<>();

        void add(long nanos, int previousOwner) {
            count++;
            totalNanos = Saturating.add(totalNanos, nanos);
            maxNanos = Math.max(maxNanos, nanos);
            if (previousOwner >= 0) {
                byPreviousOwner.merge(previousOwner, 1L, Long::sum);
            }
        }

        void add(WaitTotals o, int[] threadRemap) {
            count += o.count;
            totalNanos = Saturating.add(totalNanos, o.totalNanos);
            maxNanos = Math.max(maxNanos, o.maxNanos);
            o.byPreviousOwner.forEach((thread, waits) -> byPreviousOwner.merge(threadRemap[thread], waits, Long::sum));
        }

        /** The owners, threads named alike as one, most waits first. */
        List<WaitSite.PreviousOwner> previousOwners(IntFunction<String> threadName) {
            Map<String, Long> byPattern = new HashMap<>();
            byPreviousOwner.forEach((thread, waits) -> {
                String name = java.util.Objects.requireNonNullElse(threadName.apply(thread), "(unnamed)");
                byPattern.merge(ThreadLanes.pattern(name), waits, Long::sum);
            });
            return byPattern.entrySet().stream().map(e -> new WaitSite.PreviousOwner(e.getKey(), e.getValue()))
                    .sorted(Comparator.comparingLong(WaitSite.PreviousOwner::waits).reversed().thenComparing(WaitSite.PreviousOwner::threads))
                    .limit(WaitSite.MAX_OWNERS).toList();
        }
    }
}
