package jbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import jbound.diagnosis.VerdictKind;
import jbound.profile.CpuSource;
import jbound.support.Recordings;
import jbound.support.Slow;

/**
 * Recordings written by async-profiler (its Maven Central jar's agent), in the modes people use:
 * CPU samples, wall-clock samples of every thread in any state, lock events, and merged with the
 * JDK's own events ({@code jfrsync}). A wall sample of a sleeping thread is not CPU.
 */
@Slow
class AsyncProfilerVerdictsTest {

    @Test
    void cpuModeOfTheCpuSampleIsCpuBoundFromTheProfilersOwnSamples() {
        Analysis analysis = Recordings.analyze(Recordings.withAsyncProfiler("CpuBound", "event=cpu"));

        assertEquals(VerdictKind.CPU_BOUND, analysis.diagnosis().verdict().kind(), () -> LedgerVerdictsTest.describe(analysis));
        assertEquals("jbound.samples.CpuBound.sumOfSquares(double[])", analysis.profile().samples().hotMethods().getFirst().method());
        assertTrue(analysis.profile().recording().writers().contains("async-profiler"));
        var crunchers = analysis.profile().applicationThreads().stream().filter(t -> t.name().startsWith("cruncher")).toList();
        assertTrue(!crunchers.isEmpty(), () -> analysis.profile().threads().toString());
        assertTrue(crunchers.stream().allMatch(t -> t.cpuSource() == CpuSource.PROFILER_CPU_SAMPLES), crunchers::toString);
    }

    @Test
    void wallModeOfTheCpuSampleIsCpuBound() {
        Analysis analysis = Recordings.analyze(Recordings.withAsyncProfiler("CpuBound", "event=wall"));

        assertEquals(VerdictKind.CPU_BOUND, analysis.diagnosis().verdict().kind(), () -> LedgerVerdictsTest.describe(analysis));
    }

    @Test
    void wallModeOfTheIoSampleIsIoBoundFromTheSleepingThreadsStacks() {
        Analysis analysis = Recordings.analyze(Recordings.withAsyncProfiler("IoBound", "event=wall"));

        assertEquals(VerdictKind.IO_BOUND, analysis.diagnosis().verdict().kind(), () -> LedgerVerdictsTest.describe(analysis));
        assertTrue(analysis.profile().samples().wallHotMethods().stream().anyMatch(m -> m.method().equals("jbound.samples.BackendClient.request(int)")
                && m.totalPercent() > 20), () -> analysis.profile().samples().wallHotMethods().subList(0, 5).toString());
    }

    @Test
    void wallModeOfTheMixedSampleIsMixed() {
        Analysis analysis = Recordings.analyze(Recordings.withAsyncProfiler("Mixed", "event=wall"));

        assertEquals(VerdictKind.MIXED, analysis.diagnosis().verdict().kind(), () -> LedgerVerdictsTest.describe(analysis));
    }

    @Test
    void wallModeOfTheIdleSampleIsIdle() {
        Analysis analysis = Recordings.analyze(Recordings.withAsyncProfiler("Idle", "event=wall"));

        assertEquals(VerdictKind.IDLE, analysis.diagnosis().verdict().kind(), () -> LedgerVerdictsTest.describe(analysis));
    }

    @Test
    void lockModeOfTheLockSampleIsLockBoundOnTheLedgerMonitor() {
        Analysis analysis = Recordings.analyze(Recordings.withAsyncProfiler("LockContended", "event=cpu,lock=1ms"));

        assertEquals(VerdictKind.LOCK_BOUND, analysis.diagnosis().verdict().kind(), () -> LedgerVerdictsTest.describe(analysis));
        assertEquals("jbound.samples.LockContended$Ledger.post(long)", analysis.profile().offCpu().waitSites().getFirst().method());
    }

    @Test
    void jfrsyncOfTheIoSampleIsIoBoundWithTheJdksSocketEvents() {
        Analysis analysis = Recordings.analyze(Recordings.withAsyncProfiler("IoBound", "event=cpu,jfrsync=profile"));

        assertEquals(VerdictKind.IO_BOUND, analysis.diagnosis().verdict().kind(), () -> LedgerVerdictsTest.describe(analysis));
        assertTrue(analysis.profile().recording().writers().containsAll(java.util.List.of("the JDK's Flight Recorder", "async-profiler")),
                () -> analysis.profile().recording().writers().toString());
        assertEquals("jbound.samples.BackendClient.request(int)", analysis.profile().offCpu().ioByMethod().getFirst().method());
    }
}
