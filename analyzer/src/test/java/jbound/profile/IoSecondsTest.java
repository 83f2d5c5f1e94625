package jbound.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class IoSecondsTest {

    private static final long S = 1_000_000_000L;
    private static final long EPOCH = 1_000_000 * S;

    @Test
    void aLongCallIsOneThreadWaitingInEverySecondItCovers() {
        IoSeconds seconds = new IoSeconds();
        seconds.add(EPOCH + S / 2, 14 * S);

        List<IoTimeline> timeline = seconds.timeline(EPOCH, EPOCH + 20 * S);

        assertEquals(15, timeline.size());
        assertEquals(new IoTimeline(0, 1, S / 2), timeline.getFirst());
        for (int i = 1; i < 14; i++) {
            assertEquals(new IoTimeline(i * 1000L, 0, S), timeline.get(i), "second " + i);
        }
        assertEquals(new IoTimeline(14_000, 0, S / 2), timeline.get(14));
        assertEquals(14 * S, timeline.stream().mapToLong(IoTimeline::nanos).sum());
    }

    @Test
    void onlyTheRecordingsSpanIsReadEvenForACallThatClaimsAYear() {
        IoSeconds seconds = new IoSeconds();
        seconds.add(EPOCH - 100 * S, 365L * 24 * 3600 * S);

        List<IoTimeline> timeline = seconds.timeline(EPOCH, EPOCH + 3 * S);

        assertEquals(List.of(new IoTimeline(0, 0, S), new IoTimeline(1000, 0, S), new IoTimeline(2000, 0, S), new IoTimeline(3000, 0, S)),
                timeline);
    }

    @Test
    void mergedPartsGiveTheTimelineOfOnePass() {
        IoSeconds whole = new IoSeconds();
        IoSeconds a = new IoSeconds();
        IoSeconds b = new IoSeconds();
        long[][] calls = {{EPOCH + 100, 3 * S}, {EPOCH + 2 * S + 5, 10}, {EPOCH + 4 * S, 2 * S + 7}};
        for (int i = 0; i < calls.length; i++) {
            whole.add(calls[i][0], calls[i][1]);
            (i % 2 == 0 ? a : b).add(calls[i][0], calls[i][1]);
        }
        a.mergeFrom(b);

        assertEquals(whole.timeline(EPOCH, EPOCH + 10 * S), a.timeline(EPOCH, EPOCH + 10 * S));
    }

    @Test
    void scatteredCallsOverManyPagesGiveEachSecondItsOverlap() {
        Random random = new Random(23);
        long from = EPOCH + 7 * S;
        long to = from + 600 * S;
        IoSeconds seconds = new IoSeconds();
        long[] events = new long[601];
        long[] nanos = new long[601];
        for (int i = 0; i < 300; i++) {
            // Calls anywhere from before the span to after it, some short, some covering minutes.
            long start = from - 30 * S + (long) (random.nextDouble() * 660 * S);
            long duration = random.nextInt(4) == 0 ? (long) (random.nextDouble() * 200 * S) : random.nextInt(1_000_000);
            seconds.add(start, duration);
            for (int second = 0; second <= 600; second++) {
                long secondStart = from + second * S;
                long overlap = Math.min(start + duration, secondStart + S) - Math.max(start, secondStart);
                nanos[second] += Math.max(0, overlap);
                if (start >= secondStart && start < secondStart + S) {
                    events[second]++;
                }
            }
        }
        List<IoTimeline> expected = new ArrayList<>();
        for (int second = 0; second <= 600; second++) {
            if (events[second] > 0 || nanos[second] > 0) {
                expected.add(new IoTimeline(second * 1000L, events[second], nanos[second]));
            }
        }

        assertEquals(expected, seconds.timeline(from, to));
    }
}
