package jbound.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import jbound.profile.Timeline;

/** How a timeline is cut into phases: where the ledger changes character for long enough, and nowhere else. */
class PhaseSplittingTest {

    private static final long SECOND = 1_000_000_000L;
    private static final VerdictInput WHOLE = new VerdictInput(true, new TimeLedger(SECOND, 0, 0, 0, 0, SECOND, 1, 0, 0, SECOND, SECOND),
            2, Double.NaN, 0, Double.NaN, 0, 0, 5_000_000L, true, 10_000, List.of());

    /** One second of the timeline: threads on CPU, in I/O, on locks, waiting for work, stopped by the collector. */
    private record Second(double cpu, double io, double lock, double waiting, double stopped) {
        Second(double cpu, double io, double lock, double waiting) {
            this(cpu, io, lock, waiting, 0);
        }
    }

    private static final Second COMPUTING = new Second(2, 0, 0, 0);
    private static final Second FETCHING = new Second(0.05, 4, 0, 0);
    private static final Second IDLING = new Second(0, 0, 0, 3);
    private static final Second QUEUING = new Second(0.5, 0, 3, 0);
    private static final Second COLLECTED = new Second(0.3, 0, 0, 0, 1.7);

    private static List<Phase> phases(List<Second> seconds) {
        List<Timeline.Bucket> buckets = new ArrayList<>();
        for (int s = 0; s < seconds.size(); s++) {
            Second x = seconds.get(s);
            buckets.add(new Timeline.Bucket(s * 1000L, 1000, (long) (x.cpu * SECOND), (long) (x.io * SECOND), (long) (x.lock * SECOND),
                    (long) (x.waiting * SECOND), (long) (x.stopped * SECOND), 0, 500, x.lock > 0 ? 10 : 0,
                    x.cpu > 1 ? List.of(new Timeline.MethodTime("app.Crunch.run()", (long) (x.cpu * SECOND))) : List.of(),
                    x.io > 0 ? List.of(new Timeline.MethodTime("app.Fetch.get()", (long) (x.io * SECOND))) : List.of(), List.of(),
                    x.stopped > 0 ? List.of(new Timeline.MethodTime("app.Cache.fill()", (long) (x.stopped * SECOND))) : List.of()));
        }
        return Phases.of(new Timeline(1000, buckets, "execution samples"), List.of(), WHOLE);
    }

    private static List<Second> repeat(Second second, int times) {
        return java.util.Collections.nCopies(times, second);
    }

    private static List<Second> concat(List<List<Second>> parts) {
        return parts.stream().flatMap(List::stream).toList();
    }

    @Test
    void aProgramThatBehavesOneWayHasOnePhase() {
        List<Phase> phases = phases(repeat(COMPUTING, 30));

        assertEquals(1, phases.size());
        assertEquals(VerdictKind.CPU_BOUND, phases.getFirst().kind());
        assertEquals(0, phases.getFirst().startMillis());
        assertEquals(30_000, phases.getFirst().endMillis());
        assertEquals("app.Crunch.run()", phases.getFirst().topCause().method());
    }

    @Test
    void aServiceIdleForItsLast40Of59SecondsHasABusyPhaseThenAnIdleOne() {
        List<Phase> phases = phases(concat(List.of(repeat(COMPUTING, 19), repeat(IDLING, 40))));

        assertEquals(List.of(VerdictKind.CPU_BOUND, VerdictKind.IDLE), phases.stream().map(Phase::kind).toList());
        assertEquals(19_000, phases.get(0).endMillis());
        assertEquals(19_000, phases.get(1).startMillis());
        assertEquals(null, phases.get(1).topCause(), "an idle phase names no cause");
    }

    @Test
    void computingThenFetchingThenQueuingOnALockAreThreePhasesInOrder() {
        List<Phase> phases = phases(concat(List.of(repeat(COMPUTING, 10), repeat(FETCHING, 10), repeat(QUEUING, 10))));

        assertEquals(List.of(VerdictKind.CPU_BOUND, VerdictKind.IO_BOUND, VerdictKind.LOCK_BOUND), phases.stream().map(Phase::kind).toList());
        assertEquals("app.Fetch.get()", phases.get(1).topCause().method());
    }

    @Test
    void aStretchTheCollectorStoppedIsCpuBoundWithTheMethodThatAllocatedMostAsItsCause() {
        List<Phase> phases = phases(concat(List.of(repeat(FETCHING, 10), repeat(COLLECTED, 10))));

        assertEquals(List.of(VerdictKind.IO_BOUND, VerdictKind.CPU_BOUND), phases.stream().map(Phase::kind).toList(), phases::toString);
        assertEquals(Phase.CauseKind.GC, phases.get(1).topCause().kind());
        assertEquals("app.Cache.fill()", phases.get(1).topCause().method());
    }

    @Test
    void aOneSecondBlipIsNoPhaseOfItsOwnAndItsNeighboursStayOne() {
        List<Phase> phases = phases(concat(List.of(repeat(COMPUTING, 12), repeat(IDLING, 1), repeat(COMPUTING, 12))));

        assertEquals(1, phases.size(), phases::toString);
        assertEquals(VerdictKind.CPU_BOUND, phases.getFirst().kind());
    }

    @Test
    void aStretchShorterThanOneTwentiethOfTheRecordingJoinsItsLongerNeighbour() {
        // 3 s of 100: long enough in seconds, too short a share of the recording to be a phase.
        List<Phase> phases = phases(concat(List.of(repeat(COMPUTING, 60), repeat(FETCHING, 3), repeat(IDLING, 37))));

        assertEquals(List.of(VerdictKind.CPU_BOUND, VerdictKind.IDLE), phases.stream().map(Phase::kind).toList(), phases::toString);
        assertTrue(phases.get(0).endMillis() == 63_000, "the short stretch joined the longer neighbour: " + phases);
    }

    @Test
    void aRecordingWithoutTimeHasNoPhases() {
        assertEquals(List.of(), phases(List.of()));
    }
}
