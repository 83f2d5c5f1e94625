package jbound.samples;

/**
 * Lock-contended: four threads post to one ledger whose {@code synchronized} method does all
 * its work while holding the monitor. Only one thread makes progress at a time; the others
 * queue on the monitor — Java's nearest thing to a global interpreter lock.
 */
public final class LockContended {

    static final int THREADS = 4;
    static final long WORK_INSIDE_LOCK_NANOS = 20_000_000L;

    public static void main(String[] args) throws Exception {
        SampleArgs options = SampleArgs.parse(args);
        long deadline = options.deadlineNanos();
        Ledger ledger = new Ledger();
        Thread[] posters = new Thread[THREADS];
        for (int t = 0; t < THREADS; t++) {
            posters[t] = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    ledger.post(1);
                }
            }, "poster-" + t);
            posters[t].start();
        }
        for (Thread poster : posters) {
            poster.join();
        }
        System.out.printf("lock-contended: %d posts%n", ledger.posts());
    }

    static final class Ledger {
        private long posts;
        private long hash = 17;

        synchronized void post(long amount) {
            long end = System.nanoTime() + WORK_INSIDE_LOCK_NANOS;
            while (System.nanoTime() < end) {
                hash = hash * 31 + amount;
            }
            posts++;
        }

        synchronized long posts() {
            return posts + (hash == 0 ? 1 : 0);
        }
    }
}
