package jbound.profile;

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
final class ActivitySeconds implements Merging<ActivitySeconds> {

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
        private final MethodWeights[] methods = new MethodWeights[Cause.values().length];

        /** Each method charged for {@code cause} in this second and its weight, in the order first charged. */
        void forEachMethod(Cause cause, MethodWeights.Visitor visitor) {
            MethodWeights weights = methods[cause.ordinal()];
            if (weights != null) {
                weights.forEach(visitor);
            }
        }

        void charge(Cause cause, int method, double weight) {
            MethodWeights weights = methods[cause.ordinal()];
            if (weights == null) {
                weights = new MethodWeights();
                methods[cause.ordinal()] = weights;
            }
            weights.add(method, weight);
        }
    }

    /**
     * Weights by method number, at most {@value #MAX_METHODS_PER_SECOND} methods, the rest as
     * {@link #OTHER_METHODS}: a few parallel arrays searched from the method charged last, as
     * consecutive events mostly are of one method. No boxing per event.
     */
    static final class MethodWeights {

        /** Receives a method and its weight. */
        interface Visitor {
            void visit(int method, double weight);
        }

        private int[] keys = new int[4];
        private double[] weights = new double[4];
        private int size;
        private int last;

        void add(int method, double weight) {
            if (size > 0 && keys[last] == method) {
                weights[last] += weight;
                return;
            }
            int at = indexOf(method);
            if (at < 0) {
                at = size < MAX_METHODS_PER_SECOND ? append(method) : indexOrAppend(OTHER_METHODS);
            }
            weights[at] += weight;
            last = at;
        }

        private int indexOf(int method) {
            for (int i = 0; i < size; i++) {
                if (keys[i] == method) {
                    return i;
                }
            }
            return -1;
        }

        private int indexOrAppend(int method) {
            int at = indexOf(method);
            return at >= 0 ? at : append(method);
        }

        private int append(int method) {
            if (size == keys.length) {
                keys = java.util.Arrays.copyOf(keys, 2 * size);
                weights = java.util.Arrays.copyOf(weights, 2 * size);
            }
            keys[size] = method;
            return size++;
        }

        void forEach(Visitor visitor) {
            for (int i = 0; i < size; i++) {
                visitor.visit(keys[i], weights[i]);
            }
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

    @Override
    public void merge(ActivitySeconds other, Remap numbers) {
        other.bySecond.forEach((key, theirs) -> {
            Second mine = second(key);
            if (mine == null) {
                return;
            }
            for (int i = 0; i < SERIES; i++) {
                mine.values[i] += theirs.values[i];
                mine.wholeSecondsDelta[i] += theirs.wholeSecondsDelta[i];
            }
            for (Cause cause : Cause.values()) {
                theirs.forEachMethod(cause, (method, weight) -> mine.charge(cause, numbers.method(method), weight));
            }
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
