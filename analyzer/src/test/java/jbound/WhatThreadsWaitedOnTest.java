package jbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jbound.diagnosis.Advice;
import jbound.diagnosis.AdvicePlace;
import jbound.diagnosis.Headline;
import jbound.diagnosis.Phase;
import jbound.diagnosis.Remedy;
import jbound.diagnosis.TimeLedger;
import jbound.diagnosis.TopCause;
import jbound.diagnosis.VerdictKind;
import jbound.profile.NativeSite;
import jbound.profile.WaitCategory;
import jbound.support.ApacheAsyncClients;
import jbound.support.ChurnsATightHeap;
import jbound.support.JdkHttpClients;
import jbound.support.NativeCompression;
import jbound.support.Recordings;
import jbound.support.Slow;
import org.springframework.samples.orders.OrderCommits;

/**
 * Waiting that no I/O event of the waiting thread shows, placed by its stack and state, on real
 * libraries recorded by real JVMs: blocking calls of asynchronous HTTP clients (the socket I/O is
 * their selector's), a JNI database engine syncing to disk, a JNI compressor computing, and the
 * collector stopping a program short of heap. Each names the user's own frame, with the library
 * beneath it.
 */
@Slow
class WhatThreadsWaitedOnTest {

    @Test
    void callersOfTheJdksHttpClientWaitOnRemoteCallsTheirSelectorReceives() {
        Analysis analysis = Recordings.analyze(Recordings.of(JdkHttpClients.class.getName()));

        assertEquals(VerdictKind.IO_BOUND, analysis.diagnosis().verdict().kind(), () -> analysis.diagnosis().verdict().toString());
        TimeLedger ledger = analysis.diagnosis().ledger();
        assertTrue(ledger.remoteCallNanos() >= ledger.ioNanos() / 2, () -> "remote calls are most of the I/O: " + ledger);
        TopCause cause = analysis.diagnosis().topCause();
        assertEquals(Phase.CauseKind.IO, cause.kind());
        assertTrue(cause.method().startsWith("jbound.support.JdkHttpClients.fetch(") && cause.method().endsWith(" → JDK HttpClient"),
                cause::toString);
    }

    @Test
    void callersBlockingOnApacheHttpClientsAsyncFuturesAreInRemoteCallsAndNamedAtTheirOwnFrame() {
        Analysis analysis = Recordings.analyze(Recordings.of(ApacheAsyncClients.class.getName()));

        assertEquals(VerdictKind.IO_BOUND, analysis.diagnosis().verdict().kind(), () -> analysis.diagnosis().verdict().toString());
        TopCause cause = analysis.diagnosis().topCause();
        assertTrue(cause.method().startsWith("jbound.support.ApacheAsyncClients.fetch(")
                && cause.method().endsWith(" → Apache HttpClient 5 (async)"), () -> "the caller, not the library's BasicFuture: " + cause);
        assertTrue(analysis.profile().offCpu().waitSites().stream().anyMatch(w -> w.category() == WaitCategory.REMOTE_CALL
                && w.method().startsWith("jbound.support.ApacheAsyncClients.fetch(")), "the remote call in the waits table");
    }

    @Test
    void sqliteCommittingWithFullSyncIsBlockedInNativeCodeNotOnALock() {
        Analysis analysis = Recordings.analyze(Recordings.of(OrderCommits.class.getName()));

        VerdictKind kind = analysis.diagnosis().verdict().kind();
        TimeLedger ledger = analysis.diagnosis().ledger();
        // Its threads wait on the disk most of the time and compute in the kernel for much of the rest:
        // I/O-bound or mixed, never a lock and never CPU-bound.
        assertTrue(kind == VerdictKind.IO_BOUND || kind == VerdictKind.MIXED, () -> analysis.diagnosis().verdict().toString());
        assertTrue(ledger.ioShare() > ledger.cpuShare(), ledger::toString);
        assertTrue(ledger.nativeBlockedNanos() >= ledger.ioNanos() / 2, () -> "the disk waits are in NativeDB.step: " + ledger);
        assertEquals(0, ledger.lockNanos() / 1_000_000_000L, "no lock inferred: " + ledger);
        TopCause cause = analysis.diagnosis().topCause();
        assertTrue(cause.method().startsWith("org.springframework.samples.orders.OrderCommits.commitUntil(")
                && cause.method().endsWith(" → SQLite JDBC"), cause::toString);
    }

