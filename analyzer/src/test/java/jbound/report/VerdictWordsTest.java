package jbound.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jbound.diagnosis.Confidence;
import jbound.diagnosis.ConfidenceLimit;
import jbound.diagnosis.Evidence;
import jbound.diagnosis.Headline;
import jbound.diagnosis.LoadPattern;
import jbound.diagnosis.Phase;
import jbound.diagnosis.SourceDisagreement;
import jbound.diagnosis.UnseenCause;
import jbound.diagnosis.VerdictKind;
import jbound.profile.CpuSource;

/**
 * The verdict's headline and evidence said in words: every form and every kind of evidence has
 * its sentence, a clause appears only with the figure it states, and the JSON writes each piece
 * of evidence as its id, its sentence and its figures.
 */
class VerdictWordsTest {

    private static final LoadPattern STEADY = new LoadPattern(60, 1.9, 2.0, 0.9, 0.0, 0, false);

    /** One of each kind of evidence, with every optional figure present. */
    private static List<Evidence> oneOfEach() {
        Phase io = new Phase(0, 10_000, VerdictKind.IO_BOUND, Confidence.of(0.9), 0.1, 0.9, 0, 1, 9_000_000_000L, null);
        Phase cpu = new Phase(10_000, 30_000, VerdictKind.CPU_BOUND, Confidence.of(0.9), 0.9, 0.1, 0, 1, 18_000_000_000L,
                new Phase.Cause(Phase.CauseKind.CPU, "app.Work.sum(double[])", 17_000_000_000L));
        return List.of(new Evidence.NoCpuEvidence(),
                new Evidence.Idle(true, 0.2, 3.5),
                new Evidence.Ledger(20_000_000_000L, 0.5, 0.4, 0.05, 1_000_000_000L, 0.05, 0.0, 3_000_000_000L),
                new Evidence.RemoteCalls(4_000_000_000L, 1_000_000_000L, List.of("PostgreSQL JDBC (query)")),
                new Evidence.NativeBlocked(2_000_000_000L, Optional.of("LZ4JNI.LZ4_compressHC(…)")),
                new Evidence.ProcessLoad(1.9, 2, 2.0, STEADY),
                new Evidence.CpuSourceUsed(CpuSource.THREAD_CPU_LOAD, 10_000_000_000L, 2_000_000_000L, 11_000_000_000L, 0.2, true),
                new Evidence.UnseenTime(3_000_000_000L, 0.15, 4, UnseenCause.SUSPECTED_LOCK, false, 20_000_000L, 12, 3),
                new Evidence.Disagreement(SourceDisagreement.PROCESS_BUSY_FOR_IO, 1.8, 0.2, 0.4),
                new Evidence.BusiestThreads(List.of()),
                new Evidence.Writers(List.of("the JDK's recorder", "async-profiler")),
                new Evidence.ConfidenceLimited(List.of(ConfidenceLimit.FEW_OBSERVATIONS, ConfidenceLimit.BLIND_SPOTS)),
                new Evidence.Phases(List.of(io, cpu), 1, 0.667),
                new Evidence.JitCompilation(3_000_000_000L, 0.6),
                new Evidence.GcPauses(120, 1_500_000_000L, 0.08, 250_000_000L));
    }

    @Test
    void everyKindOfEvidenceHasASentenceWithNoUnfilledFigure() {
        Set<Class<?>> covered = oneOfEach().stream().map(Object::getClass).collect(Collectors.toSet());
        assertEquals(Set.of(Evidence.class.getPermittedSubclasses()), covered, "a kind of evidence this test does not word");
        for (Evidence evidence : oneOfEach()) {
            String text = VerdictWords.text(evidence);
            assertFalse(text.isBlank(), evidence::toString);
            assertFalse(text.contains("null") || text.contains("NaN") || text.contains("Optional"), text);
        }
    }

    @Test
    void everyHeadlineFormHasItsLineAndNamesItsShares() {
        for (Headline.Form form : Headline.Form.values()) {
            String line = VerdictWords.headline(new Headline(form, 0.62, 0.21));
            assertFalse(line.isBlank() || line.contains("NaN"), form.name());
        }
        assertEquals("Mixed: computing (62%) and I/O waiting (21%) share the time",
                VerdictWords.headline(new Headline(Headline.Form.MIXED, 0.62, 0.21)));
        assertTrue(VerdictWords.headline(new Headline(Headline.Form.STOPPED_BY_THE_COLLECTOR, 0.7, 0.2))
                .matches("CPU-bound by the garbage collector: .* 70% of their active time, and computed 20%"));
        assertTrue(VerdictWords.headline(new Headline(Headline.Form.CPU_OR_WAITING_FOR_A_CORE, 0.9, 0)).endsWith("computing or waiting for a core"));
        long distinct = Arrays.stream(Headline.Form.values()).map(f -> VerdictWords.headline(new Headline(f, 0.5, 0.5))).distinct().count();
        assertEquals(Headline.Form.values().length, distinct, "each form its own line");
    }

