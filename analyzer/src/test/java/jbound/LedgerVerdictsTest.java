package jbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jbound.diagnosis.BlindSpot;
import jbound.diagnosis.Confidence;
import jbound.diagnosis.Evidence;
import jbound.diagnosis.VerdictKind;
import jbound.profile.CpuSource;
import jbound.profile.ThreadLedger;
import jbound.profile.ThreadRole;
import jbound.report.BlindSpotWords;
import jbound.report.VerdictWords;
import jbound.support.Recordings;
import jbound.support.Slow;

/**
 * The traps production recordings set, each made by a real JVM: samples that cover a sliver of
 * the CPU, locks held below the thresholds, remote-management threads and a command reader that
 * wait for work. The verdict must come from the ledger reconciled with the measured CPU.
 */
@Slow
class LedgerVerdictsTest {

    @Test
    void manyComputingThreadsOnTwoCoresAreCpuBoundAndTheSamplesCoverageIsSaid() {
        Analysis analysis = Recordings.analyze(Recordings.of("Oversubscribed", "default", Recordings.javaHome()));

        assertEquals(VerdictKind.CPU_BOUND, analysis.diagnosis().verdict().kind(), () -> describe(analysis));
        Evidence.CpuSourceUsed source = (Evidence.CpuSourceUsed) evidence(analysis, "cpu-source");
        assertTrue(source.sampledCpuNanos() < 0.8 * source.cpuNanos(), () -> "the JDK's sampler takes a few threads per period: " + source);
        assertTrue(VerdictWords.text(source).contains("samples"), () -> VerdictWords.text(source));
    }

    @Test
    void eightComputingThreadsOnTwoCoresAreNotMistakenForALock() {
        Analysis analysis = Recordings.analyze(Recordings.of("Oversubscribed", "default", Recordings.javaHome()));

        assertNotEquals(VerdictKind.LOCK_BOUND, analysis.diagnosis().verdict().kind(), () -> describe(analysis));
        assertTrue(analysis.diagnosis().verdict().evidence().stream().noneMatch(e -> "SUSPECTED_LOCK".equals(e.facts().get("cause"))),
                () -> describe(analysis));
    }

    @Test
    void threadsSerialisedOnAShortSectionAreLockBoundUnderTheJdksDefaultSettings() {
        assertLockBoundBelowTheThreshold(Recordings.analyze(Recordings.of("ShortLocks", "default", Recordings.javaHome())), 20);
    }

    @Test
    void threadsSerialisedOnAShortSectionAreLockBoundUnderTheJdksProfileSettings() {
        assertLockBoundBelowTheThreshold(Recordings.analyze(Recordings.of("ShortLocks", "profile", Recordings.javaHome())), 10);
    }

    /**
     * HotSpot's monitors are not fair: a thread that leaves the section often takes it again at
     * once, so some waits grow past the threshold and are recorded, others stay under it. Either
     * way the verdict is lock-bound; where the recorded waits do not explain the threads' time, the
     * lock is inferred, never HIGH, and the blind spot gives the re-recording that would name it.
     */
    private static void assertLockBoundBelowTheThreshold(Analysis analysis, long thresholdMillis) {
        assertEquals(VerdictKind.LOCK_BOUND, analysis.diagnosis().verdict().kind(), () -> describe(analysis));
        long threshold = thresholdMillis * 1_000_000L;
        assertTrue(analysis.diagnosis().blindSpots().stream().anyMatch(b -> b instanceof BlindSpot.LockThreshold l && l.thresholdNanos() == threshold
                        || b instanceof BlindSpot.ShortLocksInferred s && s.thresholdNanos() == threshold),
                () -> analysis.diagnosis().blindSpots().toString());
        boolean inferred = analysis.diagnosis().verdict().evidence().stream().anyMatch(e -> "SUSPECTED_LOCK".equals(e.facts().get("cause")))
                && analysis.diagnosis().ledger().lockNanos() < analysis.diagnosis().ledger().unseenWorkingNanos();
        if (inferred) {
            assertNotEquals(Confidence.Level.HIGH, analysis.diagnosis().verdict().confidence().level(), "an inferred lock is never HIGH");
            BlindSpot shortLocks = analysis.diagnosis().blindSpots().stream().filter(BlindSpot.ShortLocksInferred.class::isInstance)
                    .findFirst().orElseThrow(() -> new AssertionError(analysis.diagnosis().blindSpots().toString()));
            assertTrue(shortLocks.affectsVerdict());
            assertTrue(BlindSpotWords.cure(shortLocks).words().contains("jdk.JavaMonitorEnter#threshold=1ms"), () -> BlindSpotWords.cure(shortLocks).words());
        } else {
            assertTrue(analysis.profile().offCpu().waitSites().getFirst().method().startsWith("jbound.samples.ShortLocks.lambda$main$"),
                    () -> analysis.profile().offCpu().waitSites().toString());
        }
    }

    @Test
    void anIdleServiceWatchedOverJmxAndReadingStdinIsIdle() {
        Analysis analysis = Recordings.analyze(Recordings.of("RemoteManaged"));

        assertEquals(VerdictKind.IDLE, analysis.diagnosis().verdict().kind(), () -> describe(analysis));
        assertTrue(analysis.profile().threads().stream().anyMatch(t -> t.name().startsWith("RMI TCP") && t.role() == ThreadRole.REMOTE_MANAGEMENT),
                () -> analysis.profile().threads().toString());
        ThreadLedger reader = analysis.profile().threads().stream().filter(t -> t.name().equals("command-reader")).findFirst().orElseThrow();
        assertEquals(0, reader.ioNanos(), () -> "a command reader blocked on stdin waits for work: " + reader);
    }

