package jbound.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A re-recording that cures several blind spots is one remedy, said once, each blind spot keeping what it adds. */
class SharedRemedyTest {

    private static BlindSpot spot(String id, String remedy) {
        return new BlindSpot(id, id + " unseen", "it is undercounted", remedy, false);
    }

    @Test
    void blindSpotsCuredByJboundsSettingsShareOneRemedyInTheOrderTheyCome() {
        List<BlindSpot> spots = List.of(
                spot("few-samples", "record for longer"),
                spot("socket-threshold", Rerecord.WITH_JBOUND_SETTINGS + " (I/O from 1 ms)"),
                spot("lock-threshold", Rerecord.WITH_JBOUND_SETTINGS + " (locks from 5 ms)"),
                spot("no-cpu-load", Rerecord.WITH_JBOUND_SETTINGS),
                spot("no-cpu-samples", Rerecord.WITH_JBOUND_SETTINGS + ", or the JDK's 'profile' settings"));

        List<SharedRemedy> remedies = SharedRemedy.of(spots);

        assertEquals(2, remedies.size());
        assertEquals(new SharedRemedy("record for longer", List.of(0), List.of("")), remedies.get(0));
        assertEquals(new SharedRemedy(Rerecord.WITH_JBOUND_SETTINGS, List.of(1, 2, 3, 4),
                List.of("(I/O from 1 ms)", "(locks from 5 ms)", "", "or the JDK's 'profile' settings")), remedies.get(1));
    }

    @Test
    void noBlindSpotsNeedNoRemedy() {
        assertEquals(List.of(), SharedRemedy.of(List.of()));
    }
}
