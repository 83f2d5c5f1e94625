package jbound.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The pause time within a window: overlapping pauses once, windows cutting pauses, in any order added. */
class PauseIntervalsTest {

    @Test
    void overlappingPausesCountOnceAndAWindowTakesOnlyItsPart() {
        PauseIntervals p = new PauseIntervals();
        p.add(100, 50);   // 100–150
        p.add(120, 10);   // inside it: one collector's phase
        p.add(300, 100);  // 300–400
        p.add(140, 20);   // 140–160, overlapping the first, added out of order

        assertEquals(60 + 100, p.within(0, 1_000));
        assertEquals(25, p.within(135, 160));
        assertEquals(0, p.within(160, 300), "between pauses");
        assertEquals(50, p.within(350, 400));
        assertEquals(0, p.within(400, 500), "a pause ending where the window starts is before it");
        assertEquals(160, p.unionNanos());
    }

    @Test
    void theStopsAreTheCollectorsWhereItsPausesAreAtLeastHalfOfThem() {
        // a GC pause inside its safepoint, which took a while to reach
        assertTrue(new GcPauses(1, 40, 40, 50).mostlyTheCollectors());
        // safepoints for other operations (deoptimisation, thread dumps, class redefinition) outweigh the collector
        assertFalse(new GcPauses(1, 40, 40, 100).mostlyTheCollectors());
        assertTrue(new GcPauses(0, 0, 0, 0).mostlyTheCollectors(), "no stops: nothing to say otherwise");
    }

    @Test
    void aBinarySearchAgreesWithCountingEveryNanosecondOfRandomPauses() {
        Random random = new Random(22);
        PauseIntervals p = new PauseIntervals();
        boolean[] paused = new boolean[10_000];
        for (int i = 0; i < 300; i++) {
            int start = random.nextInt(9_900);
            int length = 1 + random.nextInt(60);
            p.add(start, length);
            for (int t = start; t < Math.min(paused.length, start + length); t++) {
                paused[t] = true;
            }
        }
        for (int k = 0; k < 500; k++) {
            int from = random.nextInt(paused.length);
            int to = from + random.nextInt(paused.length - from + 1);
            long expected = 0;
            for (int t = from; t < to; t++) {
                expected += paused[t] ? 1 : 0;
            }
            assertEquals(expected, p.within(from, to), "window " + from + "–" + to);
        }
    }
}
