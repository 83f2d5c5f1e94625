package jbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jbound.diagnosis.Evidence;
import jbound.diagnosis.Phase;
import jbound.diagnosis.VerdictKind;
import jbound.profile.Timeline;
import jbound.report.VerdictWords;
import jbound.support.Cli;
import jbound.support.Recordings;
import jbound.support.Slow;

/**
 * A recording whose behaviour changes is split into phases, each judged on its own; one that
 * behaves one way throughout has one phase. The timeline under them spans the recording and adds
 * up to the threads' ledgers.
 */
@Slow
class PhasesOverTimeTest {

    /** Long enough that each third of the batch job spans several one-second stretches. */
    private static final double BATCH_SECONDS = 12;

    @TempDir
    Path dir;

    @Test
    void aBatchJobThatFetchesThenCrunchesThenIdlesHasThreePhasesEachWithItsVerdictAndCause() {
        Analysis analysis = Recordings.analyze(Recordings.lasting("Phases", BATCH_SECONDS));
        List<Phase> phases = analysis.diagnosis().phases();

        assertEquals(List.of(VerdictKind.IO_BOUND, VerdictKind.CPU_BOUND, VerdictKind.IDLE), phases.stream().map(Phase::kind).toList(),
                () -> phases.toString());
        assertEquals("jbound.samples.BackendClient.request(int)", phases.get(0).topCause().method());
        assertEquals(Phase.CauseKind.IO, phases.get(0).topCause().kind());
        assertEquals("jbound.samples.CpuBound.sumOfSquares(double[])", phases.get(1).topCause().method());
        assertNull(phases.get(2).topCause(), "an idle phase names no cause");
        for (Phase phase : phases) {
            // A third of the run each; the JVM's start shifts the sample's clock against the recording's by a second at most.
            assertEquals(BATCH_SECONDS / 3, phase.lengthMillis() / 1000.0, 2.0, () -> "a third of the run: " + phases);
        }
        Evidence.Phases said = analysis.diagnosis().verdict().evidence().stream().filter(Evidence.Phases.class::isInstance)
                .map(Evidence.Phases.class::cast).findFirst().orElseThrow(() -> new AssertionError(analysis.diagnosis().verdict().evidence()));
        assertEquals(phases, said.phases(), "the evidence says the phases found");
        assertTrue(VerdictWords.text(said).startsWith("The recording has 3 phases (I/O-bound, then CPU-bound, then idle)"),
                () -> VerdictWords.text(said));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CpuBound", "IoBound", "LockContended"})
    void aProgramThatBehavesOneWayThroughoutHasOnePhaseWithTheRecordingsVerdict(String sample) {
        Analysis analysis = Recordings.analyze(Recordings.of(sample));

        List<Phase> phases = analysis.diagnosis().phases();
        assertEquals(1, phases.size(), phases::toString);
        assertEquals(analysis.diagnosis().verdict().kind(), phases.getFirst().kind());
        assertTrue(analysis.diagnosis().verdict().evidence().stream().noneMatch(e -> e.id().equals("phases")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"IoBound", "Mixed"})
    void theTimelineSpansTheRecordingAndAddsUpToTheApplicationThreadsLedger(String sample) {
        Analysis analysis = Recordings.analyze(Recordings.of(sample));
        Timeline timeline = analysis.profile().timeline();

        assertEquals(0, timeline.buckets().getFirst().offsetMillis());
        for (int b = 1; b < timeline.buckets().size(); b++) {
            Timeline.Bucket before = timeline.buckets().get(b - 1);
            assertEquals(before.offsetMillis() + before.lengthMillis(), timeline.buckets().get(b).offsetMillis(), "stretches follow each other");
        }
        Timeline.Bucket last = timeline.buckets().getLast();
        assertEquals(analysis.profile().recording().duration().toMillis(), last.offsetMillis() + last.lengthMillis(), 1);
        var ledger = analysis.diagnosis().ledger();
        // Equal up to each bucket's truncation to whole nanoseconds and the doubles' rounding (a millionth):
        // a CI run read 4.1446108 s of CPU in the ledger and 4.1446106 s in the buckets.
        long buckets = timeline.buckets().size();
        assertEquals(ledger.cpuNanos(), timeline.buckets().stream().mapToLong(Timeline.Bucket::cpuNanos).sum(), Math.max(buckets, ledger.cpuNanos() * 1e-6));
        assertEquals(ledger.ioNanos(), timeline.buckets().stream().mapToLong(Timeline.Bucket::ioNanos).sum(), Math.max(buckets, ledger.ioNanos() * 1e-6));
        assertEquals(ledger.waitNanos(), timeline.buckets().stream().mapToLong(Timeline.Bucket::waitNanos).sum(), Math.max(buckets, ledger.waitNanos() * 1e-6));
    }

    @Test
    void phasesAndTheTimelineAreInTheJsonAndTheTerminal() throws Exception {
        Path json = dir.resolve("phases.json");
        Cli.Result result = Cli.jbound("analyze", Recordings.lasting("Phases", BATCH_SECONDS).toString(), "--json", json.toString());
        assertEquals(0, result.status(), result.err());

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals("IO_BOUND", root.path("phases").get(0).path("verdict").asText(), root.path("phases")::toString);
        assertEquals("jbound.samples.CpuBound.sumOfSquares(double[])", root.path("phases").get(1).path("topCause").path("method").asText());
        assertTrue(root.path("timeline").path("buckets").size() >= 10, "one-second stretches over 12 s");
        assertEquals(1000, root.path("timeline").path("bucketMillis").asLong());
        assertTrue(result.out().contains("Phases (each judged on its own)"), result.out());
        assertTrue(result.out().lines().anyMatch(l -> l.contains("CPU_BOUND") && l.contains("CpuBound.sumOfSquares")), result.out());
    }
}
