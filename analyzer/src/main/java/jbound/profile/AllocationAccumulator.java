package jbound.profile;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** Sampled allocation of application threads summed per (application method, library), with bytes per class. */
final class AllocationAccumulator {

    private record Site(int method, String via) {
    }

    private final Map<Site, Map<String, Long>> bytesByClass = new HashMap<>();

    void add(int applicationFrame, String via, String objectClass, long bytes) {
        bytesByClass.computeIfAbsent(new Site(applicationFrame, via), s -> new HashMap<>())
                .merge(objectClass == null ? "" : objectClass, bytes, Saturating::add);
    }

    void mergeFrom(AllocationAccumulator other, int[] methodRemap) {
        other.bytesByClass.forEach((site, classes) -> {
            Map<String, Long> mine = bytesByClass.computeIfAbsent(new Site(IoAccumulator.remap(methodRemap, site.method()), site.via()),
                    s -> new HashMap<>());
            classes.forEach((c, n) -> mine.merge(c, n, Saturating::add));
        });
    }

    /** Most bytes first. */
    List<AllocationSite> sites(IntFunction<String> methodName) {
        long all = 0;
        for (Map<String, Long> classes : bytesByClass.values()) {
            for (long n : classes.values()) {
                all = Saturating.add(all, n);
            }
        }
        long total = Math.max(1, all);
        return bytesByClass.entrySet().stream().map(e -> {
            long bytes = e.getValue().values().stream().reduce(0L, Saturating::add);
            String top = e.getValue().entrySet().stream()
                    .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).filter(c -> !c.isEmpty()).orElse(null);
            return new AllocationSite(methodName.apply(e.getKey().method()), e.getKey().via(), top, bytes, (double) bytes / total);
        }).sorted(Comparator.comparingLong(AllocationSite::bytes).reversed().thenComparing(AllocationSite::method)).toList();
    }
}
