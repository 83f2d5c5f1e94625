package jbound.samples;

/**
 * Lock-bound below the thresholds: four threads take turns in one {@code synchronized} section
 * that computes for {@value #HOLD_MILLIS} ms, and do next to nothing outside it. Only one thread
 * runs at a time, so the JVM uses about one core however many it has. A fair turn would make each
 * wait about three holds long, under {@code jdk.JavaMonitorEnter}'s threshold with the JDK's
 * {@code default} (20 ms) and {@code profile} (10 ms) settings; HotSpot's monitors are not fair
 * (a thread leaving the section often takes it again at once), so some waits grow long enough to be
 * recorded and others stay hidden.
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
