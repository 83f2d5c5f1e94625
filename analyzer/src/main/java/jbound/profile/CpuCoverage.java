package jbound.profile;

/**
 * How much of the process's measured CPU the samples account for.
 *
 * @param processCpuNanos  the JVM's CPU over the recording by {@code jdk.CPULoad}; -1 where not recorded
 * @param sampledCpuNanos  CPU samples × their period, over every thread
 * @param measuredThreadCpuNanos CPU of threads measured on their own (jdk.ThreadCPULoad, CPU-time or profiler samples)
 * @param samplesScaledUp  whether threads' sampled CPU was raised to the process's measurement
 */
public record CpuCoverage(long processCpuNanos, long sampledCpuNanos, long measuredThreadCpuNanos, boolean samplesScaledUp) {

    /** The samples' CPU as a share of the process's; NaN where the process's is unknown or zero. */
    public double sampleCoverage() {
        return processCpuNanos <= 0 ? Double.NaN : (double) sampledCpuNanos / processCpuNanos;
    }
}
