package jbound.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a thread's time was on, decided from what it was seen doing: each case is one thread of a
 * 10 s recording on 2 cores with its CPU measured (jdk.ThreadCPULoad once a second), and the
 * ledger's figures a user would check, in seconds.
 */
class WaitClassificationTest {

    private static final long S = 1_000_000_000L;
    private static final long START = 1_000 * S;
    private static final int CORES = 2;

    /** What the thread was seen doing, and the ledger figures (seconds) that must follow. */
    record Case(String name, Consumer<ThreadEvidence> seen, PauseIntervals pauses, boolean eventLoops,
                double cpu, double io, double remote, double nativeBlocked, double stopped, double waitingForWork) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A thread seen over the whole 10 s, measured on CPU for {@code cpuSeconds} of it. */
    private static Consumer<ThreadEvidence> measured(double cpuSeconds, Consumer<ThreadEvidence> more) {
        return e -> {
            e.seen(START, START + 10 * S);
            for (int second = 1; second <= 10; second++) {
                // A reading is a share of the machine over one period (1 s): cpuSeconds spread evenly, over 2 cores.
                e.cpuLoad(START + second * S, cpuSeconds / 10 / CORES);
            }
            more.accept(e);
        };
    }

    private static PauseIntervals pauses(double seconds) {
        PauseIntervals p = new PauseIntervals();
        for (int i = 0; i < 100; i++) {
            p.add(START + i * (10 * S / 100), (long) (seconds * S / 100));
        }
        return p;
    }

    static Stream<Case> cases() {
        PauseIntervals none = new PauseIntervals();
        return Stream.of(
                new Case("parked under a client's blocking call: a remote call, counted as I/O",
                        measured(1, e -> e.remoteCallNanos = 9 * S), none, false, 1, 9, 9, 0, 0, 0),
                new Case("parked on a future while event loops received: a remote call, inferred",
                        measured(1, e -> e.futureWaitNanos = 9 * S), none, true, 1, 9, 9, 0, 0, 0),
                new Case("parked on a future with no event loop at work: waiting on other threads' work",
                        measured(1, e -> e.futureWaitNanos = 9 * S), none, false, 1, 0, 0, 0, 0, 9),
                new Case("parked in a queue for the next task: waiting for work",
                        measured(1, e -> e.waitNanos = 9 * S), none, false, 1, 0, 0, 0, 0, 9),
                new Case("in a JNI library with a quarter of its time on CPU: blocked in native code, counted as I/O",
                        measured(2.5, e -> { e.nativeSamples = 300; e.nativeLibrarySamples = 300; }), none, false, 2.5, 7.5, 0, 7.5, 0, 0),
                new Case("in a JNI library, its measured CPU covering the time: native computing, CPU",
                        measured(10, e -> { e.nativeSamples = 300; e.nativeLibrarySamples = 300; }), none, false, 10, 0, 0, 0, 0, 0),
                new Case("in the JDK's own native code, neither I/O nor waiting for work: not taken for a library's blocking",
                        measured(1, e -> e.nativeSamples = 300), none, false, 1, 0, 0, 0, 0, 0),
                new Case("in a JNI library, its CPU only sampled in Java code: not taken for blocked",
                        e -> {
                            e.seen(START, START + 10 * S);
                            e.executionSamples = 50;
                            e.nativeSamples = 300;
                        }, none, false, 1, 0, 0, 0, 0, 0),
                new Case("stopped by the collector's pauses for 7 of its 10 s: stopped by the JVM",
                        measured(3, e -> { }), pauses(7), false, 3, 0, 0, 0, 7, 0),
                new Case("parked the whole time the collector paused: the pauses take only what nothing else explains",
                        measured(1, e -> e.waitNanos = 9 * S), pauses(7), false, 1, 0, 0, 0, 0, 9));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachWaitIsPlacedByWhatTheThreadWasSeenDoing(Case c) {
        ThreadEvidence evidence = new ThreadEvidence();
        c.seen().accept(evidence);
        RecordingSettings settings = new RecordingSettings(Map.of(
                "jdk.ThreadCPULoad", Map.of("period", "1 s"), "jdk.ExecutionSample", Map.of("period", "20 ms")));

        ThreadLedger t = ThreadLedgers.of(List.of(evidence), List.of("worker"), List.of(false), List.of(ThreadRole.APPLICATION), settings,
                CORES, START, ProcessLoad.of(List.of(), CORES, 10 * S), new ThreadLedgers.JvmContext(c.pauses(), c.eventLoops()))
                .threads().getFirst();

        assertEquals(c.cpu(), t.cpuNanos() / 1e9, 0.05, "CPU");
        assertEquals(c.io(), t.ioNanos() / 1e9, 0.05, "I/O");
        assertEquals(c.remote(), t.remoteCallNanos() / 1e9, 0.05, "remote calls");
        assertEquals(c.nativeBlocked(), t.nativeBlockedNanos() / 1e9, 0.05, "blocked in native code");
        assertEquals(c.stopped(), t.stoppedNanos() / 1e9, 0.05, "stopped by the JVM");
        assertEquals(c.waitingForWork(), t.waitNanos() / 1e9, 0.05, "waiting for work");
    }
}
