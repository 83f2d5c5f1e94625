package jbound.diagnosis;

/**
 * The figures a piece of advice is argued from, as the recording measured them.
 *
 * @param cores                 the machine's hardware threads
 * @param jvmCores              the cores this JVM used on average (jdk.CPULoad); 0 where unmeasured
 * @param machineCores          the cores the whole machine used on average
 * @param virtualThreadIo       most of the application's I/O time was on virtual threads
 * @param samplerPeriodNanos    the CPU sampler's period; 0 where unknown
 * @param compilerShareOfJvmCpu the JIT compilers' share of the JVM's CPU; NaN where unknown
 * @param gcPauseShareOfTime    the GC pauses' share of the recording's time
 * @param longestGcPauseNanos   the longest GC pause
 */
public record AdviceFigures(int cores, double jvmCores, double machineCores, boolean virtualThreadIo, long samplerPeriodNanos,
                            double compilerShareOfJvmCpu, double gcPauseShareOfTime, long longestGcPauseNanos) {
}
