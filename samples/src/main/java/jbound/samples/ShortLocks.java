package jbound.samples;

/**
 * Lock-bound below the thresholds: four threads take turns in one {@code synchronized} section
 * that computes for {@value #HOLD_MILLIS} ms, and do next to nothing outside it. Only one thread
 * runs at a time, so the JVM uses about one core however many it has; each wait is about three
 * holds long, shorter than {@code jdk.JavaMonitorEnter}'s threshold under the JDK's {@code default}
 * (20 ms) and {@code profile} (10 ms) settings, so few or no lock events are recorded.
 */
public final class ShortLocks {

    static final int THREADS = 4;
    static final long HOLD_MILLIS = 3;

    public static void main(String[] args) throws Exception {
        SampleArgs options = SampleArgs.parse(args);
        long deadline = options.deadlineNanos();
        Object lock = new Object();
        long[] sections = new long[1];
        Thread[] threads = new Thread[THREADS];
        for (int t = 0; t < THREADS; t++) {
            threads[t] = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    synchronized (lock) {
                        holdFor(HOLD_MILLIS * 1_000_000L);
                        sections[0]++;
                    }
                }
            }, "turn-taker-" + t);
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.printf("short-locks: %d sections%n", sections[0]);
    }

    static double holdFor(long nanos) {
        long end = System.nanoTime() + nanos;
        double x = 1;
        while (System.nanoTime() < end) {
            x = Math.sqrt(x + 1.5);
        }
        return x;
    }
}
