package jbound.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import jbound.Analysis;
import jbound.report.VerdictWords;
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
        assertEquals(Headline.Form.NO_CPU_EVIDENCE, verdict.headline().form(), verdict::toString);
        assertEquals(List.of(new Evidence.NoCpuEvidence()), verdict.evidence());
        assertTrue(VerdictWords.headline(verdict).contains("jdk.ExecutionSample"), () -> VerdictWords.headline(verdict));
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
                        .anyMatch(b -> b.equals(new BlindSpot.IoThreshold(BlindSpot.IoKind.FILE, List.of("jdk.FileForce"), false, 20_000_000L))
                                && b.affectsVerdict()),
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
        assertTrue(analysis.diagnosis().blindSpots().contains(new BlindSpot.EventDisabled("jdk.SocketRead", BlindSpot.IoKind.SOCKET)),
                () -> analysis.diagnosis().blindSpots().toString());
    }

    @Test
    void jdk17DefaultRecordingIsReadAlikeAndItsTwentyMillisecondThresholdIsNamed() {
        Path jdk17 = Recordings.jdk17();
        assumeTrue(jdk17 != null, "no JDK 17 on this machine");
        Analysis analysis = Recordings.analyze(Recordings.of("IoBound", "default", jdk17));

        assertEquals(VerdictKind.IO_BOUND, analysis.diagnosis().verdict().kind(), () -> analysis.diagnosis().toString());
        assertEquals("jbound.samples.BackendClient.request(int)", analysis.profile().offCpu().ioByMethod().getFirst().method());
        assertTrue(analysis.diagnosis().blindSpots().stream()
                .anyMatch(b -> b instanceof BlindSpot.IoThreshold t && t.kind() == BlindSpot.IoKind.SOCKET && t.allOfKind()
                        && t.thresholdNanos() == 20_000_000L),
                () -> analysis.diagnosis().blindSpots().toString());
    }
}
