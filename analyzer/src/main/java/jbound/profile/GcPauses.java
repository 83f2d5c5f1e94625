package jbound.profile;

/** Stop-the-world garbage collection pauses ({@code jdk.GCPhasePause}): every thread waited for these. */
public record GcPauses(long count, long totalNanos, long maxNanos) {
}