    @Test
    void aClauseAppearsOnlyWithTheFigureItStates() {
        String withStops = VerdictWords.text(new Evidence.Ledger(10_000_000_000L, 0.9, 0.05, 0, 500_000_000L, 0.05, 0, 0));
        String without = VerdictWords.text(new Evidence.Ledger(10_000_000_000L, 0.9, 0.1, 0, 0, 0, 0, 0));
        assertTrue(withStops.contains(", stopped by the JVM 5%"), withStops);
        assertFalse(without.contains("stopped"), without);

        assertTrue(VerdictWords.text(new Evidence.RemoteCalls(4_000_000_000L, 1_000_000_000L, List.of("c"))).contains("waits on futures"));
        assertFalse(VerdictWords.text(new Evidence.RemoteCalls(4_000_000_000L, 0, List.of("c"))).contains("futures"));

        assertTrue(VerdictWords.text(new Evidence.NativeBlocked(1, Optional.of("Lib.call()"))).contains("(most native samples in Lib.call())"));
        assertFalse(VerdictWords.text(new Evidence.NativeBlocked(1, Optional.empty())).contains("most native samples"));

        String lock = VerdictWords.text(new Evidence.UnseenTime(3_000_000_000L, 0.15, 1, UnseenCause.SUSPECTED_LOCK, false, 20_000_000L, 12, 3));
        assertTrue(lock.contains("of 1 working thread is in no event") && lock.contains("(jdk.JavaMonitorEnter from 20 ms)")
                && lock.contains("; 12 longer lock waits were recorded") && lock.contains("; 3 monitors were inflated"), lock);
        String bare = VerdictWords.text(new Evidence.UnseenTime(3_000_000_000L, 0.15, 2, UnseenCause.SUSPECTED_LOCK, false, 0, 0, 0));
        assertFalse(bare.contains("jdk.JavaMonitorEnter") || bare.contains("lock waits were") || bare.contains("inflated"), bare);

        assertTrue(VerdictWords.text(new Evidence.ProcessLoad(0.5, 0, 0.6, STEADY)).contains(" of ? cores"), "cores the recording did not say");
        LoadPattern spiky = new LoadPattern(40, 1.0, 1.9, 0.4, 0.4, 9, true);
        assertTrue(VerdictWords.text(new Evidence.ProcessLoad(1.0, 2, 1.1, spiky)).endsWith("spiking then idling in turns (9 swings over 40 readings)"));
    }

    @Test
    void eachDisagreementAndCpuSourceIsSaidItsOwnWay() {
        long sentences = Arrays.stream(SourceDisagreement.values())
                .map(k -> VerdictWords.text(new Evidence.Disagreement(k, 1.8, 0.3, 0.4))).distinct()
                .peek(t -> assertTrue(t.startsWith("Sources disagree: "), t)).count();
        assertEquals(SourceDisagreement.values().length, sentences);
        long sources = Arrays.stream(CpuSource.values())
                .map(s -> VerdictWords.text(new Evidence.CpuSourceUsed(s, 10_000_000_000L, 2_000_000_000L, -1, Double.NaN, false)))
                .distinct().count();
        assertEquals(CpuSource.values().length, sources);
    }

    @Test
    void theJsonWritesEachPieceOfEvidenceAsItsIdSentenceAndFigures() throws Exception {
        Evidence source = new Evidence.CpuSourceUsed(CpuSource.EXECUTION_SAMPLES, 2_000_000_000L, 2_000_000_000L, -1, 0.5, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonReport.writeValue(out, List.of(source, new Headline(Headline.Form.IO, 0.9, 0)));
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        JsonNode evidence = json.get(0);
        assertEquals(List.of("id", "text", "facts"), List.copyOf(iterable(evidence.fieldNames())));
        assertEquals("cpu-source", evidence.get("id").asText());
        assertEquals(VerdictWords.text(source), evidence.get("text").asText());
        assertEquals("EXECUTION_SAMPLES", evidence.get("facts").get("source").asText());
        assertEquals(2.0, evidence.get("facts").get("cpuSeconds").asDouble());
        assertFalse(evidence.get("facts").has("processCpuSeconds"), "an unmeasured figure is left out, not written as NaN");
        assertEquals("I/O-bound: threads spend 90% of their active time waiting on I/O", json.get(1).asText());
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> all = new java.util.ArrayList<>();
        it.forEachRemaining(all::add);
        return all;
    }
}
