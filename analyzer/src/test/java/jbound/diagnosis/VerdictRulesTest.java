package jbound.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The verdict rules on hand-written ledgers, at each threshold: no JVM, no recording. Seconds are
 * thread-seconds over a 10 s recording on 2 cores unless a row says otherwise.
 */
class VerdictRulesTest {

    private static final long S = 1_000_000_000L;
    private static final long RECORDING = 10 * S;

    /** A ledger of application threads; {@code working} threads computed at least a tenth of their time. */
    private static TimeLedger ledger(double cpu, double io, double lock, double wait, double unseen, int working) {
        return ledger(cpu, io, lock, wait, unseen, working, unseen);
    }

    /** ...with {@code unseenOfAll} thread-seconds of all threads' time unseen, {@code unseenOfWorking} of it the working threads', over ten threads seen the whole recording. */
    private static TimeLedger ledger(double cpu, double io, double lock, double wait, double unseenOfWorking, int working, double unseenOfAll) {
        return new TimeLedger((long) (cpu * S), (long) (io * S), (long) (lock * S), (long) (wait * S), (long) (unseenOfWorking * S),
                (long) (cpu * S), working, unseenOfWorking > 0 ? working : 0, (long) (unseenOfAll * S), 10 * RECORDING, RECORDING);
    }

    /** An input with measured load; no lock events, the JDK 25 jbound threshold (5 ms), plenty of observations. */
    private static VerdictInput input(TimeLedger ledger, double jvmCores, double saturatedShare) {
        return new VerdictInput(true, ledger, 2, jvmCores, 0, saturatedShare, 0, 0, 5_000_000L, true, 10_000, java.util.List.of());
    }

    @ParameterizedTest(name = "cpu {0} s, io {1} s, lock {2} s -> {3}")
    @CsvSource({
            // at and just past each share threshold of the active time (10 s active)
            "7.0, 3.0, 0.0, CPU_BOUND",
            "6.9, 3.1, 0.0, MIXED",
            "3.0, 7.0, 0.0, IO_BOUND",
            "3.1, 6.9, 0.0, MIXED",
            "2.0, 3.0, 5.0, LOCK_BOUND",
            "2.0, 3.1, 4.9, MIXED",
    })
    void sharesOfTheActiveTimeDecideAtTheirThresholds(double cpu, double io, double lock, VerdictKind expected) {
        VerdictInput in = input(ledger(cpu, io, lock, 0, 0, 1), cpu / 10, 0);
        assertEquals(expected, VerdictRules.decide(in).kind());
    }

    @ParameterizedTest(name = "busy {0} thread-seconds, waiting for work {1} -> {2}")
    @CsvSource({
            "0.49, 0, IDLE",        // 0.049 threads busy: below 0.05
            "0.51, 0, CPU_BOUND",   // just above: it computes, however little
            "2.0, 6.1, IDLE",       // 0.2 busy, waiting for work more than 3x as long: lightly loaded
            "2.0, 5.9, CPU_BOUND",  // ...less than 3x: it does work
            "2.6, 9.0, CPU_BOUND",  // 0.26 busy: past the light-load bound
    })
    void idleIsNoWorkOrLightLoadThatMostlyWaitsForWork(double cpu, double wait, VerdictKind expected) {
        VerdictInput in = input(ledger(cpu, 0, 0, wait, 0, 1), cpu / 10, 0);
        assertEquals(expected, VerdictRules.decide(in).kind());
    }

    @Test
    void unseenTimeOfWorkingThreadsOnAMachineFullOfOtherProcessesIsWaitingForACore() {
        // Two computing threads got 0.9 cores between them; neighbours kept the machine full: the rest of their time, unseen, was the run queue.
        VerdictInput in = new VerdictInput(true, ledger(6.0, 0, 0, 0, 8.0, 2), 2, 0.9, 0, 0.9, 0, 0, 5_000_000L, true, 10_000, java.util.List.of());
        assertTrue(in.machineBusyWithOthers());

        VerdictRules.Decision d = VerdictRules.decide(in);
        assertEquals(VerdictKind.CPU_BOUND, d.kind(), "not mixed with no I/O in sight");
        assertEquals(UnseenCause.WAITING_FOR_A_CORE, d.unseenCause());
        assertEquals(Confidence.Level.LOW, d.confidence().level(), "inferred from the neighbours' load, for most of the deciding time");
    }

    @Test
    void aBusyProcessIsNotCalledIdleWhenItsThreadsLedgerMissedTheCpu() {
        // 200 threads, the sampler caught almost none; the JVM at 1.67 of 2 cores
        VerdictRules.Decision d = VerdictRules.decide(input(ledger(0.1, 0, 0, 0, 0, 0), 1.67, 0.9));
        assertEquals(VerdictKind.CPU_BOUND, d.kind());
        assertTrue(d.disagreements().contains(SourceDisagreement.PROCESS_BUSY_WHILE_IDLE));
        assertNotEquals(Confidence.Level.HIGH, d.confidence().level());
    }

