package jbound.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import jbound.profile.CpuLoadPoint;

class LoadPatternTest {

    @Test
    void aLoadThatSpikesThenIdlesInTurnsIsSpiky() {
        LoadPattern pattern = LoadPattern.of(readings(1.0, 1.0, 1.0, 0.02, 0.02, 0.02, 1.0, 1.0, 1.0, 0.02, 0.02, 0.02, 1.0, 1.0));

        assertTrue(pattern.spikesThenIdles(), pattern::toString);
        assertEquals(4, pattern.alternations());
    }

    @Test
    void aSteadyLoadIsNotSpiky() {
        assertFalse(LoadPattern.of(readings(1.9, 2.0, 1.95, 1.9, 2.0, 1.98, 1.97, 1.9, 2.0, 1.96)).spikesThenIdles());
    }

    @Test
    void anIdleJvmIsNotSpikyEvenWhenItsTinyLoadVaries() {
        assertFalse(LoadPattern.of(readings(0.1, 0.0, 0.1, 0.0, 0.1, 0.0, 0.1, 0.0, 0.1, 0.0)).spikesThenIdles());
    }

    @Test
    void tooFewReadingsSayNothing() {
        assertFalse(LoadPattern.of(readings(1.0, 0.0, 1.0, 0.0)).spikesThenIdles());
        assertEquals(0, LoadPattern.of(List.of()).readings());
    }

    private static List<CpuLoadPoint> readings(double... jvmCores) {
        List<CpuLoadPoint> points = new ArrayList<>();
        for (int i = 0; i < jvmCores.length; i++) {
            points.add(new CpuLoadPoint(250L * i, jvmCores[i], 0, jvmCores[i]));
        }
        return points;
    }
}
