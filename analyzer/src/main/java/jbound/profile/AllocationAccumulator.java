package jbound.profile;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

/** Sampled allocation of application threads summed per (application method, library), with bytes per class. */
final class AllocationAccumulator implements Merging<AllocationAccumulator> {

    private record Site(int method, String via) {
    }

    private final Map<Site, Map<String, long[]>> bytesByClass = new HashMap<>();

    /** The last site and class charged: consecutive samples of a thread mostly share them. */
    private Site lastSite;
    private Map<String, long[]> lastClasses;
    private String lastClass;
    private long[] lastBytes;

    void add(int applicationFrame, String via, String objectClass, long bytes) {
        String className = objectClass == null ? "" : objectClass;
        if (lastSite == null || lastSite.method() != applicationFrame || !Objects.equals(lastSite.via(), via)) {
            lastSite = new Site(applicationFrame, via);
            lastClasses = bytesByClass.computeIfAbsent(lastSite, s -> new HashMap<>());
            lastClass = null;
        }
        if (lastClass == null || !lastClass.equals(className)) {
            lastClass = className;
            lastBytes = lastClasses.computeIfAbsent(className, c -> new long[1]);
        }
        lastBytes[0] = Saturating.add(lastBytes[0], bytes);
    }

    @Override
    public void merge(AllocationAccumulator other, Remap numbers) {
        other.bytesByClass.forEach((site, classes) -> {
            Map<String, long[]> mine = bytesByClass.computeIfAbsent(new Site(numbers.method(site.method()), site.via()),
                    s -> new HashMap<>());
            classes.forEach((c, n) -> {
                long[] sum = mine.computeIfAbsent(c, k -> new long[1]);
                sum[0] = Saturating.add(sum[0], n[0]);
            });
        });
    }

    /** Most bytes first. */
    List<AllocationSite> sites(IntFunction<String> methodName) {
        long all = 0;
        for (Map<String, long[]> classes : bytesByClass.values()) {
            for (long[] n : classes.values()) {
                all = Saturating.add(all, n[0]);
            }
        }
        long total = Math.max(1, all);
        return bytesByClass.entrySet().stream().map(e -> {
            long bytes = e.getValue().values().stream().mapToLong(n -> n[0]).reduce(0L, Saturating::add);
            String top = e.getValue().entrySet().stream()
                    .max(Comparator.<Map.Entry<String, long[]>>comparingLong(c -> c.getValue()[0])
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).filter(c -> !c.isEmpty()).orElse(null);
            return new AllocationSite(methodName.apply(e.getKey().method()), e.getKey().via(), top, bytes, (double) bytes / total);
        }).sorted(Comparator.comparingLong(AllocationSite::bytes).reversed().thenComparing(AllocationSite::method)).toList();
    }
}
