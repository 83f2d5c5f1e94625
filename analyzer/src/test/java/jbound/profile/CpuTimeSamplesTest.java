package jbound.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import jbound.Analysis;
import jbound.support.Recordings;
import jbound.support.Slow;
import jdk.jfr.consumer.RecordingFile;

/** JDK 25's CPU-time sampler, where enabled, gives a hot-method list of its own. */
@Slow
class CpuTimeSamplesTest {

    @Test
    void cpuTimeSamplesNameTheSameHotspotAsExecutionSamples() throws IOException {
        assumeTrue(Runtime.version().feature() >= 25, "jdk.CPUTimeSample needs JDK 25");
        Path recording = Recordings.of("CpuBound", "jbound,jdk.CPUTimeSample#enabled=true", Recordings.javaHome());
        // Whether the kernel gave the sampler anything is read from the file itself, never from jbound's answer.
        long written = cpuTimeSamplesIn(recording);
        assumeTrue(written > 0, "this kernel gave the CPU-time sampler no samples (the recording holds no jdk.CPUTimeSample)");

        Analysis analysis = Recordings.analyze(recording);

        assertEquals(java.util.List.of(), analysis.profile().recording().readIssues(), "every sample reads");
        assertEquals(written, analysis.profile().recording().count(jbound.recording.EventCatalog.CPU_TIME_SAMPLE));
        assertEquals("jbound.samples.CpuBound.sumOfSquares(double[])", analysis.profile().samples().cpuTimeHotMethods().getFirst().method());
    }

    private static long cpuTimeSamplesIn(Path recording) throws IOException {
        long count = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                if (file.readEvent().getEventType().getName().equals("jdk.CPUTimeSample")) {
                    count++;
                }
            }
        }
        return count;
    }
}
