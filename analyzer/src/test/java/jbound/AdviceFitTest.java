package jbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jbound.diagnosis.Advice;
import jbound.diagnosis.Remedy;
import jbound.diagnosis.VerdictKind;
import jbound.profile.ApplicationCode;
import jbound.recording.UnreadableRecordingException;
import jbound.support.Recordings;
import jbound.support.Slow;
import jbound.support.VirtualClients;

/** Advice fits the program recorded: nothing it already does, and no method that is not the user's to change. */
@Slow
class AdviceFitTest {

    @Test
    void waitsAlreadyOnVirtualThreadsAreNotToldToMoveOntoVirtualThreads() {
        Analysis analysis = Recordings.analyze(Recordings.of(VirtualClients.class.getName()));

        assertEquals(VerdictKind.IO_BOUND, analysis.diagnosis().verdict().kind(), () -> analysis.diagnosis().verdict().toString());
        assertTrue(analysis.profile().applicationThreads().stream().anyMatch(t -> t.virtual() && t.ioNanos() > 0),
                "the clients are virtual threads");
        List<Remedy> ids = analysis.diagnosis().advice().stream().map(Advice::id).toList();
        assertTrue(ids.contains(Remedy.SHORTEN_EACH_WAIT), ids::toString);
        assertTrue(analysis.diagnosis().advice().stream().noneMatch(a -> a.why().contains("newVirtualThreadPerTaskExecutor")),
                () -> analysis.diagnosis().advice().toString());
    }

    @Test
    void waitsOnPlatformThreadsAreToldToOverlapOnVirtualThreads() {
        Analysis analysis = Recordings.analyze(Recordings.of("IoBound"));

        assertTrue(analysis.diagnosis().advice().stream().anyMatch(a -> a.id().equals(Remedy.OVERLAP_WAITS)
                && a.why().contains("newVirtualThreadPerTaskExecutor")), () -> analysis.diagnosis().advice().toString());
    }

    @Test
    void codeWithNoApplicationFrameIsNeverAMethodToFixButAReasonToPassInclude() throws UnreadableRecordingException {
        // Everything on the stacks is outside the application as --include draws it.
        Analysis analysis = Analyzer.analyze(Recordings.of("IoBound"), AnalysisRequest.of(new ApplicationCode(List.of("com.example.nothing"), List.of())));

        List<String> methods = analysis.diagnosis().advice().stream().flatMap(a -> a.methods().stream()).toList();
        assertTrue(methods.stream().noneMatch(m -> m.startsWith(ApplicationCode.NO_APPLICATION_FRAME)), methods::toString);
        assertTrue(analysis.diagnosis().advice().stream().anyMatch(a -> a.id().equals(Remedy.NAME_THE_CALLER) && a.why().contains("--include")),
                () -> analysis.diagnosis().advice().toString());
        assertEquals(1, analysis.diagnosis().advice().stream().filter(a -> a.why().contains("--include")).count(), "said once");
    }
}
