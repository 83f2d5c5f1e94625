package jbound.ladder;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Times one call the careful way, in this JVM: warm up until the JIT has settled, calibrate how
 * many calls make a batch long enough to time, then time several batches; every result goes to
 * a sink the JIT cannot remove. JMH ({@code make bench}) is the stricter counterpart.
 *
 * @param warmupNanos   time spent calling before measuring
 * @param batches       how many timed batches
 * @param batchNanos    target length of one batch
 */
public record Harness(long warmupNanos, int batches, long batchNanos) {

    /** Finishes the default ladder within a minute on two cores; a quarter second of warm-up lets C2 compile the Vector API code even while it is busy with other rungs. */
    public static final Harness DEFAULT = new Harness(250_000_000L, 7, 20_000_000L);

    /** Per-call time: the median of the batches, and the fastest and slowest batch. */
    public record Timing(long medianNanos, long minNanos, long maxNanos, long callsPerBatch) {
    }

    @SuppressWarnings("unused")
    private static volatile Object sink;

    public Timing time(Supplier<Object> call) {
        long warmupEnd = System.nanoTime() + warmupNanos;
        int warmupCalls = 0;
        while (warmupCalls < 3 || System.nanoTime() < warmupEnd) {
            sink = call.get();
            warmupCalls++;
        }
        long probeStart = System.nanoTime();
        sink = call.get();
        long oneCall = Math.max(1, System.nanoTime() - probeStart);
        long calls = Math.max(1, batchNanos / oneCall);
        long[] perCall = new long[batches];
        for (int b = 0; b < batches; b++) {
            long start = System.nanoTime();
            for (long c = 0; c < calls; c++) {
                sink = call.get();
            }
            perCall[b] = (System.nanoTime() - start) / calls;
        }
        Arrays.sort(perCall);
        return new Timing(perCall[batches / 2], perCall[0], perCall[batches - 1], calls);
    }
}
