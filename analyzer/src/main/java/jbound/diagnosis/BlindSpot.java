package jbound.diagnosis;

import java.util.List;

/**
 * Something the recording could not see, as data: which kind, the figures that show it, whether it
 * could change the verdict and which verdict's time it hides. What it means for the answer and how
 * to record so that it can are worded at the edge ({@code jbound.report.BlindSpotWords}).
 */
public sealed interface BlindSpot {

    /** What kind of blind spot, for programs: {@code io-threshold}, {@code no-cpu-samples}… */
    String id();

    /** True where the unseen time could change the verdict, and so lowers its confidence. */
    boolean affectsVerdict();

    /**
     * The kind of time it hides, so that a verdict it cannot change keeps its confidence: a missing
     * short I/O call can only make a recording more I/O-bound. UNKNOWN: it may hide anything.
     */
    default VerdictKind hides() {
        return VerdictKind.UNKNOWN;
    }

    /** The two kinds of I/O the JDK's events time. */
    enum IoKind { SOCKET, FILE }

    /** Another sampler's wall-clock samples, and no CPU samples. */
    record WallSamplesOnly() implements BlindSpot {
        public String id() {
            return "wall-samples-only";
        }

        public boolean affectsVerdict() {
            return false;
        }
    }

    /** {@code jdk.ExecutionSample} was not recorded. */
    record NoCpuSamples() implements BlindSpot {
        public String id() {
            return "no-cpu-samples";
        }

        public boolean affectsVerdict() {
            return true;
        }

        @Override
        public VerdictKind hides() {
            return VerdictKind.CPU_BOUND;
        }
    }

    /** Fewer CPU samples than make method percentages fine. */
    record FewCpuSamples(long samples) implements BlindSpot {
        public String id() {
            return "few-cpu-samples";
        }

        public boolean affectsVerdict() {
            return false;
        }
    }

    /** {@code jdk.CPULoad} was not recorded. */
    record NoCpuLoad() implements BlindSpot {
        public String id() {
            return "no-cpu-load";
        }

        public boolean affectsVerdict() {
            return false;
        }
    }

    /**
     * Another profiler wrote the recording without the JDK's I/O, lock and park events.
     *
     * @param wallSampled whether wall-clock samples still show the waits
     */
    record NoJdkEvents(List<String> writers, boolean wallSampled) implements BlindSpot {
        public String id() {
            return "no-jdk-events";
        }

        public boolean affectsVerdict() {
            return !wallSampled;
        }
    }

    /** An I/O event of the kind was not recorded. */
    record EventDisabled(String eventName, IoKind kind) implements BlindSpot {
        public String id() {
            return "event-disabled";
        }

        public boolean affectsVerdict() {
            return true;
        }

        @Override
        public VerdictKind hides() {
            return VerdictKind.IO_BOUND;
        }
    }

    /** The recording does not say whether, or from which duration, I/O of the kind was recorded. */
    record IoSettingsUnknown(IoKind kind) implements BlindSpot {
        public String id() {
            return "io-settings-unknown";
        }

        public boolean affectsVerdict() {
            return false;
        }
    }

    /**
     * I/O calls shorter than the threshold were not recorded.
     *
     * @param events     the events with that threshold, the highest of the kind's
     * @param allOfKind  whether every event of the kind has it
     */
    record IoThreshold(IoKind kind, List<String> events, boolean allOfKind, long thresholdNanos) implements BlindSpot {
        public String id() {
            return "io-threshold";
        }

        /** A threshold from which a service's many short calls go unseen. */
        public boolean significant() {
            return thresholdNanos >= BlindSpots.SIGNIFICANT_IO_THRESHOLD_NANOS;
        }

        public boolean affectsVerdict() {
            return significant();
        }

        @Override
        public VerdictKind hides() {
            return VerdictKind.IO_BOUND;
        }
    }

    /** An I/O event ran close to its throttle, which was probably dropping events. */
    record IoThrottled(String eventName, double limitPerSecond, double ratePerSecond) implements BlindSpot {
        public String id() {
            return "io-throttled";
        }

        public boolean affectsVerdict() {
            return true;
        }

        @Override
        public VerdictKind hides() {
            return VerdictKind.IO_BOUND;
        }
    }

    /** Threads were caught in native I/O code more than the I/O events account for. */
    record IoOnlyInNativeSamples(long samples) implements BlindSpot {
        public String id() {
            return "io-only-in-native-samples";
        }

        public boolean affectsVerdict() {
            return false;
        }
    }

    /** A share of the stacks was cut at the JVM's depth limit. */
    record TruncatedStacks(double share) implements BlindSpot {
        public String id() {
            return "truncated-stacks";
        }

        public boolean affectsVerdict() {
            return false;
        }
    }

    /** Part of the file could not be read (the read issue's words). */
    record UnreadablePart(String detail) implements BlindSpot {
        public String id() {
            return "unreadable-part";
        }

        public boolean affectsVerdict() {
            return true;
        }
    }

    /** {@code jdk.JavaMonitorEnter} was not recorded. */
    record LockEventsDisabled() implements BlindSpot {
        public String id() {
            return "lock-events-disabled";
        }

        public boolean affectsVerdict() {
            return true;
        }

        @Override
        public VerdictKind hides() {
            return VerdictKind.LOCK_BOUND;
        }
    }

    /** Lock waits shorter than the threshold were not recorded. */
    record LockThreshold(long thresholdNanos) implements BlindSpot {
        public String id() {
            return "lock-threshold";
        }

        public boolean affectsVerdict() {
            return false;
        }

        @Override
        public VerdictKind hides() {
            return VerdictKind.LOCK_BOUND;
        }
    }

    /**
     * The lock threshold where the verdict infers a lock from unseen time: what the verdict turns on.
     *
     * @param thresholdNanos the recording's threshold, 0 where it does not say
     */
    record ShortLocksInferred(long thresholdNanos) implements BlindSpot {
        public String id() {
            return "short-locks-inferred";
        }

        public boolean affectsVerdict() {
            return true;
        }

        @Override
        public VerdictKind hides() {
            return VerdictKind.LOCK_BOUND;
        }
    }
}
