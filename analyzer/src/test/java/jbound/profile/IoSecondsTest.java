package jbound.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

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
}
