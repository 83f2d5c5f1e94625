package jbound.profile;

import java.util.List;

/**
 * The process beside its threads: the JVM's and the machine's CPU from {@code jdk.CPULoad},
 * summed and over time, how much of it the samples cover, and the GC's stop-the-world pauses.
 */
public record ProcessView(ProcessLoad load, CpuCoverage cpuCoverage, List<CpuLoadPoint> cpuLoad, GcPauses gcPauses) {
}
