package jbound.ladder;

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

@Slow
class AmdahlProjectionTest {

    @TempDir
    Path dir;

    @Test
    void aFiveTimesFasterKernelForAThirdOfTheTimeBuysAboutOneAndAHalf() {
        assertEquals(1.0 / (2.0 / 3 + 1.0 / 15), AmdahlProjection.programSpeedup(1.0 / 3, 5), 1e-12);
        assertEquals(1.0, AmdahlProjection.programSpeedup(0, 100), 1e-12);
        assertEquals(100.0, AmdahlProjection.programSpeedup(1, 100), 1e-9);
    }

    @Test
    void theHotspotIsNamedForJdk25MethodTiming() {
        assertEquals("jbound.samples.CpuBound::sumOfSquares",
                AmdahlProjection.methodTimingFilter("jbound.samples.CpuBound.sumOfSquares(double[])"));
        assertEquals("a.B$C::run", AmdahlProjection.methodTimingFilter("a.B$C.run()"));
    }

    @Test
    void ladderFromARecordingProjectsEachRungOntoItsHotspot() throws Exception {
        Path json = dir.resolve("from.json");
        Cli.Result result = Cli.jbound("ladder", "--kernel", "sum-of-squares", "--sizes", "1e4",
                "--from", Recordings.of("CpuBound").toString(), "--json", json.toString());
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("method-timing='jbound.samples.CpuBound::sumOfSquares'"), result.out());

        JsonNode projection = new ObjectMapper().readTree(json.toFile()).path("projection");
        assertEquals("jbound.samples.CpuBound.sumOfSquares(double[])", projection.path("hotspot").asText());
        double f = projection.path("timeShare").asDouble();
        assertTrue(f > 0.8 && f <= 1.0, "a CPU-bound sample's hotspot holds most of its time: " + f);
        assertEquals("primitive", projection.path("baseline").asText());
        for (JsonNode row : projection.path("projections")) {
            double k = row.path("hotspotSpeedup").asDouble();
            assertEquals(AmdahlProjection.programSpeedup(f, k), row.path("programSpeedup").asDouble(), 1e-9);
        }
        assertEquals(6, projection.path("projections").size());
    }

    @Test
    void anUnreadableRecordingIsRefusedBeforeAnyMeasuring() {
        Cli.jbound("ladder", "--from", dir.resolve("none.jfr").toString()).assertOneLineError(3, "no such file");
    }
}