    @Test
    void theMainClasssPackageIsYourCodeEvenInsideALibrarysPackage() {
        Analysis analysis = Recordings.analyze(Recordings.of(OrderCommits.class.getName()));

        assertEquals(OrderCommits.class.getName(), analysis.profile().recording().mainClass());
        // Spring's package is a library's; the main class's package within it is the user's: the
        // driver's frames beneath are never charged, the caller is, with the driver named beneath it.
        List<NativeSite> nativeSites = analysis.profile().samples().nativeSites();
        assertTrue(nativeSites.stream().anyMatch(s -> s.method().startsWith(OrderCommits.class.getName() + ".commitUntil(")
                && "SQLite JDBC".equals(s.via())), nativeSites::toString);
        assertTrue(nativeSites.stream().noneMatch(s -> s.method().startsWith("org.sqlite.")), nativeSites::toString);
        assertTrue(analysis.profile().offCpu().ioByMethod().stream().noneMatch(s -> s.method().startsWith("org.sqlite.")),
                () -> analysis.profile().offCpu().ioByMethod().toString());
    }

    @Test
    void aJniCompressorOnCpuIsCpuBoundInItsNativeMethod() {
        Analysis analysis = Recordings.analyze(Recordings.of(NativeCompression.class.getName()));

        assertEquals(VerdictKind.CPU_BOUND, analysis.diagnosis().verdict().kind(), () -> analysis.diagnosis().verdict().toString());
        TimeLedger ledger = analysis.diagnosis().ledger();
        assertTrue(ledger.nativeBlockedNanos() < 0.1 * ledger.activeNanos(), () -> "native computing is not blocking: " + ledger);
        TopCause cause = analysis.diagnosis().topCause();
        assertEquals("jbound.support.NativeCompression.main(String[]) → lz4-java", cause.method(), cause::toString);
        assertTrue(cause.on().startsWith("net.jpountz.lz4.LZ4JNI."), cause::toString);
    }

    @Test
    void aProgramShortOfHeapIsCpuBoundByTheCollectorAndToldWhereItAllocates() {
        Analysis analysis = Recordings.analyze(Recordings.of(ChurnsATightHeap.class.getName(), "jbound", List.of("-Xmx64m")));

        assertEquals(VerdictKind.CPU_BOUND, analysis.diagnosis().verdict().kind(), () -> analysis.diagnosis().verdict().toString());
        TimeLedger ledger = analysis.diagnosis().ledger();
        assertTrue(ledger.stoppedShare() > 0.5, () -> "the pauses stopped the threads most of their active time: " + ledger);
        assertEquals(Headline.Form.STOPPED_BY_THE_COLLECTOR, analysis.diagnosis().verdict().headline().form(),
                () -> analysis.diagnosis().verdict().toString());
        TopCause cause = analysis.diagnosis().topCause();
        assertEquals(Phase.CauseKind.GC, cause.kind());
        assertEquals("jbound.support.ChurnsATightHeap.main(String[])", cause.method());
        assertEquals("byte[]", cause.on());
        Advice easeGc = analysis.diagnosis().advice().getFirst();
        assertEquals(Remedy.EASE_GC, easeGc.id());
        assertTrue(easeGc.places().stream().anyMatch(p -> p instanceof AdvicePlace.Allocation
                && p.method().equals("jbound.support.ChurnsATightHeap.main(String[])")), easeGc::toString);
        // Its safepoints, recorded from 10 ms, hold the collector's pauses: the stops are the collector's, counted once.
        jbound.profile.GcPauses stops = analysis.profile().process().gcPauses();
        assertTrue(stops.stoppedNanos() >= stops.totalNanos() && stops.mostlyTheCollectors(), stops::toString);
        // Over time too: the timeline and the lanes place the stopped time where the pauses were, all of it.
        long overTime = analysis.profile().timeline().buckets().stream().mapToLong(b -> b.stoppedNanos()).sum();
        assertEquals(ledger.stoppedNanos(), overTime, ledger.stoppedNanos() / 100.0 + 1_000_000, "the timeline's stopped time");
        long inLanes = analysis.profile().lanes().stream().filter(l -> !l.infrastructure()).mapToLong(l -> l.stoppedNanos()).sum();
        assertEquals(ledger.stoppedNanos(), inLanes, "the application lanes' stopped time");
        assertTrue(analysis.diagnosis().phases().stream().filter(p -> p.kind() == VerdictKind.CPU_BOUND && p.topCause() != null)
                .allMatch(p -> p.topCause().kind() == Phase.CauseKind.GC), () -> analysis.diagnosis().phases().toString());
    }

    @Test
    void aFutureFromNoKnownClientIsARemoteCallOnlyBesideEventLoops() {
        // The CPU-bound sample has no selector at work: its waits, if any, stay waits.
        Analysis analysis = Recordings.analyze(Recordings.of("CpuBound"));

        assertEquals(0, analysis.diagnosis().ledger().remoteCallNanos());
        assertNotEquals(VerdictKind.IO_BOUND, analysis.diagnosis().verdict().kind());
    }
}
