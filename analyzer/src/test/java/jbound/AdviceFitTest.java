package jbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jbound.diagnosis.Advice;
import jbound.diagnosis.AdvicePlace;
import jbound.diagnosis.Remedy;
import jbound.diagnosis.VerdictKind;
import jbound.profile.ApplicationCode;
import jbound.recording.UnreadableRecordingException;
import jbound.report.AdviceWords;
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
        assertFalse(ids.contains(Remedy.OVERLAP_WAITS), ids::toString);
        assertTrue(analysis.diagnosis().advice().getFirst().figures().virtualThreadIo(), () -> analysis.diagnosis().advice().toString());
    }

    @Test
    void waitsOnPlatformThreadsAreToldToOverlapOnVirtualThreads() {
        Analysis analysis = Recordings.analyze(Recordings.of("IoBound"));

        List<Remedy> ids = analysis.diagnosis().advice().stream().map(Advice::id).toList();
        assertTrue(ids.contains(Remedy.OVERLAP_WAITS), ids::toString);
        assertFalse(ids.contains(Remedy.SHORTEN_EACH_WAIT), ids::toString);
        assertFalse(analysis.diagnosis().advice().getFirst().figures().virtualThreadIo(), () -> analysis.diagnosis().advice().toString());
    }

    @Test
    void codeWithNoApplicationFrameIsNeverAMethodToFixButAReasonToPassInclude() throws UnreadableRecordingException {
        // Everything on the stacks is outside the application as --include draws it.
        Analysis analysis = Analyzer.analyze(Recordings.of("IoBound"), AnalysisRequest.of(new ApplicationCode(List.of("com.example.nothing"), List.of())));

        List<AdvicePlace> places = analysis.diagnosis().advice().stream().flatMap(a -> a.places().stream()).toList();
        assertTrue(places.stream().anyMatch(AdvicePlace::noApplicationFrame), places::toString);
        List<String> shown = analysis.diagnosis().advice().stream().flatMap(a -> AdviceWords.places(a).stream()).toList();
        assertTrue(shown.stream().noneMatch(m -> m.startsWith(ApplicationCode.NO_APPLICATION_FRAME)), "never shown as a method: " + shown);
        List<Remedy> ids = analysis.diagnosis().advice().stream().map(Advice::id).toList();
        assertEquals(1, ids.stream().filter(Remedy.NAME_THE_CALLER::equals).count(), "said once: " + ids);
    }
}
