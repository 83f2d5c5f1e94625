package jbound.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The JVM's and the machine's CPU load as {@code jdk.CPULoad} read it, each reading a share of all hardware threads. */
final class CpuLoadReadings implements Merging<CpuLoadReadings> {

    private record Reading(long timeNanos, double jvmUser, double jvmSystem, double machineTotal) {
    }

    private final List<Reading> readings = new ArrayList<>();

    void add(long timeNanos, double jvmUser, double jvmSystem, double machineTotal) {
        readings.add(new Reading(timeNanos, jvmUser, jvmSystem, machineTotal));
    }

    @Override
    public void merge(CpuLoadReadings other, Remap numbers) {
        readings.addAll(other.readings);
    }

    /** The readings in time order, in cores, at milliseconds from the recording's start. */
    List<CpuLoadPoint> points(long startNanos, int cores) {
        return readings.stream()
                .sorted(Comparator.comparingLong(Reading::timeNanos))
                .map(r -> new CpuLoadPoint((r.timeNanos() - startNanos) / 1_000_000L, r.jvmUser() * cores, r.jvmSystem() * cores,
                        r.machineTotal() * cores))
                .toList();
    }
}