    @Test
    void anIdleApplicationStaysIdleWhereTheJvmsOwnThreadsExplainTheLoad() {
        VerdictInput in = new VerdictInput(true, ledger(0.1, 0, 0, 9, 0, 0), 2, 0.8, 0.7, 0.0, 0, 0, 5_000_000L, true, 10_000, java.util.List.of());
        assertEquals(VerdictKind.IDLE, VerdictRules.decide(in).kind());
    }

    @Test
    void unseenTimeOfWorkingThreadsOnASaturatedMachineIsWaitingForACore() {
        // eight threads on two cores: each computes a quarter of the time, unseen the rest
        VerdictRules.Decision d = VerdictRules.decide(input(ledger(20, 0, 0, 0, 60, 8), 2.0, 1.0));
        assertEquals(VerdictKind.CPU_BOUND, d.kind());
        assertEquals(UnseenCause.WAITING_FOR_A_CORE, d.unseenCause());
        assertEquals(Confidence.Level.HIGH, d.confidence().level());
    }

    @Test
    void aMachineSaturatedByOtherProcessesMakesUnseenTimeALikelyWaitForACoreButNoSureOne() {
        VerdictRules.Decision d = VerdictRules.decide(input(ledger(6, 0, 0, 0, 60, 8), 0.6, 1.0));
        assertEquals(UnseenCause.WAITING_FOR_A_CORE, d.unseenCause());
        assertEquals(Confidence.Level.LOW, d.confidence().level(), "most of the active time is time nobody saw");
    }

    @ParameterizedTest(name = "lock threshold {0} ms, lock events {1}, inflations {2} -> {3}")
    @CsvSource({
            "20, 2, 0, LOCK_BOUND",   // JDK default: a short section's waits hide under 20 ms, two longer ones were recorded
            "10, 1, 0, LOCK_BOUND",   // JDK profile, one longer wait
            "5, 3, 0, LOCK_BOUND",    // a few longer waits were recorded
            "20, 0, 0, MIXED",        // a threshold that could hide waits is a blind spot, no evidence of a lock
            "5, 0, 4, LOCK_BOUND",    // monitors inflated by contention
            "5, 0, 0, MIXED",         // nothing points at a lock: unseen, not a lock
    })
    void unseenTimeOnIdleCoresIsALockOnlyWhereJavaBlockingIsInEvidence(long thresholdMillis, long lockEvents, long inflations,
                                                                 VerdictKind expected) {
        // four threads taking turns: each computes a quarter of the time, unseen the rest, the JVM at one of two cores
        VerdictInput in = new VerdictInput(true, ledger(10, 0, 0, 0, 30, 4), 2, 1.0, 0, 0.0, lockEvents, inflations,
                thresholdMillis * 1_000_000L, true, 10_000, java.util.List.of());
        VerdictRules.Decision d = VerdictRules.decide(in);
        assertEquals(expected, d.kind());
        if (expected == VerdictKind.LOCK_BOUND) {
            assertNotEquals(Confidence.Level.HIGH, d.confidence().level(), "an inferred lock is never HIGH");
        }
    }

    @Test
    void aCpuBoundLedgerThatTheProcessContradictsIsNeverHigh() {
        // samples say 1.5 cores computing, the JVM measured 0.1
        VerdictRules.Decision d = VerdictRules.decide(input(ledger(15, 1, 0, 0, 0, 2), 0.1, 0));
        assertEquals(VerdictKind.CPU_BOUND, d.kind());
        assertTrue(d.disagreements().contains(SourceDisagreement.PROCESS_CPU_BELOW_LEDGER));
        assertNotEquals(Confidence.Level.HIGH, d.confidence().level());
    }

    @Test
    void ioBoundIsConfirmedByALowProcessLoadAndContradictedByAHighOne() {
        VerdictRules.Decision quiet = VerdictRules.decide(input(ledger(1, 39, 0, 0, 0, 0), 0.2, 0));
        assertEquals(VerdictKind.IO_BOUND, quiet.kind());
        assertEquals(Confidence.Level.HIGH, quiet.confidence().level());

        VerdictRules.Decision busy = VerdictRules.decide(input(ledger(1, 39, 0, 0, 0, 0), 3.5, 0));
        assertEquals(VerdictKind.IO_BOUND, busy.kind());
        assertTrue(busy.disagreements().contains(SourceDisagreement.PROCESS_BUSY_FOR_IO));
        assertNotEquals(Confidence.Level.HIGH, busy.confidence().level());
    }

