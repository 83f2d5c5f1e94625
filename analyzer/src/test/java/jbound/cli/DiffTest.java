package jbound.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jbound.support.Cli;
import jbound.support.Recordings;
import jbound.support.Slow;

/** {@code jbound diff}: what changed between two recordings, normalised by their length and sampling. */
@Slow
class DiffTest {

    @TempDir
    Path dir;

    @Test
    void diffShowsTheVerdictChangeAndTheMethodsAndIoThatMoved() throws Exception {
        Path json = dir.resolve("diff.json");
        Cli.Result result = Cli.jbound("diff", Recordings.of("CpuBound").toString(), Recordings.of("Mixed").toString(), "--json", json.toString());
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("Verdict: CPU_BOUND (HIGH) → MIXED"), result.out());

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals("diff", root.path("kind").asText());
        assertEquals("CPU_BOUND", root.path("before").path("verdict").asText());
        assertEquals("MIXED", root.path("after").path("verdict").asText());
        JsonNode shrank = root.path("shrank").get(0);
        assertEquals("jbound.samples.CpuBound.sumOfSquares(double[])", shrank.path("method").asText());
        assertTrue(shrank.path("coresBefore").asDouble() > 1.0, "two workers kept more than a core busy in it");
        assertEquals(0.0, shrank.path("coresAfter").asDouble());
        assertTrue(root.path("grew").size() > 0);
        JsonNode io = root.path("io").get(0);
        assertEquals("jbound.samples.BackendClient.request(int)", io.path("method").asText());
        assertEquals(0.0, io.path("threadsBefore").asDouble());
        assertTrue(io.path("threadsAfter").asDouble() > 0.2, "the mixed sample waits about half its time");
    }

    @Test
    void aRecordingAgainstItselfShowsNoChange() {
        Path recording = Recordings.of("LockContended");
        Cli.Result result = Cli.jbound("diff", recording.toString(), recording.toString());

        assertEquals(0, result.status(), result.err());
        assertEquals(2, result.out().split("\\(none by 0.01 cores or more\\)", -1).length - 1, result.out());
    }

    @Test
    void beforesPredictionsArePairedWithWhatAfterMeasured() throws Exception {
        Path json = dir.resolve("checked.json");
        Path cpu = Recordings.of("CpuBound");
        Cli.Result same = Cli.jbound("diff", cpu.toString(), cpu.toString(), "--json", json.toString());
        assertEquals(0, same.status(), same.err());
        JsonNode unchanged = new ObjectMapper().readTree(json.toFile()).path("predictions").get(0);
        assertEquals("optimize-hotspot", unchanged.path("remedy").asText());
        assertEquals(1.0, unchanged.path("measuredGain").asDouble(), 1e-9, "nothing changed, nothing gained");
        assertEquals("BELOW", unchanged.path("outcome").asText(), "the predicted gain did not happen");
        assertTrue(same.out().contains("Predicted by BEFORE's advice, measured in AFTER"), same.out());
        assertTrue(same.out().matches("(?s).*predicted \\d+(\\.\\d)?–\\d+(\\.\\d)?×, measured 1\\.0× \\(below the range\\).*"), same.out());

        // After a change that took the hotspot away entirely, its share cannot be measured: said so, not guessed.
        Cli.Result gone = Cli.jbound("diff", cpu.toString(), Recordings.of("IoBound").toString(), "--json", json.toString());
        assertEquals(0, gone.status(), gone.err());
        JsonNode notMeasured = new ObjectMapper().readTree(json.toFile()).path("predictions").get(0);
        assertEquals("NOT_MEASURED", notMeasured.path("outcome").asText());
        assertTrue(notMeasured.path("measuredGain").isNull());
        assertTrue(gone.out().contains("not measurable (jbound.samples.CpuBound.sumOfSquares(double[]) is not in AFTER)"), gone.out());
    }

    @Test
    void diffNeedsExactlyTwoRecordings() {
        Cli.jbound("diff", Recordings.of("Idle").toString()).assertOneLineError(2, "two recordings");
    }
}
