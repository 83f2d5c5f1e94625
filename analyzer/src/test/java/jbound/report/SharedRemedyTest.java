package jbound.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import jbound.diagnosis.BlindSpot;
import jbound.diagnosis.Rerecord;

/** A re-recording that cures several blind spots is one remedy, said once, each blind spot keeping what it adds. */
class SharedRemedyTest {

    @Test
    void blindSpotsCuredByJboundsSettingsShareOneRemedyInTheOrderTheyCome() {
        List<BlindSpot> spots = List.of(
                new BlindSpot.FewCpuSamples(40),
                new BlindSpot.IoThreshold(BlindSpot.IoKind.SOCKET, List.of("jdk.SocketRead", "jdk.SocketWrite"), true, 20_000_000L),
                new BlindSpot.LockThreshold(20_000_000L),
                new BlindSpot.NoCpuLoad(),
                new BlindSpot.NoCpuSamples());

        List<SharedRemedy> remedies = SharedRemedy.of(spots);

        assertEquals(2, remedies.size());
        assertEquals(new SharedRemedy("record for longer, or sample more often (jdk.ExecutionSample#period=10ms)", List.of(0), List.of("")),
                remedies.get(0));
        assertEquals(new SharedRemedy(Rerecord.WITH_JBOUND_SETTINGS, List.of(1, 2, 3, 4),
                List.of("(I/O from 1 ms)", "(locks from 5 ms)", "", "or the JDK's 'profile' settings")), remedies.get(1));
    }

    @Test
    void noBlindSpotsNeedNoRemedy() {
        assertEquals(List.of(), SharedRemedy.of(List.of()));
    }
}
