package jbound.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jbound.report.FleetReport;
import jbound.report.FleetSums;
import jbound.support.Cli;
import jbound.support.Recordings;
import jbound.support.Slow;

/** Many recordings at once: each one's verdict, the fleet's hotspots, and the one that stands out. */
@Slow
class FleetTest {

    @TempDir
    Path dir;

    @Test
    void aDirectoryOfRecordingsGetsAVerdictEachAndNamesTheOddOneOut() throws Exception {
        Path fleet = Files.createDirectory(dir.resolve("fleet"));
        for (int i = 0; i < 3; i++) {
            Files.copy(Recordings.of("CpuBound"), fleet.resolve("cpu-" + i + ".jfr"));
        }
        Files.copy(Recordings.of("IoBound"), fleet.resolve("io.jfr"));
        Files.writeString(fleet.resolve("zz-broken.jfr"), "not a recording");
        Files.writeString(fleet.resolve("notes.txt"), "ignored: not a recording's name");
        Path json = dir.resolve("fleet.json");

        Cli.Result result = Cli.jbound("analyze", fleet.toString(), "--json", json.toString());

        assertEquals(0, result.status(), result.err());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals("fleet", root.path("kind").asText());
        assertEquals(5, root.path("recordings").size());
        assertEquals(3, root.path("verdicts").path("CPU_BOUND").asInt());
        assertEquals(1, root.path("verdicts").path("IO_BOUND").asInt());
        assertEquals("jbound.samples.CpuBound.sumOfSquares(double[])", root.path("hotMethods").get(0).path("method").asText());
        assertEquals("jbound.samples.BackendClient.request(int)", root.path("ioHotspots").get(0).path("method").asText());
        assertEquals(1, root.path("outliers").size());
        assertTrue(root.path("outliers").get(0).path("file").asText().endsWith("io.jfr"));
        assertTrue(root.path("outliers").get(0).path("reason").asText().contains("IO_BOUND where most are CPU_BOUND"));
        assertTrue(root.path("recordings").get(4).path("error").asText().contains("not a JFR recording"));
    }

    @Test
    void theFleetsSumsAreTheSameInAnyGroupingAndOrder() throws Exception {
        List<FleetReport.Input> inputs = new ArrayList<>();
        for (String sample : List.of("CpuBound", "IoBound", "LockContended")) {
            inputs.add(new FleetReport.Input(sample, Recordings.analyze(Recordings.of(sample)), null));
        }
        inputs.add(new FleetReport.Input("broken", null, "broken: not a JFR recording"));
        FleetSums leftToRight = new FleetSums();
        inputs.forEach(i -> leftToRight.add(FleetSums.of(i)));
        FleetSums pairsThenBoth = FleetSums.of(inputs.get(3)).add(FleetSums.of(inputs.get(1)))
                .add(FleetSums.of(inputs.get(2)).add(FleetSums.of(inputs.get(0))));

        ObjectMapper json = new ObjectMapper();
        JsonNode expected = json.valueToTree(FleetReport.of(leftToRight, 20));
        JsonNode regrouped = json.valueToTree(FleetReport.of(pairsThenBoth, 20));

        assertEquals(expected.path("hotMethods"), regrouped.path("hotMethods"));
        assertEquals(expected.path("ioHotspots"), regrouped.path("ioHotspots"));
        assertEquals(expected.path("lockSites"), regrouped.path("lockSites"));
        assertEquals(expected.path("services"), regrouped.path("services"));
        assertEquals(expected.path("verdicts"), regrouped.path("verdicts"));
        assertEquals(4, regrouped.path("recordings").size());
        assertTrue(expected.path("lockSites").size() > 0, "the lock-bound sample's waits are summed: " + expected.path("lockSites"));
        assertEquals(3, expected.path("services").size(), "one service per main class: " + expected.path("services"));
    }

    @Test
    void severalFilesNamedOneByOneAreAnalyzedAlike() {
        Cli.Result result = Cli.jbound("analyze", Recordings.of("CpuBound").toString(), Recordings.of("LockContended").toString());

        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("2 recordings (2 read)"), result.out());
        assertTrue(result.out().contains("LOCK_BOUND"), result.out());
    }

    @Test
    void whenNoneCanBeReadItIsUnreadableInput() throws Exception {
        Path a = Files.writeString(dir.resolve("a.jfr"), "x");
        Path b = Files.writeString(dir.resolve("b.jfr"), "y");
        Cli.jbound("analyze", a.toString(), b.toString()).assertOneLineError(3, "none of the 2 recordings");
    }

    @Test
    void theFleetCommandReadsADirectoryAsAnalyzeDoes() throws Exception {
        Path fleet = Files.createDirectory(dir.resolve("two"));
        Files.copy(Recordings.of("CpuBound"), fleet.resolve("a.jfr"));
        Files.copy(Recordings.of("IoBound"), fleet.resolve("b.jfr"));

        Cli.Result byFleet = Cli.jbound("fleet", fleet.toString());
        Cli.Result byAnalyze = Cli.jbound("analyze", fleet.toString());

        assertEquals(0, byFleet.status(), byFleet.err());
        assertTrue(byFleet.out().contains("2 recordings (2 read)"), byFleet.out());
        assertEquals(byAnalyze.out().lines().filter(l -> l.contains("a.jfr") || l.contains("b.jfr")).toList(),
                byFleet.out().lines().filter(l -> l.contains("a.jfr") || l.contains("b.jfr")).toList());
    }
}
