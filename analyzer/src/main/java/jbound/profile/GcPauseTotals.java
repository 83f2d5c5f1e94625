package jbound.profile;

/** The collector's stop-the-world pauses as read: how many, how long in all, the longest. */
final class GcPauseTotals implements Merging<GcPauseTotals> {

    private long count;
    private long nanos;
    private long maxNanos;

    void add(long durationNanos) {
        count++;
        nanos += durationNanos;
        maxNanos = Math.max(maxNanos, durationNanos);
    }

    @Override
    public void merge(GcPauseTotals other, Remap numbers) {
        count += other.count;
        nanos += other.nanos;
        maxNanos = Math.max(maxNanos, other.maxNanos);
    }

    /** @param stoppedNanos the time every thread stood stopped, GC pauses and safepoints counted once */
    GcPauses summary(long stoppedNanos) {
        return new GcPauses(count, nanos, maxNanos, stoppedNanos);
    }
}
