package jbound.ladder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jbound.support.Cli;
import jbound.support.JboundProcess;
import jbound.support.Slow;

/** {@code jbound ladder} end to end, small sizes only: what it prints and writes, not how fast anything is. */
@Slow
class LadderCommandTest {

    @TempDir
    Path dir;

    @Test
    void aRunOverLargeInputsGivesTheHotspotsPredictionThisMachinesSpeedUp() throws Exception {
        Path small = dir.resolve("small.json");
        Cli.Result smallRun = Cli.jbound("ladder", "--kernel", "sum-of-squares", "--sizes", "1e3", "--json", small.toString());
        assertEquals(0, smallRun.status(), smallRun.err());
        assertTrue(smallRun.err().contains("not kept for analyze's predictions: no size of 100,000 or more"), smallRun.err());
        Path cpu = jbound.support.Recordings.of("CpuBound");
        Cli.jbound("analyze", cpu.toString(), "--ladder", small.toString()).assertOneLineError(2, "--ladder");

        Path large = dir.resolve("large.json");
        Cli.Result largeRun = Cli.jbound("ladder", "--kernel", "sum-of-squares", "--sizes", "1e5", "--json", large.toString());
        assertEquals(0, largeRun.status(), largeRun.err());
        Path kept = Path.of(System.getenv("JBOUND_CACHE_DIR"), "ladder.json");
        assertTrue(largeRun.err().contains("kept for analyze's and diff's predictions in " + kept), largeRun.err());

        for (List<String> ladder : List.of(List.of("--ladder", large.toString()), List.<String>of())) {
            Path analysis = dir.resolve("analysis.json");
            List<String> args = new java.util.ArrayList<>(List.of("analyze", cpu.toString(), "--quiet", "--json", analysis.toString()));
            args.addAll(ladder);
            Cli.Result analyzed = Cli.jbound(args.toArray(String[]::new));
            assertEquals(0, analyzed.status(), analyzed.err());
            JsonNode hotspot = new ObjectMapper().readTree(analysis.toFile()).path("predictions").get(0);
            String from = hotspot.path("assumptions").get(1).asText();
            assertTrue(from.startsWith("k from this machine's 'jbound ladder' run of "), ladder + ": " + from);
            assertTrue(from.contains("at 100,000 elements or more"), from);
        }
        java.nio.file.Files.delete(kept);
    }

    @Test
    void ladderWritesVerifiedResultsForEveryRungAndTheMachine() throws Exception {
        Path json = dir.resolve("ladder.json");
        Cli.Result result = Cli.jbound("ladder", "--kernel", "sum-of-squares", "--sizes", "1e3,2e4", "--json", json.toString());
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("sum-of-squares:"), result.out());

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(1, root.path("schemaVersion").asInt());
        assertTrue(root.path("machine").path("cores").asInt() >= 1);
        assertTrue(root.path("machine").path("simdBits").asInt() >= 64);
        assertTrue(root.path("machine").path("memoryBandwidthGBs").asDouble() > 0);
        assertTrue(root.path("downcallNanos").path("plain").asDouble() > 0);
        assertTrue(root.path("downcallNanos").path("critical").asDouble() > 0);
        JsonNode kernel = root.path("kernels").get(0);
        assertEquals("sum-of-squares", kernel.path("name").asText());
        assertTrue(kernel.has("crossoverN"));
        List<String> rungs = kernel.path("results").findValuesAsText("rung");
        assertEquals(List.of("naive", "primitive", "vector", "native", "native-critical", "parallel",
                "naive", "primitive", "vector", "native", "native-critical", "parallel"), rungs);
        for (JsonNode r : kernel.path("results")) {
            assertTrue(r.path("verified").asBoolean(), r.toString());
            assertTrue(r.path("medianNanos").asLong() > 0, r.toString());
        }
    }

    @Test
    void badSizesAndUnknownKernelsAreUsageErrors() {
        Cli.jbound("ladder", "--sizes", "lots").assertOneLineError(2, "--sizes");
        Cli.jbound("ladder", "--kernel", "fft").assertOneLineError(2, "unknown kernel");
    }

    @Test
    void aJvmWithoutTheVectorApiRunsTheLadderInAJvmOfItsOwnAndPassesOnItsStatus() throws Exception {
        Cli.Result ran = JboundProcess.run(dir.resolve("tmp"), List.of(), "ladder", "--kernel", "sum-of-squares", "--sizes", "1000");
        assertEquals(0, ran.status(), ran.err());
        assertTrue(ran.out().lines().anyMatch(l -> l.matches("\\s+[\\d,]+\\s+vector\\s.*")), "the Vector API rung ran: " + ran.out());

        Cli.Result failed = JboundProcess.run(dir.resolve("tmp"), List.of(), "ladder", "--sizes", "lots");
        assertEquals(2, failed.status(), failed.err());
        assertTrue(failed.err().lines().anyMatch(l -> l.startsWith("jbound: --sizes")), failed.err());
        assertFalse(failed.err().contains("Exception"), failed.err());
    }

    @Test
    void withoutTheNativeLibraryTheLadderSaysSoAndRunsTheJavaRungs() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "--add-modules", "jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED", "-D" + NativeKernels.LIBRARY_PROPERTY + "=" + dir.resolve("missing.so"),
                "-cp", System.getProperty("java.class.path"), "jbound.cli.Main",
                "ladder", "--kernel", "sum-of-squares", "--sizes", "1000").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));

        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("native kernels not loaded: -Djbound.native=" + dir.resolve("missing.so") + " is not a file"), output);
        assertTrue(output.lines().anyMatch(l -> l.matches("\\s+[\\d,]+\\s+vector\\s.*")), output);
        assertFalse(output.lines().anyMatch(l -> l.matches("\\s+[\\d,]+\\s+native.*")), output);
        assertFalse(output.contains("Exception"), output);
    }
}
