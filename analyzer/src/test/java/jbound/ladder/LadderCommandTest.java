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

/** {@code jbound ladder} end to end, small sizes only: what it prints and writes, not how fast anything is. */
class LadderCommandTest {

    @TempDir
    Path dir;

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
