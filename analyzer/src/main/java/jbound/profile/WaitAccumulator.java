package jbound.profile;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** Lock, park, wait and sleep events summed per (category, application method, subject). */
final class WaitAccumulator {

    private final Map<WaitKey, WaitTotals> totals = new HashMap<>();

    void add(WaitCategory category, int applicationFrame, String subject, long durationNanos) {
        totals.computeIfAbsent(new WaitKey(category, applicationFrame, subject), k -> new WaitTotals()).add(durationNanos);
    }

    void mergeFrom(WaitAccumulator other, int[] methodRemap) {
        other.totals.forEach((key, t) -> totals.computeIfAbsent(
                new WaitKey(key.category(), IoAccumulator.remap(methodRemap, key.method()), key.subject()), k -> new WaitTotals()).add(t));
    }

    List<WaitSite> sites(IntFunction<String> methodName) {
        return totals.entrySet().stream()
                .map(e -> new WaitSite(e.getKey().category(), methodName.apply(e.getKey().method()), e.getKey().subject(),
                        e.getValue().count, e.getValue().totalNanos, e.getValue().maxNanos))
                .sorted(Comparator.comparingLong(WaitSite::totalNanos).reversed().thenComparing(WaitSite::method)
                        .thenComparing(w -> String.valueOf(w.subject())).thenComparing(WaitSite::category))
                .toList();
    }

    private record WaitKey(WaitCategory category, int method, String subject) {
    }

    private static final class WaitTotals {
        long count;
        long totalNanos;
        long maxNanos;

        void add(long nanos) {
            count++;
            totalNanos = Saturating.add(totalNanos, nanos);
            maxNanos = Math.max(maxNanos, nanos);
        }

        void add(WaitTotals o) {
            count += o.count;
            totalNanos = Saturating.add(totalNanos, o.totalNanos);
            maxNanos = Math.max(maxNanos, o.maxNanos);
        }
    }
}
