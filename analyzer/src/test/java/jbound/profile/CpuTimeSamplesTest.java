package jbound.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

import jbound.Analysis;
import jbound.support.Recordings;
import jbound.support.Slow;

/** JDK 25's CPU-time sampler, where enabled, gives a hot-method list of its own. */
@Slow
class CpuTimeSamplesTest {

    @Test
    void cpuTimeSamplesNameTheSameHotspotAsExecutionSamples() {
        assumeTrue(Runtime.version().feature() >= 25, "jdk.CPUTimeSample needs JDK 25");
        Analysis analysis = Recordings.analyze(Recordings.of("CpuBound", "jbound,jdk.CPUTimeSample#enabled=true", Recordings.javaHome()));

        assumeTrue(!analysis.profile().samples().cpuTimeHotMethods().isEmpty(), "this kernel gave the CPU-time sampler no samples");
        assertEquals("jbound.samples.CpuBound.sumOfSquares(double[])", analysis.profile().samples().cpuTimeHotMethods().getFirst().method());
    }
}
