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

/** {@code --json} writes the whole result in the documented, versioned shape. */
@Slow
class JsonOutputTest {

    @TempDir
    Path dir;

    @Test
    void jsonHoldsTheVerdictHotMethodsIoThreadsAndLoad() throws Exception {
        Path json = dir.resolve("io.json");
        Cli.Result result = Cli.jbound("analyze", Recordings.of("IoBound").toString(), "--json", json.toString());
        assertEquals(0, result.status(), result.err());

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(5, root.path("schemaVersion").asInt());
        assertEquals("IO_BOUND", root.path("verdict").path("kind").asText());
        assertTrue(root.path("verdict").path("confidence").path("score").asDouble() > 0);
        assertTrue(root.path("verdict").path("evidence").size() >= 2);
        JsonNode ledgerEvidence = root.path("verdict").path("evidence").get(0);
        assertEquals("ledger", ledgerEvidence.path("id").asText(), "evidence is data: an id, its text and its figures");
        assertTrue(ledgerEvidence.path("facts").path("ioShare").asDouble() > 0.7, ledgerEvidence::toString);
        assertTrue(root.path("ledger").path("ioShare").asDouble() > 0.7);
        for (JsonNode thread : root.path("threads")) {
            double sum = thread.path("cpuShare").asDouble() + thread.path("ioShare").asDouble() + thread.path("lockShare").asDouble()
                    + thread.path("waitShare").asDouble() + thread.path("stoppedShare").asDouble() + thread.path("unseenShare").asDouble();
            assertEquals(1.0, sum, 1e-6, () -> "a thread's ledger adds up to the time it was seen: " + thread);
        }
        // One word for the time no event or sample shows: the ledger's is its threads' and lanes' summed, the working threads' part of it apart.
        JsonNode ledger = root.path("ledger");
        long threadsUnseen = 0;
        for (JsonNode thread : root.path("threads")) {
            threadsUnseen += thread.path("infrastructure").asBoolean() ? 0 : thread.path("unseenNanos").asLong();
        }
        assertEquals(threadsUnseen, ledger.path("unseenNanos").asLong(), ledger::toString);
        assertTrue(ledger.path("unseenWorkingNanos").asLong() <= ledger.path("unseenNanos").asLong(), ledger::toString);
        assertTrue(root.path("lanes").path("listed").get(0).has("unseenNanos"), () -> root.path("lanes").toString());

        JsonNode io = root.path("ioByMethod").get(0);
        assertEquals("jbound.samples.BackendClient.request(int)", io.path("method").asText());
        assertEquals("jdk.SocketRead", io.path("kind").asText());
        assertTrue(io.path("count").asLong() > 10);
        assertTrue(io.path("totalNanos").asLong() > 0);
        assertTrue(io.path("bytes").asLong() > 0);

        assertTrue(root.path("hotMethods").isArray());
        assertTrue(root.path("threads").size() >= 5, "four clients and the journal writer");
        assertTrue(root.path("cpuLoad").size() >= 10, "a reading every 250 ms");
        assertTrue(root.path("threads").findValues("name").stream().anyMatch(n -> n.asText().equals("quote-client-0")));
    }

    @Test
    void aRemoteCallIsAnIoRowOfItsOwnKindWithTheClientBeneathTheCaller() throws Exception {
        Path json = dir.resolve("http.json");
        Cli.Result result = Cli.jbound("analyze", Recordings.of("jbound.support.JdkHttpClients").toString(), "--json", json.toString());
        assertEquals(0, result.status(), result.err());

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        JsonNode io = root.path("ioByMethod").get(0);
        assertEquals("RemoteCall", io.path("kind").asText(), io::toString);
        assertTrue(io.path("method").asText().startsWith("jbound.support.JdkHttpClients.fetch("), io::toString);
        assertEquals("JDK HttpClient", io.path("via").asText(), io::toString);
        assertTrue(root.path("ledger").path("remoteCallNanos").asLong() > 0);
        assertTrue(root.path("waits").findValues("category").stream().anyMatch(c -> c.asText().equals("REMOTE_CALL")));
    }

