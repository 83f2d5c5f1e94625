package jbound.samples;

/**
 * Lock-contended: four threads post to one ledger whose {@code synchronized} method does all
 * its work while holding the monitor. Only one thread makes progress at a time; the others
 * queue on the monitor — Java's nearest thing to a global interpreter lock.
 *
 * <p>Improved ({@code --improved}): as jbound's advice for a contended lock says, the critical
 * section is halved: each post prepares its half of the work before taking the monitor, and
 * only the other half runs inside it. A post costs the same CPU either way.
 */
public final class LockContended {

    static final int THREADS = 4;
    static final long WORK_INSIDE_LOCK_NANOS = 20_000_000L;

    public static void main(String[] args) throws Exception {
        SampleArgs options = SampleArgs.parseImprovable(args);
        long deadline = options.deadlineNanos();
        Ledger ledger = new Ledger();
        Thread[] posters = new Thread[THREADS];
        for (int t = 0; t < THREADS; t++) {
            posters[t] = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    if (options.improved()) {
                        long prepared = Ledger.work(17, 1, WORK_INSIDE_LOCK_NANOS / 2);
                        ledger.postPrepared(prepared, 1);
                    } else {
                        ledger.post(1);
                    }
                }
            }, "poster-" + t);
            posters[t].start();
        }
        for (Thread poster : posters) {
            poster.join();
        }
        System.out.printf("lock-contended%s: %d posts%n", options.improved() ? " (halved critical section)" : "", ledger.posts());
    }

    static final class Ledger {
        private long posts;
        private long hash = 17;

        synchronized void post(long amount) {
            hash = work(hash, amount, WORK_INSIDE_LOCK_NANOS);
            posts++;
        }

        /** The improved post: half the work was done outside, on {@code prepared}; the other half runs inside. */
        synchronized void postPrepared(long prepared, long amount) {
            hash = work(hash ^ prepared, amount, WORK_INSIDE_LOCK_NANOS / 2);
            posts++;
        }

        /** Hashes {@code amount} into {@code hash} for {@code nanos} of CPU. */
        static long work(long hash, long amount, long nanos) {
            long end = System.nanoTime() + nanos;
            while (System.nanoTime() < end) {
                hash = hash * 31 + amount;
            }
            return hash;
        }

        synchronized long posts() {
            return posts + (hash == 0 ? 1 : 0);
        }
    }
}
