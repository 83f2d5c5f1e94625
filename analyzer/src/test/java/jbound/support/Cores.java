package jbound.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * The machine's two cores, lent to the workloads the tests run in child JVMs. A workload whose
 * verdict depends on getting the CPU it asks for (one that computes, a live target) takes both
 * and runs alone; two workloads that mostly wait share them (measured: such a workload kept its
 * verdict with both cores busy computing beside it). Fair, so a workload waiting for both cores
 * is never overtaken by a stream of waiting ones.
 */
public final class Cores {

    private static final int ON_THIS_MACHINE = 2;
    private static final Semaphore FREE = new Semaphore(ON_THIS_MACHINE, true);
    /** Threads that hold cores: what they start while holding them runs on their lease. */
    private static final Map<Thread, Integer> HELD = new ConcurrentHashMap<>();

    private Cores() {
    }

    /** Cores lent until {@link #close()}. */
    public interface Lease extends AutoCloseable {
        @Override
        void close();
    }

    /** Every core: for a workload that computes, or one a test watches live. */
    public static Lease all() {
        return take(ON_THIS_MACHINE);
    }

    /** One core: for a workload that mostly waits (on a socket, a disk, a timer). */
    public static Lease one() {
        return take(1);
    }

    private static Lease take(int cores) {
        Thread thread = Thread.currentThread();
        if (HELD.containsKey(thread)) {
            return () -> { };
        }
        FREE.acquireUninterruptibly(cores);
        HELD.put(thread, cores);
        return () -> {
            if (HELD.remove(thread) != null) {
                FREE.release(cores);
            }
        };
    }
}
