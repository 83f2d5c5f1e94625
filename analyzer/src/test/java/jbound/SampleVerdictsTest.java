package jbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jbound.diagnosis.AdvicePlace;
import jbound.diagnosis.Confidence;
import jbound.diagnosis.Phase;
import jbound.diagnosis.Remedy;
import jbound.diagnosis.TopCause;
import jbound.diagnosis.VerdictKind;
import jbound.profile.IoSite;
import jbound.profile.WaitCategory;
import jbound.profile.WaitSite;
import jbound.recording.EventCatalog;
import jbound.support.Recordings;
import jbound.support.Slow;

/** Each sample, recorded by a real JVM, gets the verdict it was written to provoke, and the right methods named. */
@Slow
class SampleVerdictsTest {

    @Test
    void cpuBoundSampleIsDiagnosedAsCpuBoundWithItsHotMethodOnTop() {
        Analysis analysis = Recordings.analyze(Recordings.of("CpuBound"));

        assertEquals(VerdictKind.CPU_BOUND, analysis.diagnosis().verdict().kind(), () -> describe(analysis));
        assertEquals("jbound.samples.CpuBound.sumOfSquares(double[])", analysis.profile().samples().hotMethods().getFirst().method());
        assertTrue(analysis.profile().samples().hotMethods().getFirst().selfPercent() > 80);
        assertTrue(analysis.diagnosis().load().meanCores() > 1.0, "two workers should keep more than one core busy");
        assertEquals(Phase.CauseKind.CPU, analysis.diagnosis().topCause().kind());
        assertEquals("jbound.samples.CpuBound.sumOfSquares(double[])", analysis.diagnosis().topCause().method(), "named on the first screen");
    }

    @Test
    void ioBoundSampleIsDiagnosedAsIoBound() {
        Analysis analysis = Recordings.analyze(Recordings.of("IoBound"));

        assertEquals(VerdictKind.IO_BOUND, analysis.diagnosis().verdict().kind(), () -> describe(analysis));
        assertEquals(Confidence.Level.HIGH, analysis.diagnosis().verdict().confidence().level(), () -> describe(analysis));
    }

    @Test
    void socketReadsAreChargedToTheClientMethodAndTheBackendAddress() {
        Analysis analysis = Recordings.analyze(Recordings.of("IoBound"));

        IoSite reads = analysis.profile().offCpu().ioByMethod().stream()
                .filter(s -> s.kind() == EventCatalog.SOCKET_READ).findFirst().orElseThrow();
        assertEquals("jbound.samples.BackendClient.request(int)", reads.method());
        assertTrue(reads.target().matches("(localhost|127\\.0\\.0\\.1):\\d+"), reads.target());
        assertTrue(reads.topFrame().startsWith("sun.") || reads.topFrame().startsWith("java."),
                "the raw top frame is the JDK's: " + reads.topFrame());
        assertTrue(reads.bytes() > 0);
        // four clients waiting 50 ms a reply for the whole run: far more than a second of waiting each
        assertTrue(reads.totalNanos() > 4 * 1_000_000_000L, "socket wait " + reads.totalNanos());
    }

    @Test
    void fileIoIsChargedToTheJournalMethodsAndTheJournalPath() {
        Analysis analysis = Recordings.analyze(Recordings.of("IoBound", "jbound,jdk.FileRead#threshold=0ms,jdk.FileWrite#threshold=0ms,jdk.FileForce#threshold=0ms", Recordings.javaHome()));

        List<IoSite> file = analysis.profile().offCpu().ioSites().stream().filter(s -> !s.kind().isSocket()).toList();
        assertTrue(file.stream().anyMatch(s -> s.kind() == EventCatalog.FILE_FORCE
                && s.method().equals("jbound.samples.IoBound.appendDurably(Path, byte[])")), file::toString);
        assertTrue(file.stream().anyMatch(s -> s.kind() == EventCatalog.FILE_WRITE
                && s.method().equals("jbound.samples.IoBound.appendDurably(Path, byte[])") && s.bytes() >= 1 << 20), file::toString);
        assertTrue(file.stream().anyMatch(s -> s.kind() == EventCatalog.FILE_READ
                && s.method().equals("jbound.samples.IoBound.readBack(Path, byte[])")), file::toString);
        assertTrue(file.stream().filter(s -> s.method().contains(".appendDurably(") || s.method().contains(".readBack("))
                .allMatch(s -> s.target().contains("jbound-journal-")), file::toString);
    }

    @Test
    void mixedSampleIsDiagnosedAsMixedAndItsLoadSpikesThenIdles() {
        Analysis analysis = Recordings.analyze(Recordings.of("Mixed"));

        assertEquals(VerdictKind.MIXED, analysis.diagnosis().verdict().kind(), () -> describe(analysis));
        assertTrue(analysis.diagnosis().load().spikesThenIdles(), () -> analysis.diagnosis().load().toString());
        assertTrue(analysis.profile().samples().hotMethods().stream().anyMatch(m -> m.method().equals("jbound.samples.Mixed.parseNumbers(String)")
                && m.totalPercent() > 50));
    }

    @Test
    void lockContendedSampleIsDiagnosedAsLockBoundOnTheLedgerMonitor() {
        Analysis analysis = Recordings.analyze(Recordings.of("LockContended"));

        assertEquals(VerdictKind.LOCK_BOUND, analysis.diagnosis().verdict().kind(), () -> describe(analysis));
        WaitSite lock = analysis.profile().offCpu().waitSites().getFirst();
        assertEquals(WaitCategory.LOCK, lock.category());
        assertEquals("jbound.samples.LockContended$Ledger.post(long)", lock.method());
        assertEquals("jbound.samples.LockContended$Ledger", lock.subject());
        TopCause top = analysis.diagnosis().topCause();
        assertEquals(Phase.CauseKind.LOCK, top.kind());
        assertEquals("jbound.samples.LockContended$Ledger.post(long)", top.method());
        assertEquals("jbound.samples.LockContended$Ledger", top.on());
    }

    @Test
    void idleSampleIsDiagnosedAsIdle() {
        Analysis analysis = Recordings.analyze(Recordings.of("Idle"));

        assertEquals(VerdictKind.IDLE, analysis.diagnosis().verdict().kind(), () -> describe(analysis));
        assertNull(analysis.diagnosis().topCause(), "nothing to name where nothing was busy");
        var advice = analysis.diagnosis().advice().getFirst();
        assertEquals(Remedy.RECORD_UNDER_LOAD, advice.id());
        assertTrue(advice.places().stream().anyMatch(p -> p instanceof AdvicePlace.Wait w && w.method().equals("jbound.samples.Idle.main(String[])")
                && w.site().category() == WaitCategory.SLEEP), "says what the idle program waited in: " + advice.places());
        assertTrue(analysis.diagnosis().predictions().isEmpty(), "nothing to speed up, no figure");
    }

    @Test
    void cpuBoundSampleIsNotMistakenForASpikyLoad() {
        Analysis analysis = Recordings.analyze(Recordings.of("CpuBound"));

        assertTrue(!analysis.diagnosis().load().spikesThenIdles(), () -> analysis.diagnosis().load().toString());
    }

    static String describe(Analysis analysis) {
        return analysis.diagnosis().verdict() + "\n" + analysis.diagnosis().ledger() + "\n" + analysis.profile().threads();
    }
}
