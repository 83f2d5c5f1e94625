package jbound.samples;

import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.ArrayList;
import java.util.List;

/**
 * CPU-bound: one worker per core crunching numbers (the sum of squares of a double array)
 * with no I/O and no shared state. A recording of it should show the JVM near all cores busy
 * and {@link #sumOfSquares(double[])} as the hot method.
 *
 * <p>Improved ({@code --improved}, in a JVM started with {@code --add-modules jdk.incubator.vector}):
 * the hotspot, keeping its name, runs on the optimization ladder's Vector API rung, as jbound's
 * advice for a CPU-bound program says.
 */
public final class CpuBound {

    /** Whether the hotspot runs on the Vector API; set once, before the workers start. */
    private static boolean vectorized;
    /** Passes over the array, all workers: the sample's own count of results, to set beside what a recording measures. */
    private static final LongAdder PASSES = new LongAdder();

    public static void main(String[] args) throws Exception {
        SampleArgs options = SampleArgs.parseImprovable(args);
        vectorized = options.improved();
        int workers = Runtime.getRuntime().availableProcessors();
        long deadline = options.deadlineNanos();
        ExecutorService pool = Executors.newFixedThreadPool(workers, named("cruncher"));
        List<Future<Double>> results = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            long seed = w;
            results.add(pool.submit(() -> crunchUntil(deadline, seed)));
        }
        double total = 0;
        for (Future<Double> result : results) {
            total += result.get();
        }
        pool.shutdown();
        System.out.printf("cpu-bound%s: %d workers, %.1f passes/s, checksum %.3e%n", vectorized ? " (vectorized)" : "", workers,
                PASSES.sum() / (options.runFor().toNanos() / 1e9), total);
    }

    static double crunchUntil(long deadlineNanos, long seed) {
        double[] values = new Random(seed).doubles(1 << 20).toArray();
        double acc = 0;
        while (System.nanoTime() < deadlineNanos) {
            acc += sumOfSquares(values);
            PASSES.increment();
        }
        return acc;
    }

    static double sumOfSquares(double[] values) {
        if (vectorized) {
            return VectorSum.sumOfSquares(values);
        }
        double sum = 0;
        for (double v : values) {
            sum += v * v;
        }
        return sum;
    }

    static java.util.concurrent.ThreadFactory named(String prefix) {
        int[] next = {0};
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + next[0]++);
            thread.setDaemon(true);
            return thread;
        };
    }
}
