package jbound.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import jbound.profile.ActivitySeconds.Cause;
import jbound.profile.ActivitySeconds.Series;

/**
 * The application threads' ledger over time: for each stretch of the recording ({@code bucketMillis}
 * long, from its start; at most {@value #MAX_BUCKETS}), their thread-seconds on CPU, in I/O, blocked
 * on locks, waiting for work and stopped by the JVM's pauses (placed where the pauses were), with
 * the application methods that took most of each (for the pauses: that allocated most). The threads'
 * ledgers say how much; the timeline says when: each kind of time follows the finest series the
 * recording has for it (samples before per-thread readings, unless there are fewer than
 * {@value #MIN_SAMPLES_FOR_SHAPE}; the larger of events and native samples for I/O; events before
 * wall-clock samples) and adds up to the ledgers' total for that kind.
 *
 * @param cpuFrom which series the CPU's shape over time follows
 */
public record Timeline(long bucketMillis, List<Bucket> buckets, String cpuFrom) {

    static final int MAX_BUCKETS = 300;
    /** Methods named per bucket for each kind of time. */
    static final int TOP_METHODS = 5;
    /** Fewer samples than this over the whole recording do not say when the CPU was used. */
    static final int MIN_SAMPLES_FOR_SHAPE = 50;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    public Timeline {
        buckets = List.copyOf(buckets);
    }

    /** An application method's time in a bucket. */
    public record MethodTime(String method, long nanos) {
    }

    /**
     * One stretch of the recording.
     *
     * @param jvmThreadsCpuNanos CPU of the JVM's own threads measured per thread ({@code jdk.ThreadCPULoad})
     * @param observations       samples and events of application threads in it
     */
    public record Bucket(long offsetMillis, long lengthMillis, long cpuNanos, long ioNanos, long lockNanos, long waitNanos,
                         long stoppedNanos, long jvmThreadsCpuNanos, long observations, long lockEvents,
                         List<MethodTime> cpuMethods, List<MethodTime> ioMethods, List<MethodTime> lockMethods,
                         List<MethodTime> allocatingMethods) {

        public Bucket {
            cpuMethods = List.copyOf(cpuMethods);
            ioMethods = List.copyOf(ioMethods);
            lockMethods = List.copyOf(lockMethods);
            allocatingMethods = List.copyOf(allocatingMethods);
        }

        public long activeNanos() {
            return cpuNanos + ioNanos + lockNanos + stoppedNanos;
        }
    }

    /** The ledgers' totals for the application threads, which the series are scaled to. */
    record Totals(long cpuNanos, long ioNanos, long lockNanos, long waitNanos, long stoppedNanos) {

        static Totals of(List<ThreadLedger> threads) {
            long cpu = 0;
            long io = 0;
            long lock = 0;
            long wait = 0;
            long stopped = 0;
            for (ThreadLedger t : threads) {
                if (!t.infrastructure()) {
                    cpu += t.cpuNanos();
                    io += t.ioNanos();
                    lock += t.lockNanos();
                    wait += t.waitNanos();
                    stopped += t.stoppedNanos();
                }
            }
            return new Totals(cpu, io, lock, wait, stopped);
        }
    }

