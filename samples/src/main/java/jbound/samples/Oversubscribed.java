package jbound.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * CPU-bound and oversubscribed: {@value #THREADS_PER_CORE} computing threads per core, no I/O, no
 * shared state. Each thread gets only a share of a core, so each looks "busy with something else"
 * most of the time — it waits for a core. The JDK's sampler takes a few threads per period, so
 * its samples cover only part of the CPU that {@code jdk.ThreadCPULoad} and {@code jdk.CPULoad} measure.
 */
public final class Oversubscribed {

    static final int THREADS_PER_CORE = 4;

    public static void main(String[] args) throws Exception {
        SampleArgs options = SampleArgs.parse(args);
        int threads = THREADS_PER_CORE * Runtime.getRuntime().availableProcessors();
        long deadline = options.deadlineNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads, CpuBound.named("crowd"));
        List<Future<Double>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long seed = t;
            results.add(pool.submit(() -> CpuBound.crunchUntil(deadline, seed)));
        }
        double total = 0;
        for (Future<Double> result : results) {
            total += result.get();
        }
        pool.shutdown();
        System.out.printf("oversubscribed: %d threads, checksum %.3e%n", threads, total);
    }
}
