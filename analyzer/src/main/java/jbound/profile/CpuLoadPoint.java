package jbound.profile;

/**
 * One {@code jdk.CPULoad} reading, in cores (the JDK reports shares of the whole machine; times
 * the hardware threads gives cores).
 *
 * @param offsetMillis since the start of the recording
 */
public record CpuLoadPoint(long offsetMillis, double jvmUserCores, double jvmSystemCores, double machineCores) {

    public double jvmCores() {
        return jvmUserCores + jvmSystemCores;
    }
}
