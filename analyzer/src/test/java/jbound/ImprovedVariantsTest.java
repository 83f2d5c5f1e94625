package jbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import jbound.diagnosis.Measure;
import jbound.diagnosis.Remedy;
import jbound.report.DiffReport;
import jbound.report.DiffReport.CheckedPrediction;
import jbound.report.DiffReport.Outcome;
import jbound.support.Recordings;
import jbound.support.Slow;

/**
 * Each sample recorded before and after the change its advice names ({@code --improved}): the
 * diff finds BEFORE's prediction, measures it in AFTER in the prediction's own terms, and the gain
 * goes the way the prediction said. The margins are far inside what the changes buy here (a
 * vectorized hotspot about 3×, a hundred times the calls in flight, waits overlapped, half the
 * lock), so that a noisy machine never decides the outcome; where the range was hit is reported,
 * not asserted.
 */
@Slow
class ImprovedVariantsTest {

    private static final String TIMED_HOTSPOT = "method-timing=jbound.samples.CpuBound::sumOfSquares";

    @Test
    void aVectorizedHotspotIsMeasuredByItsCountedCalls() {
        CheckedPrediction hotspot = checked(Recordings.of("CpuBound", "jbound," + TIMED_HOTSPOT, Recordings.javaHome()),
                Recordings.improved("CpuBound", Recordings.IMPROVED_SETTINGS + "," + TIMED_HOTSPOT), Remedy.OPTIMIZE_HOTSPOT);

        assertEquals(Measure.HOTSPOT_CALLS, hotspot.measure(), "both recordings counted its calls: " + hotspot);
        assertEquals("jbound.samples.CpuBound.sumOfSquares(double[])", hotspot.subject());
        assertTrue(hotspot.before() > 100, "two workers each call it hundreds of times a second: " + hotspot);
        assertTrue(hotspot.measuredGain() > 1.5, "the Vector API rung calls it more often in the same time: " + hotspot);
    }

    @Test
    void virtualThreadsMultiplyThePoolsCalls() {
        CheckedPrediction pool = checked(Recordings.of("IoBound"), Recordings.improved("IoBound"), Remedy.OVERLAP_WAITS);

        assertEquals(Measure.CALL_RATE, pool.measure());
        assertTrue(pool.outcome() != Outcome.AT_LEAST, "recorded with the socket events unthrottled: " + pool);
        assertTrue(pool.measuredGain() > 10, "four threads' calls became hundreds' in flight: " + pool);
    }

    @Test
    void aThrottledAfterRecordingIsAFloorNotAMiss() {
        CheckedPrediction pool = checked(Recordings.of("IoBound"), Recordings.improved("IoBound", "jbound"), Remedy.OVERLAP_WAITS);

        assertEquals(Outcome.AT_LEAST, pool.outcome(), pool.toString());
        assertTrue(pool.measuredGain() > 2, "the floor still shows the gain's direction: " + pool);
        assertTrue(pool.why().contains("jdk.SocketRead ran at its throttle of 1000 events a second"), pool.why());
    }

    @Test
    void pipelinedWaitingAndComputingUseMoreOfTheCpu() {
        CheckedPrediction overlap = checked(Recordings.of("Mixed"), Recordings.improved("Mixed"), Remedy.SPLIT_WAITING_AND_COMPUTING);

        assertEquals(Measure.APPLICATION_CPU, overlap.measure());
        assertTrue(overlap.measuredGain() > 1.2, "the parser no longer idles while a batch is fetched: " + overlap);
    }

    @Test
    void aHalvedCriticalSectionLetsMorePostsThrough() {
        Path before = Recordings.of("LockContended");
        Analysis analysis = Recordings.analyze(before);
        CheckedPrediction lock = checked(before, Recordings.improved("LockContended"), analysis.diagnosis().advice().getFirst().id());

        assertEquals(Measure.APPLICATION_CPU, lock.measure());
        assertTrue(lock.change().startsWith("halve the time jbound.samples.LockContended$Ledger.post(long)"), lock.change());
        assertTrue(lock.measuredGain() > 1.2, "two posters compute at once where one did: " + lock);
    }

    private static CheckedPrediction checked(Path before, Path after, Remedy remedy) {
        DiffReport diff = DiffReport.of(before.toString(), Recordings.analyze(before), after.toString(), Recordings.analyze(after), 10);
        List<CheckedPrediction> found = diff.predictions().stream().filter(p -> p.remedy().equals(remedy)).toList();
        assertEquals(1, found.size(), () -> remedy + " in " + diff.predictions());
        CheckedPrediction checked = found.getFirst();
        assertTrue(checked.low() > 1, "BEFORE predicted a gain: " + checked);
        assertTrue(checked.outcome() != Outcome.NOT_MEASURED && checked.measuredGain() != null, "AFTER measured it: " + checked);
        return checked;
    }
}
