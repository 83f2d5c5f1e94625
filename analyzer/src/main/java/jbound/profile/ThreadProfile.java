package jbound.profile;

/**
 * How one thread spent the time it was seen, as far as the recording tells.
 *
 * @param infrastructure    a JVM or JFR housekeeping thread, left out of the verdict
 * @param cpuNanos          on-CPU time estimated from execution samples × sampling period
 * @param ioEventNanos      summed durations of its socket and file I/O events
 * @param ioNanos           I/O time: the larger of the events' sum and native samples in I/O code × their period
 *                          (both undercount, so the larger is the better lower bound)
 * @param lockNanos         blocked on monitors and {@code java.util.concurrent} locks
 * @param waitNanos         waiting for work or a condition (Object.wait, park)
 * @param observedNanos     from the first to the last moment it was seen
 * @param measuredCpuCores  its average CPU in cores from {@code jdk.ThreadCPULoad} (real CPU time, not samples); NaN without readings
 */
public record ThreadProfile(String name, boolean virtual, boolean infrastructure,
                            long executionSamples, long nativeSamples, long nativeIoSamples,
                            long cpuNanos, long ioEventNanos, long ioNanos, long lockNanos, long waitNanos, long sleepNanos,
                            long observedNanos, double measuredCpuCores) {

    /** Time this thread was busy in a way that could be the bottleneck: computing, in I/O, or blocked on a lock. */
    public long activeNanos() {
        return cpuNanos + ioNanos + lockNanos;
    }
}
