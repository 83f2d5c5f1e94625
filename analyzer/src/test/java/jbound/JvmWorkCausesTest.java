package jbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jbound.diagnosis.Advice;
import jbound.diagnosis.Evidence;
import jbound.diagnosis.JvmWork;
import jbound.diagnosis.Remedy;
import jbound.support.ChurnsATightHeap;
import jbound.support.CompilesSources;
import jbound.support.Recordings;
import jbound.support.Slow;

/** The JVM's own work is a cause of its own where it is one: a short javac run's JIT compilation, a tight heap's GC pauses. */
@Slow
class JvmWorkCausesTest {

    @Test
    void aShortCompilerRunIsToldItsWarmUpIsACause() {
        Analysis analysis = Recordings.analyze(Recordings.of(CompilesSources.class.getName()));

        JvmWork jvm = analysis.diagnosis().jvmWork();
        assertTrue(jvm.warmUpIsACause(), jvm::toString);
        assertTrue(analysis.diagnosis().verdict().evidence().stream().map(Evidence::id).anyMatch("jit-compilation"::equals));
        assertTrue(advice(analysis).contains(Remedy.CUT_WARM_UP), () -> advice(analysis).toString());
    }

    @Test
    void aTightHeapIsToldToEaseTheCollectorFirst() {
        Analysis analysis = Recordings.analyze(Recordings.of(ChurnsATightHeap.class.getName(), "jbound", List.of("-Xmx64m")));

        JvmWork jvm = analysis.diagnosis().jvmWork();
        assertTrue(jvm.gcIsACause(), jvm::toString);
        assertTrue(analysis.diagnosis().verdict().evidence().stream().anyMatch(e -> e.id().equals("gc-pauses")));
        assertEquals(Remedy.EASE_GC, advice(analysis).getFirst(), "the collector over its own goals is the first thing to fix: " + advice(analysis));
    }

    @Test
    void aLongComputationWithRoomyHeapHasNeitherCause() {
        Analysis analysis = Recordings.analyze(Recordings.of("CpuBound"));

        JvmWork jvm = analysis.diagnosis().jvmWork();
        assertFalse(jvm.warmUpIsACause() || jvm.gcIsACause(), jvm::toString);
        assertFalse(advice(analysis).contains(Remedy.CUT_WARM_UP) || advice(analysis).contains(Remedy.EASE_GC), () -> advice(analysis).toString());
    }

    private static List<Remedy> advice(Analysis analysis) {
        return analysis.diagnosis().advice().stream().map(Advice::id).toList();
    }
}
