package jbound.profile;

import java.util.List;

/**
 * The process beside its threads: the JVM's and the machine's CPU from {@code jdk.CPULoad},
 * summed and over time, how much of it the samples cover, the GC's stop-the-world pauses, and
 * the application's sampled allocation that gives the collector its work.
 *
 * @param allocations by application method, most bytes first; empty where allocation was not sampled
 */
public record ProcessView(ProcessLoad load, CpuCoverage cpuCoverage, List<CpuLoadPoint> cpuLoad, GcPauses gcPauses,
                          List<AllocationSite> allocations) {
}
