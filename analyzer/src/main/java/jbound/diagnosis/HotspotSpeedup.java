package jbound.diagnosis;

/**
 * How much faster a hotspot can be made, the k of Amdahl's law in the hotspot's prediction: a span,
 * and where it comes from in words.
 *
 * @param from where the span was measured ("the ladder figures of jbound's docs/ladder.md …", "this machine's jbound ladder run …")
 */
public record HotspotSpeedup(String from, double low, double high) {

    /** The measurements in docs/ladder.md: a primitive loop made faster by the best rung, at 1e5–1e7 elements. */
    public static final HotspotSpeedup DOCUMENTED_LADDER = new HotspotSpeedup("the ladder figures of jbound's docs/ladder.md (a primitive loop made 2.4–10.9× "
            + "faster by the Vector API, a native kernel or all cores, at 1e5–1e7 elements); 'jbound ladder' measures this machine's, and "
            + "analyze and diff take them from its last run", 2.4, 10.9);

    public HotspotSpeedup {
        if (!(1 <= low && low <= high)) {
            throw new IllegalArgumentException("a speed-up spans 1 ≤ low ≤ high: " + low + "–" + high);
        }
    }
}
