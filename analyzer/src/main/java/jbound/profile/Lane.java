package jbound.profile;

/**
 * A lane of the recording's time axis: one thread, a pool of threads named alike, or all virtual
 * threads; what its threads did in each bucket of the {@link Timeline}, in thread-nanoseconds.
 * {@code aliveByBucket} is the time its threads were alive in each bucket (from the first to the last
 * moment any event saw each), the others the parts of it on CPU, in I/O, on locks, waiting for
 * work and stopped by the JVM's pauses (placed where the pauses were); what is left of {@code alive} is unseen. Each kind adds up to the lane's ledger.
 *
 * @param name            the thread's own name for a lane of one, else the pattern
 * @param pattern         the name with its last number as {@code *}, or "virtual threads"
 * @param firstSeenMillis when the lane's first thread was first seen, from the recording's start
 * @param lastSeenMillis  when its last thread was last seen
 * @param minCpuCores     the least CPU, in cores over its own lifetime, of any of its threads; median and max alike
 */
public record Lane(String name, String pattern, boolean virtual, ThreadRole role, int threads, long firstSeenMillis,
                   long lastSeenMillis, long cpuNanos, long ioNanos, long lockNanos, long waitNanos, long unseenNanos,
                   long stoppedNanos, double minCpuCores, double medianCpuCores, double maxCpuCores,
                   long[] aliveByBucket, long[] cpuByBucket, long[] ioByBucket, long[] lockByBucket, long[] waitByBucket,
                   long[] stoppedByBucket) {

    /** How threads are grouped into lanes, for the reader of the JSON. */
    public static final String GROUPED_BY = "a pool is the threads whose names are the same but for their last number "
            + "(worker-3, worker-17: worker-*); all virtual threads are one lane; threads past " + ThreadLanes.MAX_LANES
            + " lanes share one, \"" + ThreadLanes.OTHER_THREADS + "\"";

    public long activeNanos() {
        return cpuNanos + ioNanos + lockNanos + stoppedNanos;
    }

    public boolean infrastructure() {
        return role != ThreadRole.APPLICATION;
    }
}
