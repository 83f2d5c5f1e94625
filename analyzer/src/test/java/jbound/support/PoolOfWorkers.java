package jbound.support;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jbound.samples.SampleArgs;

/**
 * A service with a pool of {@value #WORKERS} threads ({@code worker-0} … {@code worker-99}) that
 * each compute a little and sleep a lot, beside threads that live for part of the run only: a
 * {@code loader} that computes for its first fifth and ends, a {@code reporter} that starts at
 * its middle. About one core of work in all, so a two-core machine keeps up. Takes the samples'
 * {@code --seconds S} (and ignores {@code --dir}).
 */
public final class PoolOfWorkers {

    static final int WORKERS = 100;

    public static void main(String[] args) throws Exception {
        SampleArgs options = SampleArgs.parse(args);
        long start = System.nanoTime();
        long deadline = start + options.runFor().toNanos();
        long loaded = start + (long) (options.runFor().toNanos() * 0.2);
        Thread loader = new Thread(() -> crunchUntil(loaded), "loader");
        loader.start();
        AtomicInteger made = new AtomicInteger();
        ThreadFactory named = r -> new Thread(r, "worker-" + made.getAndIncrement());
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS, named);
        for (int w = 0; w < WORKERS; w++) {
            pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    crunchUntil(System.nanoTime() + 2_000_000);
                    sleep(200);
                }
            });
        }
        sleep(options.runFor().toMillis() / 2);
        Thread reporter = new Thread(() -> crunchUntil(deadline), "reporter");
        reporter.start();
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        loader.join();
        reporter.join();
        System.out.println("pool-of-workers: done");
    }

    static double crunchUntil(long deadline) {
        double x = 0;
        while (System.nanoTime() < deadline) {
            for (int i = 1; i < 5_000; i++) {
                x += Math.sqrt(i) / i;
            }
        }
        return x;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
