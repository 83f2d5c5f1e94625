package jbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jbound.diagnosis.HotspotSpeedup;
import jbound.diagnosis.Measure;
import jbound.diagnosis.Prediction;
import jbound.diagnosis.PredictionBasis;
import jbound.diagnosis.Remedy;
import jbound.diagnosis.VerdictKind;
import jbound.profile.WaitCategory;
import jbound.profile.WaitSite;
import jbound.report.PredictionWords;
import jbound.support.Recordings;
import jbound.support.Slow;

/** Each sample's advice comes with what it would buy, as a range with its assumptions, from real recordings. */
@Slow
class PredictionsOnSamplesTest {

    @Test
    void aCpuBoundProgramIsPromisedAmdahlsGainForItsHotspot() {
        Analysis analysis = Recordings.analyze(Recordings.of("CpuBound"));
        assertEquals(VerdictKind.CPU_BOUND, analysis.diagnosis().verdict().kind());

        Prediction hotspot = only(analysis, Remedy.OPTIMIZE_HOTSPOT);
        assertEquals("jbound.samples.CpuBound.sumOfSquares(double[])", hotspot.subject());
        assertEquals(Measure.HOTSPOT_SHARE, hotspot.measure());
        // Nearly all of the program's time is the hotspot: the gain approaches the hotspot's own.
        assertTrue(hotspot.low() > 1.5 && hotspot.high() <= 10.9 + 1e-9, hotspot.toString());
        assertTrue(hotspot.before() > 0.5 && hotspot.before() <= 1, hotspot.toString());
        PredictionBasis.Hotspot basis = (PredictionBasis.Hotspot) hotspot.basis();
        assertEquals(HotspotSpeedup.DOCUMENTED_LADDER, basis.k(), "k from the documented ladder where no ladder ran here");
        assertTrue(basis.intervalLow() <= basis.sampleShare() && basis.sampleShare() <= basis.intervalHigh(), basis.toString());
        assertEquals("jbound.samples.CpuBound::sumOfSquares", basis.methodTimingFilter(), "how to record a check by counted calls");
    }

    @Test
    void anIoBoundPoolIsToldTheSizeThatKeepsTheCoresBusy() {
        Analysis analysis = Recordings.analyze(Recordings.of("IoBound"));
        assertEquals(VerdictKind.IO_BOUND, analysis.diagnosis().verdict().kind());

        Prediction pool = only(analysis, Remedy.OVERLAP_WAITS);
        assertEquals("jbound.samples.BackendClient.request(int)", pool.subject(), "its results counted by its calls to the backend");
        assertEquals(Measure.CALL_RATE, pool.measure());
        // Four threads each waiting 50 ms per reply use a sliver of two cores: far more threads fit.
        assertTrue(pool.low() > 4, pool.toString());
        PredictionBasis.Pool basis = (PredictionBasis.Pool) pool.basis();
        assertEquals("quote-client-*", basis.pool());
        assertEquals(4, basis.threads(), basis.toString());
        assertTrue(basis.sizeLow() > basis.threads() && basis.sizeLow() <= basis.sizeHigh(), "a pool larger than today's: " + basis);
        assertEquals("jbound.samples.BackendClient.request(int)", basis.calls().method());
        assertTrue(pool.before() > 10, "four threads each making a call per 50 ms: " + pool.before());
    }

    @Test
    void smallRoundTripsAreToldWhatBatchingThemWouldBuy() {
        Analysis analysis = Recordings.analyze(Recordings.of("IoBound"));

        Prediction batching = only(analysis, Remedy.FEWER_LARGER_CALLS);
        // The quote requests read a few hundred bytes each after a 50 ms wait; the journal's 1 MiB blocks are not small calls.
        PredictionBasis.Batching basis = (PredictionBasis.Batching) batching.basis();
        assertEquals("jbound.samples.BackendClient.request(int)", basis.method());
        assertTrue(basis.meanBytes() <= 4096 && basis.calls() > 1, basis.toString());
        assertTrue(batching.low() > 1.2 && batching.low() < batching.high(), batching.toString());
        // Fewer calls carry the same bytes: the calls a second would fall, and the application's CPU
        // here is mostly the journal writer's, which the quotes' pace does not change.
        assertEquals(Measure.BYTE_RATE, batching.measure(), batching.toString());
        assertEquals("jbound.samples.BackendClient.request(int)", batching.subject());
        assertTrue(batching.before() > 0, "the site's bytes a second in this recording: " + batching);
    }

    @Test
    void aLockBoundProgramIsToldTheCeilingItsLockSets() {
        Analysis analysis = Recordings.analyze(Recordings.of("LockContended"));
        assertEquals(VerdictKind.LOCK_BOUND, analysis.diagnosis().verdict().kind());

        Prediction lock = only(analysis, analysis.diagnosis().advice().getFirst().id());
        PredictionBasis.Lock basis = (PredictionBasis.Lock) lock.basis();
        assertTrue(basis.where().startsWith("jbound.samples.LockContended"), basis.where());
        assertTrue(lock.low() > 1 && lock.high() <= 2 + 1e-9, lock.toString());
        // Only the posters take the ledger's monitor: the events name them as the holders.
        assertEquals("poster-*", basis.owners().getFirst().threads(), basis.toString());
        WaitSite site = analysis.profile().offCpu().waitSites().stream().filter(w -> w.category() == WaitCategory.LOCK).findFirst().orElseThrow();
        assertEquals(site.count(), site.previousOwners().getFirst().waits(), "every contended entry names its previous owner: " + site);
        assertEquals(Measure.APPLICATION_CPU, lock.measure(), "a shorter lock leaves the CPU per result alone");
    }

    @Test
    void everyPredictionIsARangeWhoseBaselineIsItsMeasureOnTheSameRecording() {
        for (String sample : List.of("CpuBound", "IoBound", "LockContended", "Mixed")) {
            Analysis analysis = Recordings.analyze(Recordings.of(sample));
            List<Prediction> predictions = analysis.diagnosis().predictions();
            assertFalse(predictions.isEmpty(), sample + " has advice worth a number");
            for (Prediction p : predictions) {
                assertTrue(analysis.diagnosis().advice().stream().anyMatch(a -> a.id().equals(p.remedy())), sample + ": belongs to advice given: " + p);
                assertTrue(1 <= p.low() && p.low() <= p.high(), sample + ": " + p);
                assertFalse(PredictionWords.assumptions(p).isEmpty());
                assertEquals(p.before(), p.measure().valueIn(analysis.profile(), analysis.diagnosis().ledger(), p.subject()), 1e-12, sample + ": " + p);
            }
        }
    }

    private static Prediction only(Analysis analysis, Remedy remedy) {
        List<Prediction> found = analysis.diagnosis().predictions().stream().filter(p -> p.remedy().equals(remedy)).toList();
        assertEquals(1, found.size(), () -> remedy + " in " + analysis.diagnosis().predictions());
        return found.getFirst();
    }
}
