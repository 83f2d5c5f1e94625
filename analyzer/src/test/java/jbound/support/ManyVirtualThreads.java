package jbound.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jbound.samples.SampleArgs;

/**
 * Thousands of short-lived virtual threads: waves of {@value #PER_WAVE} tasks, each sleeping a
 * little and computing a little, until the time is up — {@value #PER_WAVE} × the waves in all,
 * each a thread of its own. Takes the samples' {@code --seconds S} (and ignores {@code --dir}).
 */
public final class ManyVirtualThreads {

    static final int PER_WAVE = 1_000;

    public static void main(String[] args) throws Exception {
        SampleArgs options = SampleArgs.parse(args);
        long deadline = options.deadlineNanos();
        int threads = 0;
        double sum = 0;
        while (System.nanoTime() < deadline) {
            try (ExecutorService wave = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<Double>> each = new ArrayList<>();
                for (int t = 0; t < PER_WAVE; t++) {
                    int seed = t;
                    each.add(wave.submit(() -> {
                        Thread.sleep(20 + seed % 80);
                        return PoolOfWorkers.crunchUntil(System.nanoTime() + 200_000);
                    }));
                }
                for (Future<Double> f : each) {
                    sum += f.get();
                }
            }
            threads += PER_WAVE;
        }
        System.out.printf("many-virtual-threads: %d threads, %.1f%n", threads, sum);
    }
}
