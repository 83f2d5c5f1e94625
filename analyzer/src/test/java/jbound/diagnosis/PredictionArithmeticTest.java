package jbound.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The arithmetic behind each prediction, case by case. */
class PredictionArithmeticTest {

    private static final double EXACT = 1e-9;

    @ParameterizedTest(name = "a share {0} of the time made {1}× faster speeds the program {2}×")
    @CsvSource({
            "0.0, 10, 1.0",
            "0.5, 2, 1.3333333333",
            "0.9, 10, 5.2631578947",
            "1.0, 4, 4.0",
            "0.3, 5, 1.3157894737",
    })
    void amdahlsLaw(double share, double speedup, double program) {
        assertEquals(program, Predictions.amdahl(share, speedup), 1e-9);
    }

    @ParameterizedTest(name = "a share {0} of the time in round trips, {1} calls as one: {2}×")
    @CsvSource({
            "0.0, 10, 1.0",
            "1.0, 4, 4.0",
            "0.5, 2, 1.3333333333",
            "0.8, 10, 3.5714285714",
            "0.3, 1, 1.0",
    })
    void batchingDividesTheRoundTripsShareOfTheTime(double share, int batch, double gain) {
        assertEquals(gain, Predictions.batchGain(share, batch), 1e-9);
    }

    @ParameterizedTest(name = "{0} cores at {1} with W/C = {2}: {3} threads")
    @CsvSource({
            "2, 0.5, 99, 100",
            "8, 0.8, 0, 6",
            "1, 0.5, 0, 1",
            "4, 0.8, 9, 32",
            "2, 0.8, 0.01, 2",
    })
    void poolSizeKeepsTheCoresBusyWhileThreadsWait(int cores, double utilisation, double waitPerCompute, int threads) {
        assertEquals(threads, Predictions.poolSize(cores, utilisation, waitPerCompute));
    }

    @ParameterizedTest(name = "{0} free cores at {1}, the pool on {2} cores: up to {3}×")
    @CsvSource({
            "2, 0.5, 0.05, 20",
            "2, 0.8, 2.0, 1",
            "1.5, 0.8, 0.3, 4",
    })
    void aPoolGrowsUntilItsCpuFillsTheFreeCores(double free, double utilisation, double poolCores, double gain) {
        assertEquals(gain, Predictions.poolGain(free, utilisation, poolCores), EXACT);
    }

    @ParameterizedTest(name = "the application on {1} cores, {0} cores free for it: its CPU can grow {2}×")
    @CsvSource({
            "2.0, 1.0, 2.0",
            "1.8, 0.6, 3.0",
            "2.0, 2.0, 1.0",
            "2.0, 2.5, 1.0",
    })
    void theApplicationsCpuGrowsUntilItFillsTheCoresTheJvmLeaves(double free, double application, double ceiling) {
        assertEquals(ceiling, Predictions.cpuCeiling(free, application), EXACT);
    }

    @ParameterizedTest(name = "{1} of {0} cores growing {2}× grows the application {3}×")
    @CsvSource({
            "1.0, 0.5, 3, 2.0",
            "1.0, 1.0, 3, 3.0",
            "2.0, 0.1, 11, 1.5",
    })
    void onePartsGainIsDilutedByTheRest(double all, double part, double partGain, double gain) {
        assertEquals(gain, Predictions.applicationGain(all, part, partGain), EXACT);
    }

    @ParameterizedTest(name = "computing {0} and waiting {1}, overlapped: up to {2}×")
    @CsvSource({
            "3, 1, 1.3333333333",
            "2, 2, 2.0",
            "1, 9, 1.1111111111",
    })
    void overlapTendsToTheLongerStage(long computing, long waiting, double bound) {
        assertEquals(bound, Predictions.overlapBound(computing, waiting), 1e-9);
    }

    @ParameterizedTest(name = "{0} of {1} samples: {2}–{3}")
    @CsvSource({
            "50, 100, 0.4038, 0.5962",
            "0, 10, 0.0, 0.2775",
            "10, 10, 0.7225, 1.0",
            "990, 1000, 0.9817, 0.9946",
    })
    void aSampledShareCarriesItsWilsonInterval(long hits, long n, double low, double high) {
        double[] interval = Predictions.wilson(hits, n);
        assertEquals(low, interval[0], 5e-4);
        assertEquals(high, interval[1], 5e-4);
    }

    @Test
    void fewerSamplesWidenTheInterval() {
        double[] few = Predictions.wilson(9, 10);
        double[] many = Predictions.wilson(900, 1000);
        assertTrue(few[1] - few[0] > 3 * (many[1] - many[0]));
    }

    @ParameterizedTest(name = "a hotspot of {0} made {1}× faster: its share after gives back Amdahl's figure")
    @CsvSource({"0.5, 2", "0.9, 10", "0.3, 5", "0.99, 4"})
    void theHotspotsShareAfterTheChangeMeasuresTheSpeedupAmdahlPredicts(double f, double k) {
        double after = (f / k) / ((1 - f) + f / k);
        assertEquals(Predictions.amdahl(f, k), Measure.HOTSPOT_SHARE.gain(f, after), 1e-9);
    }

    @Test
    void moreCpuAtTheSameCpuPerResultIsMoreResults() {
        assertEquals(3, Measure.APPLICATION_CPU.gain(0.5, 1.5), EXACT);
        assertTrue(Double.isNaN(Measure.APPLICATION_CPU.gain(0, 1)), "nothing to compare with");
    }
}
