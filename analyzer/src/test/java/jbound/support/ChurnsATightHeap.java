package jbound.support;

import jbound.samples.SampleArgs;

/**
 * A service short of heap: it keeps a live set near its heap's size (run it with a small -Xmx)
 * and allocates fast beside it, so the collector runs again and again and its pauses take a good
 * part of the time. Takes the samples' {@code --seconds S} (and ignores {@code --dir}).
 */
public final class ChurnsATightHeap {

    /** Live set: this share of the maximum heap, in arrays of 64 KB. */
    static final double LIVE_SHARE = 0.7;

    public static void main(String[] args) {
        SampleArgs options = SampleArgs.parse(args);
        long deadline = options.deadlineNanos();
        int slots = (int) (Runtime.getRuntime().maxMemory() * LIVE_SHARE / 65_536);
        byte[][] live = new byte[slots][];
        long replaced = 0;
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < 1_000; i++) {
                // Old entries die as new ones replace them: the live set stays, the old generation churns.
                live[(int) (replaced++ % slots)] = new byte[65_536];
            }
        }
        System.out.println("churns-a-tight-heap: " + replaced + " arrays");
    }
}
