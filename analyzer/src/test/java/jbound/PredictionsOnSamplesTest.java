package jbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jbound.diagnosis.Measure;
import jbound.diagnosis.Prediction;
import jbound.diagnosis.Remedy;
import jbound.diagnosis.VerdictKind;
import jbound.profile.WaitCategory;
import jbound.profile.WaitSite;
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
        assertTrue(hotspot.assumptions().stream().anyMatch(a -> a.contains("docs/ladder.md")), "says where k comes from: " + hotspot.assumptions());
        assertTrue(hotspot.assumptions().stream().anyMatch(a -> a.contains("method-timing='jbound.samples.CpuBound::sumOfSquares'")),
                "says how to record a check by counted calls: " + hotspot.assumptions());
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
        assertTrue(pool.change().matches("run quote-client-\\*'s tasks on \\d+–\\d+ threads, or one virtual thread each"), pool.change());
        assertTrue(pool.before() > 10, "four threads each making a call per 50 ms: " + pool.before());
    }

    @Test
    void smallRoundTripsAreToldWhatBatchingThemWouldBuy() {
        Analysis analysis = Recordings.analyze(Recordings.of("IoBound"));

        Prediction batching = only(analysis, Remedy.FEWER_LARGER_CALLS);
        // The quote requests read a few hundred bytes each after a 50 ms wait; the journal's 1 MiB blocks are not small calls.
        assertTrue(batching.change().startsWith("make jbound.samples.BackendClient.request(int)'s calls 2–10 at a time"), batching.change());
        assertTrue(batching.low() > 1.2 && batching.low() < batching.high(), batching.toString());
        // Fewer calls carry the same bytes: the calls a second would fall, and the application's CPU
        // here is mostly the journal writer's, which the quotes' pace does not change.
        assertEquals(Measure.BYTE_RATE, batching.measure(), batching.toString());
        assertEquals("jbound.samples.BackendClient.request(int)", batching.subject());
        assertTrue(batching.before() > 0, "the site's bytes a second in this recording: " + batching);
        assertTrue(batching.assumptions().stream().anyMatch(a -> a.contains("do not show in a recording")),
                "says what the recording cannot tell about connections: " + batching.assumptions());
    }

    @Test
    void aLockBoundProgramIsToldTheCeilingItsLockSets() {
        Analysis analysis = Recordings.analyze(Recordings.of("LockContended"));
        assertEquals(VerdictKind.LOCK_BOUND, analysis.diagnosis().verdict().kind());

        Prediction lock = only(analysis, analysis.diagnosis().advice().getFirst().id());
        assertTrue(lock.change().startsWith("halve the time jbound.samples.LockContended"), lock.change());
        assertTrue(lock.low() > 1 && lock.high() <= 2 + 1e-9, lock.toString());
        assertTrue(lock.assumptions().getFirst().contains("1 / hold acquisitions a second"), lock.assumptions().toString());
        // Only the posters take the ledger's monitor: the events name them as the holders.
        assertTrue(lock.assumptions().get(1).startsWith("it was held by poster-* (before "), lock.assumptions().toString());
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
                assertFalse(p.assumptions().isEmpty());
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
