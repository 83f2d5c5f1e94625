package jbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jbound.support.Cli;
import jbound.support.DistinctStacks;
import jbound.support.JboundProcess;
import jbound.support.Recordings;
import jbound.support.Slow;

/**
 * Memory stays bounded however varied the stacks: 300,000 writes, each from a stack of its own
 * 41 frames deep. What jbound keeps per stack and per call path has a limit; the rest is folded
 * into "(other stacks)" and said so, while every event still counts. What the JDK's parser needs
 * for one chunk is beyond jbound's reach: where that exceeds the heap, the answer is "out of
 * memory", never "corrupt".
 */
@Slow
class DistinctStacksTest {

    private static final String EVERY_WRITE = "default,jdk.FileWrite#threshold=0ms,jdk.FileWrite#throttle=off";
    private static final int WRITES = 300_000;

    @TempDir
    Path dir;

    @Test
    void hundredsOfThousandsOfDistinctStacksAreAnalyzedIn256Megabytes() throws Exception {
        // Chunks of 20,000 stacks: the JDK's parser holds one chunk's stacks at a time.
        Path recording = Recordings.of(DistinctStacks.class.getName(), EVERY_WRITE, List.of("-Djbound.rotateEvery=20000"));
        Path json = dir.resolve("distinct.json");

        Cli.Result result = JboundProcess.run(dir.resolve("tmp"), List.of("-Xmx256m"), "analyze", recording.toString(), "--quiet",
                "--json", json.toString(), "--html", dir.resolve("distinct.html").toString());

        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("\"(other stacks)\""), "the folding is said: " + result.out());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        long writes = 0;
        for (JsonNode io : root.path("ioByMethod")) {
            if (io.path("kind").asText().equals("jdk.FileWrite")) {
                writes += io.path("count").asLong();
            }
        }
        assertEquals(WRITES, writes, "every write is still attributed");
        assertEquals(List.of(), unreadableParts(root), "folded stacks are not an unreadable part of the file");
    }

    @Test
    void aHeapTooSmallForTwoReadersAtOnceIsReadOnOneThreadAndSaysSo() throws Exception {
        // Two readers at once need about 200 MB here, one about 125 MB.
        Path recording = Recordings.of(DistinctStacks.class.getName(), EVERY_WRITE, List.of("-Djbound.rotateEvery=20000"));
        Path json = dir.resolve("one-thread.json");

        Cli.Result result = JboundProcess.run(dir.resolve("tmp"), List.of("-Xmx150m", "-XX:ActiveProcessorCount=2"), "analyze",
                recording.toString(), "--quiet", "--json", json.toString());

        assertEquals(0, result.status(), result.err());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertTrue(root.path("recording").path("warnings").toString().contains("read on one thread: the heap (at most 150 MB) could not hold 2 readers"),
                root.path("recording").path("warnings")::toString);
        assertEquals(List.of(), unreadableParts(root), "reading on one thread left nothing out");
        long writes = 0;
        for (JsonNode io : root.path("ioByMethod")) {
            writes += io.path("kind").asText().equals("jdk.FileWrite") ? io.path("count").asLong() : 0;
        }
        assertEquals(WRITES, writes, "every write is counted, as on two threads");
    }

    private static List<String> unreadableParts(JsonNode root) {
        List<String> parts = new java.util.ArrayList<>();
        for (JsonNode spot : root.path("blindSpots")) {
            if (spot.path("id").asText().equals("unreadable-part")) {
                parts.add(spot.path("what").asText());
            }
        }
        return parts;
    }

    @Test
    void aChunkTooLargeForTheHeapIsOutOfMemoryNotCorrupt() throws Exception {
        Path recording = Recordings.of(DistinctStacks.class.getName(), EVERY_WRITE, List.of());

        Cli.Result result = JboundProcess.run(dir.resolve("tmp"), List.of("-Xmx256m"), "analyze", recording.toString(), "--quiet");

        result.assertOneLineError(4, "out of memory");
    }
}
