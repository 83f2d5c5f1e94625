package jbound.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jbound.support.Cli;
import jbound.support.ImpostorEvents;
import jbound.support.Recordings;
import jbound.support.Slow;

/**
 * Events a program declares under the JDK's names are read as the JDK's only when their fields
 * are the JDK's; impossible values are dropped or bounded, and every number stays a number.
 */
@Slow
class ImpostorEventsTest {

    @TempDir
    Path dir;

    @Test
    void impostorsAreIgnoredWithOneWarningEachAndTheVerdictStands() throws Exception {
        Path recording = Recordings.of(ImpostorEvents.class.getName());
        Path json = dir.resolve("impostors.json");

        Cli.Result result = Cli.jbound("analyze", recording.toString(), "--json", json.toString());

        assertEquals(0, result.status(), result.err());
        assertFalse(result.err().contains("\tat ") || result.out().contains("\tat "), "no stack trace: " + result.err());
        assertTrue(result.out().contains("VERDICT  IDLE"), result.out());
        for (String name : new String[] {"jdk.SocketRead", "jdk.CPUInformation", "jdk.JVMInformation"}) {
            assertEquals(1, result.out().lines().filter(l -> l.startsWith("Warning: events named " + name + " ")).count(), name + "\n" + result.out());
        }
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertTrue(root.path("recording").path("jvm").asText().contains("OpenJDK"), root.path("recording").toString());
        assertTrue(root.path("recording").path("hardwareThreads").asInt() > 0);
        assertEquals(0, root.path("recording").path("eventCounts").path("jdk.SocketRead").asLong());
        assertFalse(Files.readString(json).matches("(?s).*\"(NaN|-?Infinity)\".*"), "numbers stay numbers");
        assertFalse(result.out().contains("NaN of"), result.out());
        root.path("ioByMethod").forEach(io -> assertTrue(io.path("bytes").asLong() >= 0 && io.path("totalNanos").asLong() >= 0, io.toString()));
    }
}
