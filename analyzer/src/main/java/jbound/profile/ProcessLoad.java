package jbound.profile;

import java.util.List;

/**
 * The process's and the machine's CPU over the recording, from {@code jdk.CPULoad}: the
 * independent measurement that the per-thread ledger is reconciled with.
 *
 * @param readings          how many {@code jdk.CPULoad} readings there were; 0 means nothing here is known
 * @param meanJvmCores      the JVM's CPU, in cores, averaged over the readings
 * @param meanMachineCores  the whole machine's CPU, in cores
 * @param saturatedShare    share of readings where the machine was saturated (at least {@value #SATURATED_SHARE_OF_CORES} of its cores busy)
 * @param cores             hardware threads, from {@code jdk.CPUInformation}; 0 where unknown
 */
public record ProcessLoad(int readings, double meanJvmCores, double meanMachineCores, double saturatedShare, int cores,
                          long processCpuNanos) {

    /** A machine this busy has no core free: threads that could run wait for one. */
    public static final double SATURATED_SHARE_OF_CORES = 0.9;

    public static ProcessLoad of(List<CpuLoadPoint> points, int cores, long durationNanos) {
        if (points.isEmpty()) {
            return new ProcessLoad(0, Double.NaN, Double.NaN, Double.NaN, cores, -1);
        }
        double jvm = 0;
        double machine = 0;
        int saturated = 0;
        for (CpuLoadPoint p : points) {
            jvm += p.jvmCores();
            machine += p.machineCores();
            if (cores > 0 && p.machineCores() >= SATURATED_SHARE_OF_CORES * cores) {
                saturated++;
            }
        }
        double meanJvm = jvm / points.size();
        return new ProcessLoad(points.size(), meanJvm, machine / points.size(), (double) saturated / points.size(), cores,
                (long) (meanJvm * durationNanos));
    }

    public boolean known() {
        return readings > 0;
    }

    /** Load readings that must find the machine saturated before it is called full. */
    public static final double SATURATED_READINGS_SHARE = 0.5;

    /** Whether the machine's cores were full (by anyone) in at least half the readings. */
    public boolean machineFull() {
        return known() && saturatedShare >= SATURATED_READINGS_SHARE;
    }
}