    @Test
    void environmentVariablesInTheRecordingNeverReachTheOutput() throws Exception {
        Path recording = Recordings.of("IoBound", "default", Recordings.javaHome());
        Process print = new ProcessBuilder(Recordings.javaHome().resolve("bin/jfr").toString(), "print", "--events",
                "jdk.InitialEnvironmentVariable", recording.toString()).redirectErrorStream(true).start();
        String environment = new String(print.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        print.waitFor();
        assertTrue(environment.contains(Recordings.PLANTED_SECRET_VALUE), "the recording itself carries the planted secret");

        Path json = dir.resolve("default.json");
        Cli.Result result = Cli.jbound("analyze", recording.toString(), "--json", json.toString(), "--threads");
        assertEquals(0, result.status(), result.err());
        assertTrue(!result.out().contains(Recordings.PLANTED_SECRET_VALUE));
        assertTrue(!java.nio.file.Files.readString(json).contains(Recordings.PLANTED_SECRET_VALUE));
        assertTrue(new ObjectMapper().readTree(json.toFile()).path("environment").isNull(), "no environment unless asked for");
    }

    @Test
    void environmentOnRequestListsVariablesWithSecretLookingValuesMasked() throws Exception {
        Path recording = Recordings.of("IoBound", "default", Recordings.javaHome());
        Path json = dir.resolve("env.json");
        Cli.Result result = Cli.jbound("analyze", recording.toString(), "--json", json.toString(), "--include-environment");
        assertEquals(0, result.status(), result.err());

        String text = java.nio.file.Files.readString(json);
        assertTrue(!text.contains(Recordings.PLANTED_SECRET_VALUE));
        JsonNode environment = new ObjectMapper().readTree(text).path("environment");
        assertEquals("****", environment.path("environmentVariables").path(Recordings.PLANTED_SECRET_NAME).asText());
        assertEquals(System.getenv("PATH"), environment.path("environmentVariables").path("PATH").asText());
        assertTrue(environment.path("jvmCommandLine").path("javaArguments").asText().startsWith("jbound.samples.IoBound"));
    }

    @Test
    void hotMethodRowsCarryTheDocumentedFields() throws Exception {
        Path json = dir.resolve("cpu.json");
        assertEquals(0, Cli.jbound("analyze", Recordings.of("CpuBound").toString(), "--json", json.toString()).status());

        JsonNode top = new ObjectMapper().readTree(json.toFile()).path("hotMethods").get(0);
        assertEquals("jbound.samples.CpuBound.sumOfSquares(double[])", top.path("method").asText());
        assertTrue(top.path("selfSamples").asLong() > 100);
        assertTrue(top.path("selfPercent").asDouble() > 80);
        assertTrue(top.path("totalSamples").asLong() >= top.path("selfSamples").asLong());
    }

    @Test
    void predictionsAreDataWithTheirRangeAssumptionsAndMeasure() throws Exception {
        Path json = dir.resolve("cpu-predictions.json");
        assertEquals(0, Cli.jbound("analyze", Recordings.of("CpuBound").toString(), "--json", json.toString()).status());

        JsonNode prediction = new ObjectMapper().readTree(json.toFile()).path("predictions").get(0);
        assertEquals("optimize-hotspot", prediction.path("remedy").asText(), "tied to the advice it prices");
        assertTrue(prediction.path("change").asText().startsWith("make jbound.samples.CpuBound.sumOfSquares(double[]) "));
        assertTrue(1 < prediction.path("low").asDouble() && prediction.path("low").asDouble() <= prediction.path("high").asDouble());
        assertTrue(prediction.path("assumptions").isArray() && prediction.path("assumptions").size() >= 2);
        assertEquals("HOTSPOT_SHARE", prediction.path("measure").asText());
        assertEquals("jbound.samples.CpuBound.sumOfSquares(double[])", prediction.path("subject").asText());
        assertTrue(prediction.path("before").asDouble() > 0.5);
    }
}
