package jbound.diagnosis;

import java.util.List;

import jbound.profile.WaitSite.PreviousOwner;

/**
 * What a {@link Prediction}'s range was worked out from, as figures: what the recording measured
 * and the spans it assumed where the recording cannot know. One kind per way of pricing a remedy
 * ({@link Predictions}); the change and the assumptions in words are the report's
 * ({@code jbound.report.PredictionWords}).
 */
public sealed interface PredictionBasis {

    /**
     * Amdahl's law for one method made k× faster.
     *
     * @param timeShare          the method's share of the program's time
     * @param sampleShare        its share of the CPU samples, with its 95 % interval
     * @param samples            the CPU samples it is a share of
     * @param cpuShare           CPU's share of the active time
     * @param methodTimingFilter JDK 25's method-timing filter to record a check by counted calls; null where calls were counted
     */
    record Hotspot(String method, HotspotSpeedup k, double timeShare, double sampleShare, double intervalLow, double intervalHigh, long samples,
                   double cpuShare, String methodTimingFilter) implements PredictionBasis {
    }

    /**
     * The cores left idle, filled by threads that compute in parallel.
     *
     * @param efficiencyLow  the least share of the ideal gain that survives hand-off, merging and uneven parts
     * @param efficiencyHigh the most
     */
    record Spread(int cores, double usedCores, double busyThreads, double efficiencyLow, double efficiencyHigh) implements PredictionBasis {
    }

    /**
     * A pool sized to keep the cores busy while its threads wait: N = cores × U × (1 + W/C).
     *
     * @param freeCores the cores the other threads leave the pool
     * @param calls     the calls the pool is taken to make; null where none was counted
     * @param throttle  where the predicted call rate runs into the event's throttle; null where it does not
     */
    record Pool(String pool, int threads, long ioNanos, long cpuNanos, double waitPerCompute, double poolCores, int sizeLow, int sizeHigh,
                double utilisationLow, double utilisationHigh, double freeCores, PoolCalls calls, Throttle throttle) implements PredictionBasis {
    }

    /** One method's calls: the kind of I/O, the mean wait per call, the calls a second. */
    record PoolCalls(String method, String kind, long meanNanos, double perSecond) {
    }

    /** A call rate that a recording with the same settings would count only a floor of. */
    record Throttle(double predictedPerSecond, String event, double limitPerSecond) {
    }

    /**
     * Small calls made n at a time: a round trip each batch instead of each call.
     *
     * @param share   the site's waiting as a share of the application's active time
     * @param ceiling how far the application's CPU can grow on the cores
     */
    record Batching(String method, long calls, String event, long meanBytes, long meanNanos, double share, int batchLow, int batchHigh,
                    double ceiling) implements PredictionBasis {
    }

    /**
     * Computing and waiting pipelined instead of taken in turn.
     *
     * @param ideal      (C + W) / max(C, W)
     * @param high       the most, once the cores cap it
     * @param hiddenLow  the least share of the shorter stage pipelining hides
     */
    record Overlap(long computingNanos, long waitingNanos, double ideal, double high, double cpuCores, int cores, double hiddenLow)
            implements PredictionBasis {
    }

    /**
     * One lock's hold halved: one holder at a time allows at most 1 / hold acquisitions a second.
     *
     * @param where          the lock, by where it was waited for (and on what)
     * @param waitingThreads how many threads waited for it at once on average
     * @param halvedLow      the least gain halving the hold buys where something else limits first
     * @param halvedHigh     the most (2×)
     * @param ceiling        how far the application's CPU can grow on the cores
     */
    record Lock(String where, double waitingThreads, long waits, long meanWaitNanos, double cpuCores, int cores, List<PreviousOwner> owners,
                double halvedLow, double halvedHigh, double ceiling) implements PredictionBasis {
        public Lock {
            owners = List.copyOf(owners);
        }
    }
}
