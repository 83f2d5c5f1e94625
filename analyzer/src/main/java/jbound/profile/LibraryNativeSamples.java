package jbound.profile;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The application threads' native samples in libraries' native methods (JNI, FFM), by the
 * application frame that called the library, the library and the native method on top.
 */
final class LibraryNativeSamples implements Merging<LibraryNativeSamples> {

    private record Key(int applicationFrame, String via, int nativeMethod) {
    }

    private final Map<Key, Long> counts = new HashMap<>();

    void add(int applicationFrame, String via, int nativeMethod, long weight) {
        counts.merge(new Key(applicationFrame, via, nativeMethod), weight, Long::sum);
    }

    @Override
    public void merge(LibraryNativeSamples other, Remap numbers) {
        other.counts.forEach((key, count) -> add(numbers.method(key.applicationFrame()), key.via(), numbers.method(key.nativeMethod()), count));
    }

    /**
     * The samples by application frame and library, most first; each with its busiest native
     * method (ties to the first by name, so that the order of reading does not change it).
     */
    List<NativeSite> sites(IntFunction<String> methodName) {
        record Site(int method, String via) {
        }
        Map<Site, Long> totals = new HashMap<>();
        Map<Site, Map.Entry<Key, Long>> busiest = new HashMap<>();
        counts.forEach((key, n) -> {
            Site site = new Site(key.applicationFrame(), key.via());
            totals.merge(site, n, Long::sum);
            busiest.merge(site, Map.entry(key, n), (a, b) -> a.getValue() > b.getValue()
                    || (a.getValue().equals(b.getValue())
                        && methodName.apply(a.getKey().nativeMethod()).compareTo(methodName.apply(b.getKey().nativeMethod())) <= 0) ? a : b);
        });
        return totals.entrySet().stream()
                .map(e -> new NativeSite(methodName.apply(e.getKey().method()), e.getKey().via(),
                        methodName.apply(busiest.get(e.getKey()).getKey().nativeMethod()), e.getValue()))
                .sorted(Comparator.comparingLong(NativeSite::samples).reversed().thenComparing(NativeSite::method))
                .toList();
    }
}