    /**
     * {@code jdk.ThreadCPULoad} reports a thread only for periods in which it used a millisecond or
     * more: a thread that computed for a while and then waited has few readings, and its CPU is what
     * they add up to, never their average stretched over its life. Measured thread by thread, the
     * threads' CPU then stays within what the whole process was measured to use.
     */
    @ParameterizedTest
    @ValueSource(strings = {"RemoteManaged", "Phases"})
    void threadsBusyOnlyForAWhileAreChargedTheCpuTheyUsedNotTheirAverageOverTheirLife(String sample) {
        Analysis analysis = Recordings.analyze(Recordings.of(sample));

        long process = analysis.profile().process().cpuCoverage().processCpuNanos();
        long measured = analysis.profile().threads().stream().filter(t -> t.cpuSource() == CpuSource.THREAD_CPU_LOAD)
                .mapToLong(ThreadLedger::cpuNanos).sum();
        assertTrue(process > 0, "the JVM's CPU is recorded (jdk.CPULoad)");
        // Slack for the start: the threads' first readings hold CPU from before the process's first
        // reading (in CI a 0.36 s process read 0.74 s of threads); stretching averages gives seconds.
        assertTrue(measured <= 1.2 * process + 500_000_000L,
                () -> "threads " + measured / 1e9 + " s, process " + process / 1e9 + " s: " + describe(analysis));
    }

    /**
     * Hundreds of virtual threads that each compute for microseconds between socket reads: the
     * JDK's sampler rarely catches one, while their carriers' jdk.ThreadCPULoad measures all of it.
     * The application is charged its carriers' CPU (once: the carriers stay out of its ledger), and
     * stays I/O-bound.
     */
    @Test
    void virtualThreadsAreChargedTheCpuTheirCarriersMeasured() {
        Analysis analysis = Recordings.analyze(Recordings.improved("IoBound"));

        long carriers = analysis.profile().threads().stream().filter(t -> t.role() == ThreadRole.CARRIER)
                .mapToLong(ThreadLedger::cpuNanos).sum();
        long sampled = analysis.profile().threads().stream().filter(ThreadLedger::virtual).mapToLong(ThreadLedger::sampledCpuNanos).sum();
        long charged = analysis.profile().threads().stream().filter(ThreadLedger::virtual).mapToLong(ThreadLedger::cpuNanos).sum();
        assertTrue(carriers > 0 && sampled < 0.8 * carriers,
                () -> "carriers " + carriers / 1e9 + " s, virtual threads' samples " + sampled / 1e9 + " s: " + describe(analysis));
        assertTrue(charged >= 0.9 * carriers && charged <= carriers + sampled,
                () -> "virtual threads charged " + charged / 1e9 + " s of their carriers' " + carriers / 1e9 + " s: " + describe(analysis));
        assertTrue(analysis.profile().threads().stream().filter(ThreadLedger::virtual)
                        .anyMatch(t -> t.cpuSource() == CpuSource.CARRIER_CPU_BY_SAMPLES), () -> describe(analysis));
        long process = analysis.profile().process().cpuCoverage().processCpuNanos();
        long application = analysis.profile().applicationThreads().stream().mapToLong(ThreadLedger::cpuNanos).sum();
        assertTrue(application <= 1.2 * process + 500_000_000L, () -> "within the process's CPU: application " + application / 1e9
                + " s, process " + process / 1e9 + " s");
        assertEquals(VerdictKind.IO_BOUND, analysis.diagnosis().verdict().kind(), () -> describe(analysis));
    }

    /**
     * The JDK takes a last jdk.ThreadCPULoad reading as a recording stops, over the time since the
     * period's last one: with the default settings' 10 s period it covers a fraction of a period,
     * and counting it as a whole one doubled a 10 s recording's CPU. A JDK 17 service with default
     * settings: four workers on two cores, their CPU within the process's, and CPU-bound.
     */
    @Test
    void aJdk17ServiceWithDefaultSettingsIsChargedTheCpuItsLastReadingCoversAndIsCpuBound() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Recordings.jdk17() != null, "no JDK 17 on this machine");
        Analysis analysis = Recordings.analyze(Recordings.of("BusyService", "default", Recordings.jdk17()));

        long process = analysis.profile().process().cpuCoverage().processCpuNanos();
        long measured = analysis.profile().threads().stream().filter(t -> t.cpuSource() == CpuSource.THREAD_CPU_LOAD)
                .mapToLong(ThreadLedger::cpuNanos).sum();
        assertTrue(measured <= 1.2 * process + 300_000_000L,
                () -> "threads " + measured / 1e9 + " s, process " + process / 1e9 + " s: " + describe(analysis));
        assertEquals(VerdictKind.CPU_BOUND, analysis.diagnosis().verdict().kind(), () -> describe(analysis));
    }

    @Test
    void theSameServiceWithWorkersComputingIsCpuBound() {
        Analysis analysis = Recordings.analyze(Recordings.of("RemoteManagedBusy"));

        assertEquals(VerdictKind.CPU_BOUND, analysis.diagnosis().verdict().kind(), () -> describe(analysis));
    }

    static Evidence evidence(Analysis analysis, String id) {
        return analysis.diagnosis().verdict().evidence().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no evidence " + id + ": " + describe(analysis)));
    }

    static String describe(Analysis analysis) {
        StringBuilder text = new StringBuilder(analysis.diagnosis().verdict().kind() + " " + analysis.diagnosis().verdict().confidence()
                + "\n" + VerdictWords.headline(analysis.diagnosis().verdict()));
        analysis.diagnosis().verdict().evidence().forEach(e -> text.append("\n  - ").append(VerdictWords.text(e)));
        analysis.profile().applicationThreads().stream().limit(12).forEach(t -> text.append("\n  ").append(t));
        return text.toString();
    }
}
