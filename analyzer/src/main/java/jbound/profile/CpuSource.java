package jbound.profile;

/** Where a thread's CPU figure comes from, best first. Samples say where CPU went; only some say how much. */
public enum CpuSource {
    /** {@code jdk.ThreadCPULoad}: the thread's CPU time as the operating system measured it. */
    THREAD_CPU_LOAD,
    /** {@code jdk.CPUTimeSample} (JDK 25): one sample per interval of the thread's CPU time. */
    CPU_TIME_SAMPLES,
    /** async-profiler (cpu, itimer) or Datadog CPU samples: one per interval of CPU time, every thread. */
    PROFILER_CPU_SAMPLES,
    /** Wall-clock samples: the share of them that found the thread running, times the time it was seen. */
    WALL_SAMPLES,
    /**
     * The process's measured CPU ({@code jdk.CPULoad}) shared out over threads by their samples:
     * the JDK's sampler takes only a few threads per period, so its samples undercount CPU.
     */
    PROCESS_CPU_BY_SAMPLES,
    /**
     * A virtual thread's share of its carriers' measured CPU ({@code jdk.ThreadCPULoad} of the
     * JDK's scheduler threads), by its samples and its unseen time: a virtual thread has no reading
     * of its own, and one that runs for microseconds between waits is rarely sampled.
     */
    CARRIER_CPU_BY_SAMPLES,
    /** The JDK's execution samples times their period: a lower bound where many threads run. */
    EXECUTION_SAMPLES,
    /** Nothing says. */
    NONE
}
