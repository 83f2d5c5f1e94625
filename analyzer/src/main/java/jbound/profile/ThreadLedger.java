package jbound.profile;

/**
 * Where one thread's time went over the time it was seen, each figure from the best evidence the
 * recording holds: on CPU, in I/O, blocked on locks, waiting for work, stopped by the JVM (its
 * stop-the-world pauses), and unseen — the time no event or sample explains (runnable
 * waiting for a core, or blocked below the thresholds). The six add up to {@code observedNanos}.
 *
 * <p>Two parts of the I/O are waits that no socket or file event of the thread's shows:
 * {@code remoteCallNanos}, parked under a client's blocking call while another thread received
 * the reply ({@link RemoteClients}; of it {@code inferredRemoteNanos} from futures the application
 * waited on while event loops ran), and {@code nativeBlockedNanos}, time in native code its
 * measured CPU does not cover (a JNI call waiting on the disk).
 *
 * @param cpuSource        where {@code cpuNanos} comes from
 * @param sampledCpuNanos  what the CPU samples alone said (samples × their period), to set beside a measured figure
 * @param measuredCpuCores average CPU in cores from {@code jdk.ThreadCPULoad}; NaN without readings
 * @param wallSamples      wall-clock samples of the thread (async-profiler, Datadog)
 * @param firstSeenNanos   when the thread was first seen (clock nanoseconds); it was seen for {@code observedNanos} from then
 * @param stoppedNanos     time within the JVM's stop-the-world pauses (GC) that nothing else accounts for
 */
public record ThreadLedger(String name, boolean virtual, ThreadRole role, long observedNanos,
                           long cpuNanos, CpuSource cpuSource, long ioNanos, long lockNanos, long waitNanos, long unseenNanos,
                           long executionSamples, long nativeSamples, long nativeIoSamples, long wallSamples,
                           long sampledCpuNanos, double measuredCpuCores, long firstSeenNanos,
                           long remoteCallNanos, long inferredRemoteNanos, long nativeBlockedNanos, long stoppedNanos) {

    /** A JVM or remote-management thread, left out of the verdict. */
    public boolean infrastructure() {
        return role != ThreadRole.APPLICATION;
    }

    /** Time this thread was busy in a way that could be the bottleneck: computing, in I/O, blocked on a lock, or stopped by the JVM. */
    public long activeNanos() {
        return cpuNanos + ioNanos + lockNanos + stoppedNanos;
    }

    public double share(long part) {
        return observedNanos <= 0 ? 0 : (double) part / observedNanos;
    }

    /** How much of a core the thread used over its observed time. */
    public double cpuCores() {
        return share(cpuNanos);
    }

    /** The same thread with {@code nanos} less CPU and as much less time seen: CPU it was charged for outside the recording. */
    ThreadLedger withoutCpu(long nanos) {
        long removed = Math.min(nanos, cpuNanos);
        double cores = observedNanos - removed > 0 && !Double.isNaN(measuredCpuCores)
                ? (double) (cpuNanos - removed) / (observedNanos - removed) : measuredCpuCores;
        return new ThreadLedger(name, virtual, role, observedNanos - removed, cpuNanos - removed, cpuSource, ioNanos, lockNanos, waitNanos,
                unseenNanos, executionSamples, nativeSamples, nativeIoSamples, wallSamples, sampledCpuNanos, cores,
                Saturating.add(firstSeenNanos, removed), remoteCallNanos, inferredRemoteNanos, nativeBlockedNanos, stoppedNanos);
    }

    ThreadLedger withCpu(long cpu, CpuSource source, long unseen) {
        return new ThreadLedger(name, virtual, role, observedNanos, cpu, source, ioNanos, lockNanos, waitNanos, unseen,
                executionSamples, nativeSamples, nativeIoSamples, wallSamples, sampledCpuNanos, measuredCpuCores, firstSeenNanos,
                remoteCallNanos, inferredRemoteNanos, nativeBlockedNanos, stoppedNanos);
    }
}
