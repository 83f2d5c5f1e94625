package jbound.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import jbound.Analysis;
import jbound.support.Recordings;
import jbound.support.Slow;

/** Recordings made with less than jbound needs say what they could not see, and never guess. */
@Slow
class WhatTheRecordingCannotSeeTest {

    @Test
    void recordingWithNothingThatShowsCpuIsUnknownAndNamesTheMissingEvent() {
        Analysis analysis = Recordings.analyze(Recordings.of("CpuBound", "jbound,jdk.ExecutionSample#enabled=false,"
                + "jdk.NativeMethodSample#enabled=false,jdk.CPULoad#enabled=false,jdk.ThreadCPULoad#enabled=false", Recordings.javaHome()));

        Verdict verdict = analysis.diagnosis().verdict();
        assertEquals(VerdictKind.UNKNOWN, verdict.kind(), verdict::toString);
        assertTrue(verdict.headline().contains("jdk.ExecutionSample"), verdict.headline());
        assertTrue(analysis.diagnosis().blindSpots().stream().anyMatch(b -> b.id().equals("no-cpu-samples")),
                () -> analysis.diagnosis().blindSpots().toString());
    }

    @Test
    void withoutCpuSamplesTheMeasuredThreadCpuStillDecidesAndTheMissingSamplesAreNamed() {
        Analysis analysis = Recordings.analyze(Recordings.of("CpuBound", "jbound,jdk.ExecutionSample#enabled=false", Recordings.javaHome()));

        assertEquals(VerdictKind.CPU_BOUND, analysis.diagnosis().verdict().kind(), () -> analysis.diagnosis().verdict().toString());
        var crunchers = analysis.profile().applicationThreads().stream().filter(t -> t.name().startsWith("cruncher")).toList();
        assertTrue(!crunchers.isEmpty(), () -> analysis.profile().threads().toString());
        assertTrue(crunchers.stream().allMatch(t -> t.cpuSource() == jbound.profile.CpuSource.THREAD_CPU_LOAD), crunchers::toString);
        assertTrue(analysis.diagnosis().blindSpots().stream().anyMatch(b -> b.id().equals("no-cpu-samples")),
                () -> analysis.diagnosis().blindSpots().toString());
    }

    @Test
    void defaultSettingsOfJdk25HideShortFileForcesAndSaySo() {
        Analysis analysis = Recordings.analyze(Recordings.of("IoBound", "default", Recordings.javaHome()));

        assertEquals(VerdictKind.IO_BOUND, analysis.diagnosis().verdict().kind());
        assertTrue(analysis.diagnosis().blindSpots().stream()
                        .anyMatch(b -> b.what().equals("jdk.FileForce calls shorter than 20 ms were not recorded") && b.affectsVerdict()),
                () -> analysis.diagnosis().blindSpots().toString());
    }

    @Test
    void withoutSocketEventsThreadsInNativeSocketCodeStillShowTheWaiting() {
        Analysis analysis = Recordings.analyze(Recordings.of("IoBound",
                "jbound,jdk.SocketRead#enabled=false,jdk.SocketWrite#enabled=false", Recordings.javaHome()));

        assertEquals(VerdictKind.IO_BOUND, analysis.diagnosis().verdict().kind(), () -> analysis.diagnosis().toString());
        assertTrue(analysis.profile().offCpu().ioSites().stream().noneMatch(s -> s.kind().isSocket()));
        assertTrue(analysis.diagnosis().blindSpots().stream().anyMatch(b -> b.id().equals("io-only-in-native-samples")),
                () -> analysis.diagnosis().blindSpots().toString());
        assertTrue(analysis.diagnosis().blindSpots().stream().anyMatch(b -> b.what().equals("jdk.SocketRead was not recorded")));
    }

    @Test
    void jdk17DefaultRecordingIsReadAlikeAndItsTwentyMillisecondThresholdIsNamed() {
        Path jdk17 = Recordings.jdk17();
        assumeTrue(jdk17 != null, "no JDK 17 on this machine");
        Analysis analysis = Recordings.analyze(Recordings.of("IoBound", "default", jdk17));

        assertEquals(VerdictKind.IO_BOUND, analysis.diagnosis().verdict().kind(), () -> analysis.diagnosis().toString());
        assertEquals("jbound.samples.BackendClient.request(int)", analysis.profile().offCpu().ioByMethod().getFirst().method());
        assertTrue(analysis.diagnosis().blindSpots().stream()
                .anyMatch(b -> b.what().equals("Socket I/O calls shorter than 20 ms were not recorded")),
                () -> analysis.diagnosis().blindSpots().toString());
    }
}
