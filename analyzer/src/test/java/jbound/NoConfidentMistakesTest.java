package jbound;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import jbound.diagnosis.Confidence;
import jbound.diagnosis.Verdict;
import jbound.diagnosis.VerdictKind;
import jbound.support.Recordings;
import jbound.support.Slow;

/**
 * The worst thing jbound can do is send an engineer to optimize the wrong thing with HIGH
 * confidence. Over every recording the suite makes whose right answer is known, each verdict is
 * right, or at least not HIGH; the table is printed for the record.
 */
@Slow
class NoConfidentMistakesTest {

    private record Case(String name, Supplier<Path> recording, VerdictKind right) {
    }

    private static final String NO_CPU_EVIDENCE = "jbound,jdk.ExecutionSample#enabled=false,jdk.NativeMethodSample#enabled=false,"
            + "jdk.CPULoad#enabled=false,jdk.ThreadCPULoad#enabled=false";

    private static List<Case> cases() {
        Path jdk25 = Recordings.javaHome();
        List<Case> cases = new ArrayList<>(List.of(
                new Case("CpuBound, jbound.jfc", () -> Recordings.of("CpuBound"), VerdictKind.CPU_BOUND),
                new Case("CpuBound, CPU-time sampler on", () -> Recordings.of("CpuBound", "jbound,jdk.CPUTimeSample#enabled=true", jdk25), VerdictKind.CPU_BOUND),
                new Case("CpuBound, no execution samples", () -> Recordings.of("CpuBound", "jbound,jdk.ExecutionSample#enabled=false", jdk25), VerdictKind.CPU_BOUND),
                new Case("CpuBound, nothing that shows CPU", () -> Recordings.of("CpuBound", NO_CPU_EVIDENCE, jdk25), VerdictKind.UNKNOWN),
                new Case("IoBound, jbound.jfc", () -> Recordings.of("IoBound"), VerdictKind.IO_BOUND),
                new Case("IoBound, file I/O from 0 ms", () -> Recordings.of("IoBound",
                        "jbound,jdk.FileRead#threshold=0ms,jdk.FileWrite#threshold=0ms,jdk.FileForce#threshold=0ms", jdk25), VerdictKind.IO_BOUND),
                new Case("IoBound, JDK 25 default", () -> Recordings.of("IoBound", "default", jdk25), VerdictKind.IO_BOUND),
                new Case("IoBound, no socket events", () -> Recordings.of("IoBound",
                        "jbound,jdk.SocketRead#enabled=false,jdk.SocketWrite#enabled=false", jdk25), VerdictKind.IO_BOUND),
                new Case("Mixed, jbound.jfc", () -> Recordings.of("Mixed"), VerdictKind.MIXED),
                new Case("Mixed, rotating chunks", () -> Recordings.of("jbound.support.RotatingChunks"), VerdictKind.MIXED),
                new Case("LockContended, jbound.jfc", () -> Recordings.of("LockContended"), VerdictKind.LOCK_BOUND),
                new Case("Idle, jbound.jfc", () -> Recordings.of("Idle"), VerdictKind.IDLE),
                new Case("Oversubscribed, JDK 25 default", () -> Recordings.of("Oversubscribed", "default", jdk25), VerdictKind.CPU_BOUND),
                new Case("ShortLocks, JDK 25 default", () -> Recordings.of("ShortLocks", "default", jdk25), VerdictKind.LOCK_BOUND),
                new Case("ShortLocks, JDK 25 profile", () -> Recordings.of("ShortLocks", "profile", jdk25), VerdictKind.LOCK_BOUND),
                new Case("RemoteManaged, jbound.jfc", () -> Recordings.of("RemoteManaged"), VerdictKind.IDLE),
                new Case("RemoteManagedBusy, jbound.jfc", () -> Recordings.of("RemoteManagedBusy"), VerdictKind.CPU_BOUND),
                new Case("Datadog-named CPU samples", () -> Recordings.of("jbound.support.DatadogStyleProfiler",
                        "jbound,jdk.ExecutionSample#enabled=false,jdk.NativeMethodSample#enabled=false,jdk.ThreadCPULoad#enabled=false", jdk25),
                        VerdictKind.CPU_BOUND),
                new Case("async-profiler cpu: CpuBound", () -> Recordings.withAsyncProfiler("CpuBound", "event=cpu"), VerdictKind.CPU_BOUND),
                new Case("async-profiler wall: CpuBound", () -> Recordings.withAsyncProfiler("CpuBound", "event=wall"), VerdictKind.CPU_BOUND),
                new Case("async-profiler wall: IoBound", () -> Recordings.withAsyncProfiler("IoBound", "event=wall"), VerdictKind.IO_BOUND),
                new Case("async-profiler wall: Mixed", () -> Recordings.withAsyncProfiler("Mixed", "event=wall"), VerdictKind.MIXED),
                new Case("async-profiler wall: Idle", () -> Recordings.withAsyncProfiler("Idle", "event=wall"), VerdictKind.IDLE),
                new Case("async-profiler cpu+lock: LockContended", () -> Recordings.withAsyncProfiler("LockContended", "event=cpu,lock=1ms"),
                        VerdictKind.LOCK_BOUND),
                new Case("async-profiler jfrsync: IoBound", () -> Recordings.withAsyncProfiler("IoBound", "event=cpu,jfrsync=profile"),
                        VerdictKind.IO_BOUND),
                new Case("JDK HttpClient callers, jbound.jfc", () -> Recordings.of("jbound.support.JdkHttpClients"), VerdictKind.IO_BOUND),
                new Case("JDK HttpClient callers, JDK 25 default", () -> Recordings.of("jbound.support.JdkHttpClients", "default", jdk25),
                        VerdictKind.IO_BOUND),
                new Case("Apache async HttpClient callers", () -> Recordings.of("jbound.support.ApacheAsyncClients"), VerdictKind.IO_BOUND),
                // Waits on the disk ~70% of its time, on CPU in the kernel for the rest: I/O-bound, and mixed is no mistake at HIGH either.
                new Case("SQLite commits, synchronous=FULL", () -> Recordings.of("org.springframework.samples.orders.OrderCommits"), VerdictKind.IO_BOUND),
                new Case("JNI compression (lz4-java)", () -> Recordings.of("jbound.support.NativeCompression"), VerdictKind.CPU_BOUND),
                new Case("G1 on a 64 MB heap, churning", () -> Recordings.of("jbound.support.ChurnsATightHeap", "jbound", List.of("-Xmx64m")),
                        VerdictKind.CPU_BOUND)));
        Path jdk17 = Recordings.jdk17();
        if (jdk17 != null) {
            cases.add(new Case("IoBound, JDK 17 default", () -> Recordings.of("IoBound", "default", jdk17), VerdictKind.IO_BOUND));
        }
        return cases;
    }

    @Test
    void everyVerdictOnTheSuitesRecordingsIsRightOrNotHigh() {
        List<String> mistakes = new ArrayList<>();
        StringBuilder table = new StringBuilder("verdicts on the suite's recordings:\n");
        for (Case c : cases()) {
            Verdict verdict = Recordings.analyze(c.recording().get()).diagnosis().verdict();
            boolean right = verdict.kind() == c.right();
            table.append(String.format(Locale.ROOT, "  %-42s %-10s %-6s %.2f%s%n", c.name(), verdict.kind(), verdict.confidence().level(),
                    verdict.confidence().score(), right ? "" : "   (right: " + c.right() + ")"));
            if (!right && verdict.confidence().level() == Confidence.Level.HIGH) {
                mistakes.add(c.name() + ": " + verdict.kind() + " at HIGH, right is " + c.right());
            }
        }
        System.out.print(table);
        assertTrue(mistakes.isEmpty(), () -> "wrong verdicts with HIGH confidence: " + mistakes + "\n" + table);
    }
}