    static Timeline of(ActivitySeconds activity, PauseIntervals pauses, long startNanos, long endNanos, ThreadLedgers.Periods periods, int cores,
                       Totals totals, IntFunction<String> methodName) {
        long firstSecond = Math.floorDiv(startNanos, NANOS_PER_SECOND);
        long lastSecond = Math.floorDiv(Math.max(startNanos, endNanos - 1), NANOS_PER_SECOND);
        int seconds = (int) Math.min(ActivitySeconds.MAX_SECONDS, lastSecond - firstSecond + 1);
        double[][] series = dense(activity, firstSecond, seconds);
        spreadBack(series[Series.MEASURED_CPU_SHARE.ordinal()], periods.threadCpuLoad(), cores);
        spreadBack(series[Series.JVM_MEASURED_CPU_SHARE.ordinal()], periods.threadCpuLoad(), cores);

        // A handful of samples place the CPU worse than readings every period do.
        for (Series sampled : List.of(Series.CPU_TIME_SAMPLES, Series.PROFILER_CPU_SAMPLES, Series.EXECUTION_SAMPLES, Series.WALL_CPU)) {
            if (sum(series[sampled.ordinal()]) < MIN_SAMPLES_FOR_SHAPE) {
                java.util.Arrays.fill(series[sampled.ordinal()], 0);
            }
        }
        Series cpuFrom = firstWithWeight(series, Series.CPU_TIME_SAMPLES, Series.PROFILER_CPU_SAMPLES, Series.EXECUTION_SAMPLES,
                Series.WALL_CPU, Series.MEASURED_CPU_SHARE);
        double[] cpu = scaled(cpuFrom == null ? null : series[cpuFrom.ordinal()], seconds, totals.cpuNanos());
        // As in a thread's ledger, I/O is the larger of what events and native samples saw, second by second.
        double[] ioSeen = new double[seconds];
        for (int s = 0; s < seconds; s++) {
            ioSeen[s] = Math.max(series[Series.IO_NANOS.ordinal()][s],
                    series[Series.NATIVE_IO_SAMPLES.ordinal()][s] * periods.nativeSamples());
        }
        double[] io = scaled(sum(ioSeen) > 0 ? ioSeen : series[Series.WALL_IO.ordinal()], seconds, totals.ioNanos());
        double[] lock = scaled(first(series, Series.LOCK_NANOS, Series.WALL_LOCK), seconds, totals.lockNanos());
        double[] wait = scaled(first(series, Series.WAIT_NANOS, Series.WALL_WAITING), seconds, totals.waitNanos());
        double[] paused = new double[seconds];
        for (int s = 0; s < seconds; s++) {
            paused[s] = pauses.within((firstSecond + s) * NANOS_PER_SECOND, (firstSecond + s + 1) * NANOS_PER_SECOND);
        }
        double[] stopped = scaled(paused, seconds, totals.stoppedNanos());

        long spanNanos = Math.max(0, endNanos - startNanos);
        long width = Math.max(1, (seconds + MAX_BUCKETS - 1) / MAX_BUCKETS);
        List<Bucket> buckets = new ArrayList<>();
        for (int from = 0; from < seconds; from += (int) width) {
            int to = (int) Math.min(seconds, from + width);
            // Buckets follow the clock's seconds; the first starts with the recording, the last ends with it.
            long offsetMillis = from == 0 ? 0 : (firstSecond + from) * 1000 - startNanos / 1_000_000L;
            long endMillis = to == seconds ? spanNanos / 1_000_000L : (firstSecond + to) * 1000 - startNanos / 1_000_000L;
            Map<Cause, Map<Integer, Double>> methods = new EnumMap<>(Cause.class);
            double c = 0;
            double i = 0;
            double l = 0;
            double w = 0;
            double st = 0;
            double jvm = 0;
            double observations = 0;
            double lockEvents = 0;
            for (int s = from; s < to; s++) {
                c += cpu[s];
                i += io[s];
                l += lock[s];
                w += wait[s];
                st += stopped[s];
                jvm += series[Series.JVM_MEASURED_CPU_SHARE.ordinal()][s];
                observations += series[Series.OBSERVATIONS.ordinal()][s];
                lockEvents += series[Series.LOCK_EVENTS.ordinal()][s];
                ActivitySeconds.Second second = activity.seconds().get(firstSecond + s);
                if (second != null) {
                    for (Cause cause : Cause.values()) {
                        second.forEachMethod(cause, (m, weight) ->
                                methods.computeIfAbsent(cause, k -> new HashMap<>()).merge(m, weight, Double::sum));
                    }
                }
            }
            buckets.add(new Bucket(offsetMillis, Math.max(0, endMillis - offsetMillis), (long) c, (long) i, (long) l, (long) w,
                    (long) st, (long) jvm, (long) observations, (long) lockEvents,
                    top(methods.get(Cause.CPU), c, methodName), top(methods.get(Cause.IO), i, methodName),
                    top(methods.get(Cause.LOCK), l, methodName), top(methods.get(Cause.GC), st, methodName)));
        }
        return new Timeline(width * 1000, buckets,
                cpuFrom == null ? "none" : cpuFrom.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }

    /** Each series as one value per second of the span, spread durations summed out of their differences. */
    private static double[][] dense(ActivitySeconds activity, long firstSecond, int seconds) {
        double[][] series = new double[Series.values().length][seconds];
        double[] whole = new double[Series.values().length];
        for (ActivitySeconds.Second before : activity.seconds().headMap(firstSecond, false).values()) {
            for (int k = 0; k < whole.length; k++) {
                whole[k] += before.wholeSecondsDelta[k];
            }
        }
        for (int s = 0; s < seconds; s++) {
            ActivitySeconds.Second second = activity.seconds().get(firstSecond + s);
            for (Series kind : Series.values()) {
                int k = kind.ordinal();
                if (second != null) {
                    whole[k] += second.wholeSecondsDelta[k];
                    series[k][s] += second.values[k];
                }
                if (kind.spread()) {
                    series[k][s] += whole[k] * NANOS_PER_SECOND;
                }
            }
        }
        return series;
    }

    /** A reading's share covers the period before it: spread back over it, as CPU nanoseconds. */
    private static void spreadBack(double[] shares, long periodNanos, int cores) {
        int period = (int) Math.clamp(periodNanos / NANOS_PER_SECOND, 1, shares.length == 0 ? 1 : shares.length);
        double[] spread = new double[shares.length];
        for (int s = 0; s < shares.length; s++) {
            if (shares[s] == 0) {
                continue;
            }
            int from = Math.max(0, s - period + 1);
            // Each second of the period gets its part; a period cut by the recording's start loses the rest.
            double each = shares[s] * cores * ((double) periodNanos / period);
            for (int t = from; t <= s; t++) {
                spread[t] += each;
            }
        }
        System.arraycopy(spread, 0, shares, 0, shares.length);
    }

    /** {@code shape} scaled to add up to {@code total}; spread evenly where it has no weight. */
    private static double[] scaled(double[] shape, int seconds, long total) {
        double[] out = new double[seconds];
        if (seconds == 0 || total <= 0) {
            return out;
        }
        double sum = shape == null ? 0 : sum(shape);
        for (int s = 0; s < seconds; s++) {
            out[s] = sum > 0 ? shape[s] / sum * total : (double) total / seconds;
        }
        return out;
    }

    private static double[] first(double[][] series, Series... candidates) {
        Series found = firstWithWeight(series, candidates);
        return found == null ? null : series[found.ordinal()];
    }

    private static Series firstWithWeight(double[][] series, Series... candidates) {
        for (Series candidate : candidates) {
            if (sum(series[candidate.ordinal()]) > 0) {
                return candidate;
            }
        }
        return null;
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }

    /** The bucket's top methods, their weights turned into shares of the bucket's time of that kind. */
    private static List<MethodTime> top(Map<Integer, Double> byMethod, double bucketNanos, IntFunction<String> methodName) {
        if (byMethod == null || byMethod.isEmpty()) {
            return List.of();
        }
        double all = byMethod.values().stream().mapToDouble(Double::doubleValue).sum();
        return byMethod.entrySet().stream()
                .filter(e -> e.getKey() != ActivitySeconds.OTHER_METHODS)
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(TOP_METHODS)
                .map(e -> new MethodTime(methodName.apply(e.getKey()), (long) (e.getValue() / all * bucketNanos)))
                .sorted(Comparator.comparingLong(MethodTime::nanos).reversed().thenComparing(MethodTime::method))
                .toList();
    }
}