    @Test
    void withoutASecondSourceNoVerdictIsHigh() {
        // no jdk.CPULoad, CPU only from the JDK's samples (nothing measured)
        TimeLedger samplesOnly = new TimeLedger(10 * S, 0, 0, 0, 0, 0, 2, 0, 0, 20 * S, RECORDING);
        VerdictInput in = new VerdictInput(true, samplesOnly, 2, Double.NaN, 0, Double.NaN, 0, 0, -1, false, 10_000, java.util.List.of());
        assertEquals(VerdictKind.CPU_BOUND, VerdictRules.decide(in).kind());
        assertEquals(Confidence.Level.MEDIUM, VerdictRules.decide(in).confidence().level());
    }

    @Test
    void aBlindSpotThatCanOnlyAddTimeOfTheVerdictsOwnKindDoesNotLowerItsConfidence() {
        // I/O-bound at 80 %, with 20 of 100 thread-seconds unseen: room for unrecorded calls
        TimeLedger waiting = ledger(2, 8, 0, 0, 0, 0, 20);
        double clear = VerdictRules.decide(blindTo(waiting, java.util.List.of())).confidence().score();
        double hidingIo = VerdictRules.decide(blindTo(waiting, java.util.List.of(VerdictKind.IO_BOUND))).confidence().score();
        double hidingLocks = VerdictRules.decide(blindTo(waiting, java.util.List.of(VerdictKind.LOCK_BOUND))).confidence().score();
        assertEquals(clear, hidingIo, "short I/O calls unrecorded can only make an I/O-bound recording more so");
        assertEquals(clear - VerdictRules.BLIND_SPOT_PENALTY, hidingLocks, 0.011, "hidden lock waits could make it lock-bound");
    }

    @Test
    void aBlindSpotThatHidesEventsCannotLowerTheConfidenceWhereNoTimeIsLeftToHideThem() {
        TimeLedger accountedFor = ledger(2, 8, 0, 0, 0, 0, 0.5);
        double clear = VerdictRules.decide(blindTo(accountedFor, java.util.List.of())).confidence().score();
        assertEquals(clear, VerdictRules.decide(blindTo(accountedFor, java.util.List.of(VerdictKind.LOCK_BOUND))).confidence().score(),
                "lock waits under the threshold would have had to happen in time spent otherwise");
        assertEquals(clear - VerdictRules.BLIND_SPOT_PENALTY,
                VerdictRules.decide(blindTo(accountedFor, java.util.List.of(VerdictKind.UNKNOWN))).confidence().score(), 0.011,
                "an unreadable part of the file can hide anything");
    }

    private static VerdictInput blindTo(TimeLedger ledger, java.util.List<VerdictKind> hidden) {
        return new VerdictInput(true, ledger, 2, 0.2, 0, 0, 0, 0, 5_000_000L, true, 10_000, hidden);
    }

    @Test
    void aMixedVerdictIsHighOnlyWhereTheProcessConfirmsItsComputingPart() {
        TimeLedger halfAndHalf = new TimeLedger(5 * S, 5 * S, 0, 0, 0, 0, 1, 0, 0, 10 * S, RECORDING);
        VerdictInput confirmed = new VerdictInput(true, halfAndHalf, 2, 0.5, 0, 0, 0, 0, 5_000_000L, true, 10_000, java.util.List.of());
        VerdictInput unmeasured = new VerdictInput(true, halfAndHalf, 2, Double.NaN, 0, Double.NaN, 0, 0, 5_000_000L, true, 10_000, java.util.List.of());
        assertEquals(VerdictKind.MIXED, VerdictRules.decide(confirmed).kind());
        assertEquals(Confidence.Level.HIGH, VerdictRules.decide(confirmed).confidence().level());
        assertEquals(Confidence.Level.MEDIUM, VerdictRules.decide(unmeasured).confidence().level());
    }

    @Test
    void nothingThatShowsCpuIsUnknown() {
        VerdictInput in = new VerdictInput(false, ledger(0, 5, 0, 0, 0, 0), 2, Double.NaN, 0, Double.NaN, 0, 0, -1, true, 100, java.util.List.of());
        assertEquals(VerdictKind.UNKNOWN, VerdictRules.decide(in).kind());
    }

    @Test
    void fewObservationsCapTheConfidenceBelowHigh() {
        VerdictInput in = new VerdictInput(true, ledger(10, 0, 0, 0, 0, 1), 2, 1.0, 0, 0, 0, 0, 5_000_000L, true, 49, java.util.List.of());
        assertEquals(Confidence.Level.MEDIUM, VerdictRules.decide(in).confidence().level());
    }
}
