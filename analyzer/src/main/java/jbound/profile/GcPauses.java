package jbound.profile;

/**
 * Stop-the-world garbage collection pauses ({@code jdk.GCPhasePause}): every thread waited for these.
 *
 * @param stoppedNanos the time the JVM stopped the application all told: the GC pauses and the
 *                     recorded safepoints ({@code jdk.SafepointBegin}, reaching them included), overlaps once
 */
public record GcPauses(long count, long totalNanos, long maxNanos, long stoppedNanos) {

    /** Where the collector's pauses are less than this share of the stopped time, the stops are not the collector's. */
    public static final double COLLECTORS_FROM_SHARE = 0.5;

    /** Whether the collector's pauses are most of the time the JVM stopped the application. */
    public boolean mostlyTheCollectors() {
        return stoppedNanos == 0 || totalNanos >= COLLECTORS_FROM_SHARE * stoppedNanos;
    }
}
