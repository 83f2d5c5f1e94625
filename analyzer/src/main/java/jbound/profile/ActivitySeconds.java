package jbound.profile;

import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * What the application threads did, second by second of the clock, gathered while reading: the
 * raw series {@link Timeline} turns into a ledger per stretch of time. A duration (I/O, a lock, a
 * wait) is spread over the seconds it covers as its partial first and last seconds and a run of
 * whole seconds kept as a difference; a sample or a reading falls in the second it was taken. The
 * application methods behind CPU samples, I/O and lock waits are kept per second (at most
 * {@value #MAX_METHODS_PER_SECOND} each, the rest as {@link #OTHER_METHODS}), to name each
 * phase's top cause. Mergeable: sums only.
 */
final class ActivitySeconds {

    /** Seconds kept at most (27 hours); events in seconds beyond them are counted in totals only. */
    static final int MAX_SECONDS = 100_000;
    static final int MAX_METHODS_PER_SECOND = 32;
    /** The methods of a second past its limit. */
    static final int OTHER_METHODS = -5;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    /** A series over time: durations are spread, points fall where they were taken. */
    enum Series {
        EXECUTION_SAMPLES, CPU_TIME_SAMPLES, PROFILER_CPU_SAMPLES, NATIVE_IO_SAMPLES,
        WALL_CPU, WALL_IO, WALL_LOCK, WALL_WAITING,
        /** {@code jdk.ThreadCPULoad} shares of application threads, and of the JVM's own, at the reading. */
        MEASURED_CPU_SHARE, JVM_MEASURED_CPU_SHARE,
        IO_NANOS, LOCK_NANOS, WAIT_NANOS,
        LOCK_EVENTS, OBSERVATIONS;

        boolean spread() {
            return this == IO_NANOS || this == LOCK_NANOS || this == WAIT_NANOS;
        }
    }

    /** Whose application method a second's weight is charged to: GC's by the bytes each allocated. */
    enum Cause { CPU, IO, LOCK, GC }

    private static final int SERIES = Series.values().length;

    /** One second: each series' partial sum, then the whole-second differences of the spread ones. */
    static final class Second {
        final double[] values = new double[SERIES];
        final double[] wholeSecondsDelta = new double[SERIES];
        private final Map<Cause, Map<Integer, Double>> methods = new java.util.EnumMap<>(Cause.class);

        Map<Integer, Double> methods(Cause cause) {
            return methods.getOrDefault(cause, Map.of());
        }

        void charge(Cause cause, int method, double weight) {
            Map<Integer, Double> byMethod = methods.computeIfAbsent(cause, c -> new HashMap<>());
            int key = byMethod.containsKey(method) || byMethod.size() < MAX_METHODS_PER_SECOND ? method : OTHER_METHODS;
            byMethod.merge(key, weight, Double::sum);
        }
    }

    private final NavigableMap<Long, Second> bySecond = new TreeMap<>();
    private long lastSecondKey = Long.MIN_VALUE;
    private Second lastSecond;

    void point(Series series, long timeNanos, double amount) {
        Second second = second(Math.floorDiv(timeNanos, NANOS_PER_SECOND));
        if (second != null) {
            second.values[series.ordinal()] += amount;
        }
    }

    void charge(Cause cause, long timeNanos, int method, double weight) {
        Second second = second(Math.floorDiv(timeNanos, NANOS_PER_SECOND));
        if (second != null) {
            second.charge(cause, method, weight);
        }
    }

    /** A duration from {@code startNanos}, spread over the seconds it covers. */
    void spread(Series series, long startNanos, long durationNanos) {
        long end = Saturating.add(startNanos, Math.max(0, durationNanos));
        long first = Math.floorDiv(startNanos, NANOS_PER_SECOND);
        long last = Math.floorDiv(end, NANOS_PER_SECOND);
        int s = series.ordinal();
        Second head = second(first);
        if (head == null) {
            return;
        }
        if (first == last) {
            head.values[s] += end - startNanos;
            return;
        }
        head.values[s] += (first + 1) * NANOS_PER_SECOND - startNanos;
        Second tail = second(last);
        if (tail == null) {
            return;
        }
        tail.values[s] += end - last * NANOS_PER_SECOND;
        if (last > first + 1) {
            Second afterHead = second(first + 1);
            if (afterHead != null) {
                afterHead.wholeSecondsDelta[s] += 1;
                tail.wholeSecondsDelta[s] -= 1;
            }
        }
    }

    void mergeFrom(ActivitySeconds other, int[] methodRemap) {
        other.bySecond.forEach((key, theirs) -> {
            Second mine = second(key);
            if (mine == null) {
                return;
            }
            for (int i = 0; i < SERIES; i++) {
                mine.values[i] += theirs.values[i];
                mine.wholeSecondsDelta[i] += theirs.wholeSecondsDelta[i];
            }
            theirs.methods.forEach((cause, byMethod) -> byMethod.forEach((method, weight) ->
                    mine.charge(cause, IoAccumulator.remap(methodRemap, method), weight)));
        });
    }

    /** The seconds kept, in order, keyed by second of the clock. */
    NavigableMap<Long, Second> seconds() {
        return java.util.Collections.unmodifiableNavigableMap(bySecond);
    }

    private Second second(long key) {
        if (key == lastSecondKey && lastSecond != null) {
            return lastSecond;
        }
        Second second = bySecond.get(key);
        if (second == null) {
            if (bySecond.size() >= MAX_SECONDS) {
                return null;
            }
            second = new Second();
            bySecond.put(key, second);
        }
        lastSecondKey = key;
        lastSecond = second;
        return second;
    }
}
