package jbound.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import jbound.diagnosis.HotspotSpeedup;
import jbound.diagnosis.Measure;
import jbound.diagnosis.Prediction;
import jbound.diagnosis.PredictionBasis;
import jbound.diagnosis.Remedy;
import jbound.profile.WaitSite.PreviousOwner;

/** A prediction's figures said in words: what each sentence is there for, and what the JSON writes. */
class PredictionWordsTest {

    @Test
    void aHotspotsChangeNamesTheMethodAndTheSpeedUpAndSaysHowToCountItsCalls() {
        Prediction shared = hotspot("jbound.Foo::bar");
        assertEquals("make jbound.Foo.bar() 2.4–10.9× faster", PredictionWords.change(shared));
        List<String> said = PredictionWords.assumptions(shared);
        assertTrue(said.get(1).startsWith("k from the ladder figures"), said.toString());
        assertTrue(said.getLast().contains("method-timing='jbound.Foo::bar'"), said.toString());
        assertEquals(2, PredictionWords.assumptions(hotspot(null)).size(), "no advice to count calls where they were counted");
    }

    @Test
    void aPoolSaysItsCallsOnlyWhereCountedAndItsThrottleOnlyWhereInTheWay() {
        PredictionBasis.Pool bare = new PredictionBasis.Pool("worker-*", 4, 27_000_000_000L, 100_000_000L, 270, 0.01, 400, 650, 0.5, 0.8, 1.5,
                null, null);
        PredictionBasis.Pool full = new PredictionBasis.Pool("worker-*", 4, 27_000_000_000L, 100_000_000L, 270, 0.01, 400, 650, 0.5, 0.8, 1.5,
                new PredictionBasis.PoolCalls("app.Client.call()", "jdk.SocketRead", 50_000_000L, 75.2),
                new PredictionBasis.Throttle(8000, "jdk.SocketRead", 1000));
        assertEquals("run worker-*'s tasks on 400–650 threads, or one virtual thread each", PredictionWords.change(prediction(Remedy.OVERLAP_WAITS, bare)));
        List<String> fewer = PredictionWords.assumptions(prediction(Remedy.OVERLAP_WAITS, bare));
        List<String> more = PredictionWords.assumptions(prediction(Remedy.OVERLAP_WAITS, full));
        assertEquals(fewer.size() + 2, more.size(), more::toString);
        assertTrue(more.get(1).startsWith("its calls are app.Client.call()'s (jdk.SocketRead, "), more.toString());
        assertTrue(more.getLast().endsWith("record the check with jdk.SocketRead#throttle=off"), more.toString());
    }

    @Test
    void aLockNamesItsHoldersWhereTheEventsDid() {
        PredictionBasis.Lock named = new PredictionBasis.Lock("app.Ledger.post(long) on app.Ledger", 1.2, 400, 5_000_000L, 0.9, 2,
                List.of(new PreviousOwner("poster-*", 400)), 1.3, 2.0, 2.2);
        List<String> said = PredictionWords.assumptions(prediction(Remedy.SHORTEN_LOCK, named));
        assertEquals("halve the time app.Ledger.post(long) on app.Ledger is held", PredictionWords.change(prediction(Remedy.SHORTEN_LOCK, named)));
        assertTrue(said.get(1).startsWith("it was held by poster-* (before 400 of the 400 waits)"), said.toString());
        PredictionBasis.Lock unnamed = new PredictionBasis.Lock("app.Ledger.post(long)", 1.2, 400, 5_000_000L, 0.9, 2, List.of(), 1.3, 2.0, 2.2);
        assertEquals(said.size() - 1, PredictionWords.assumptions(prediction(Remedy.SHORTEN_LOCK, unnamed)).size());
    }

    @Test
    void theJsonWritesAPredictionWithItsChangeAndAssumptionsInWords() throws Exception {
        Prediction p = prediction(Remedy.SPREAD_ACROSS_CORES, new PredictionBasis.Spread(8, 1.0, 1.1, 0.6, 0.9));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonReport.writeValue(out, p);
        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.contains("\"remedy\" : \"spread-across-cores\""), json);
        assertTrue(json.contains("\"change\" : \"split the work over all 8 cores\""), json);
        assertTrue(json.contains("\"assumptions\" : [ \"the application computed on 1.00 of 8 cores"), json);
        assertFalse(json.contains("basis"), json);
    }

    private static Prediction hotspot(String methodTimingFilter) {
        return prediction(Remedy.OPTIMIZE_HOTSPOT, new PredictionBasis.Hotspot("jbound.Foo.bar()", HotspotSpeedup.DOCUMENTED_LADDER, 0.8, 0.85, 0.8, 0.9,
                1000, 0.95, methodTimingFilter));
    }

    private static Prediction prediction(Remedy remedy, PredictionBasis basis) {
        return new Prediction(remedy, 1.5, 3, basis, Measure.APPLICATION_CPU, null, 1);
    }
}
