package jbound.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import jbound.profile.LaneSeries.Kind;

class LaneSeriesTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long ORIGIN = 1_700_000_000L * SECOND;

    @Test
    void aDurationIsSpreadOverTheSecondsItCovers() {
        LaneSeries series = new LaneSeries();
        series.spread(Kind.IO_NANOS, ORIGIN + SECOND / 2, 2 * SECOND, 1);
        double[] seconds = series.over(Kind.IO_NANOS, new long[] {ORIGIN, ORIGIN + SECOND, ORIGIN + 2 * SECOND},
                new long[] {ORIGIN + SECOND, ORIGIN + 2 * SECOND, ORIGIN + 3 * SECOND});
        assertEquals(SECOND / 2, seconds[0], 1);
        assertEquals(SECOND, seconds[1], 1);
        assertEquals(SECOND / 2, seconds[2], 1);
    }

    @Test
    void aLongRecordingWidensTheBinsAndKeepsEveryAmount() {
        LaneSeries series = new LaneSeries();
        for (int s = 0; s < 10_000; s++) {
            series.point(Kind.CPU_SAMPLES, ORIGIN + s * SECOND, 1);
        }
        assertTrue(series.binSeconds() >= 10_000 / LaneSeries.MAX_BINS, "bins widened to " + series.binSeconds() + " s");
        assertEquals(10_000, series.total(Kind.CPU_SAMPLES), 1e-9);
        double[] halves = series.over(Kind.CPU_SAMPLES, new long[] {ORIGIN - 100 * SECOND, ORIGIN + 5_000 * SECOND},
                new long[] {ORIGIN + 5_000 * SECOND, ORIGIN + 10_100 * SECOND});
        assertEquals(5_000, halves[0], 40, "as many in the first half as were put there, to within a bin");
        assertEquals(10_000, halves[0] + halves[1], 1e-6);
    }

    @Test
    void mergingSeriesOfDifferentWidthsEqualsGatheringThemInOne() {
        LaneSeries early = new LaneSeries();
        LaneSeries late = new LaneSeries();
        LaneSeries both = new LaneSeries();
        for (int s = 0; s < 3_000; s++) {
            LaneSeries part = s < 100 ? early : late;
            part.point(Kind.LOCK_NANOS, ORIGIN + s * SECOND, s);
            both.point(Kind.LOCK_NANOS, ORIGIN + s * SECOND, s);
        }
        early.mergeFrom(late);
        assertEquals(both.binSeconds(), early.binSeconds());
        long[] starts = new long[30];
        long[] ends = new long[30];
        for (int i = 0; i < 30; i++) {
            starts[i] = ORIGIN + i * 100 * SECOND;
            ends[i] = starts[i] + 100 * SECOND;
        }
        double[] merged = early.over(Kind.LOCK_NANOS, starts, ends);
        double[] whole = both.over(Kind.LOCK_NANOS, starts, ends);
        for (int i = 0; i < 30; i++) {
            assertEquals(whole[i], merged[i], 1e-6, "stretch " + i);
        }
    }

    @Test
    void poolsAreTheNamesThatDifferOnlyInTheirLastNumber() {
        assertEquals("worker-*", ThreadLanes.pattern("worker-17"));
        assertEquals("pool-1-thread-*", ThreadLanes.pattern("pool-1-thread-3"));
        assertEquals("C2 CompilerThread*", ThreadLanes.pattern("C2 CompilerThread0"));
        assertEquals("worker-*-io", ThreadLanes.pattern("worker-3-io"));
        assertEquals("main", ThreadLanes.pattern("main"));
    }
}
