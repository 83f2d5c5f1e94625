package jbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jbound.profile.ApplicationCode;
import jbound.profile.Profile;
import jbound.profile.StackTrie;
import jbound.report.AnalysisReport;
import jbound.report.JsonReport;
import jbound.support.Recordings;
import jbound.support.Slow;

/** Segments read on several threads and merged give exactly what one pass gives. */
@Slow
class ParallelReadingTest {

    @TempDir
    Path dir;

    @Test
    void readingSegmentsInParallelEqualsReadingThemInOnePass() throws Exception {
        Path file = dir.resolve("five.jfr");
        try (OutputStream out = Files.newOutputStream(file)) {
            for (String sample : List.of("CpuBound", "IoBound", "Mixed", "LockContended", "Idle")) {
                Files.copy(Recordings.of(sample), out);
            }
        }
        ApplicationCode code = ApplicationCode.everythingButTheJdk();
        Analysis onePass = Analyzer.analyze(file, AnalysisRequest.of(code).onThreads(1));
        Analysis twoThreads = Analyzer.analyze(file, AnalysisRequest.of(code).onThreads(2));
        Analysis fiveThreads = Analyzer.analyze(file, AnalysisRequest.of(code).onThreads(5));
        assertEquals(5, onePass.profile().recording().recordings());

        String expected = json(onePass);
        assertEquals(expected, json(twoThreads));
        assertEquals(expected, json(fiveThreads));
        assertEquals(stacks(onePass.profile(), onePass.profile().samples().executionSamples()),
                stacks(fiveThreads.profile(), fiveThreads.profile().samples().executionSamples()));
        assertTrue(expected.contains("jbound.samples.CpuBound.sumOfSquares(double[])"));
    }

    @Test
    void oneLongRecordingIsCutAtChunkBoundariesAndReadOnSeveralThreadsWithTheSameResult() throws Exception {
        Path recording = Recordings.of("jbound.support.RotatingChunks");
        ApplicationCode code = ApplicationCode.everythingButTheJdk();
        Analysis onePass = Analyzer.analyze(recording, AnalysisRequest.of(code).onThreads(1));
        assertEquals(1, onePass.profile().recording().recordings(), "one continuous recording");
        assertTrue(onePass.profile().recording().chunks() >= 6, "chunks: " + onePass.profile().recording().chunks());

        String expected = json(onePass);
        long copiesBefore = temporaryCopies();
        for (int threads : new int[] {2, 3, 7}) {
            Analysis parallel = Analyzer.analyze(recording, AnalysisRequest.of(code).onThreads(threads));
            assertEquals(copiesBefore, temporaryCopies(), "the temporary copies of the parts are gone");
            assertEquals(expected, json(parallel), threads + " threads");
            assertEquals(stacks(onePass.profile(), onePass.profile().samples().executionSamples()),
                    stacks(parallel.profile(), parallel.profile().samples().executionSamples()), threads + " threads");
        }
        assertTrue(expected.contains("jbound.samples.Mixed.parseNumbers(String)"), "the mixed sample's hot method");
        assertTrue(expected.contains("MIXED"), "the mixed sample's verdict");
    }

    @Test
    void aTimedMethodsCallsAreItsLastRunningTotalHoweverTheChunksAreShared() throws Exception {
        String method = "jbound.samples.Mixed.parseNumbers(String)";
        Path recording = Recordings.of("jbound.support.RotatingChunks", "jbound,method-timing=jbound.samples.Mixed::parseNumbers", Recordings.javaHome());
        long lastTotal = 0;
        int events = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (event.getEventType().getName().equals("jdk.MethodTiming")) {
                events++;
                lastTotal = Math.max(lastTotal, event.getLong("invocations"));
            }
        }
        assertTrue(events >= 6 && lastTotal > 0, "each chunk ends with the running total: " + events + " events, " + lastTotal);

        for (int threads : new int[] {1, 3}) {
            Analysis analysis = Analyzer.analyze(recording, AnalysisRequest.of(ApplicationCode.everythingButTheJdk()).onThreads(threads));
            assertEquals(Map.of(method, lastTotal), analysis.profile().timedCalls(), threads + " threads");
        }
    }

    @Test
    void blocksAreContiguousInFileOrderCoverEveryChunkOnceAndKeepCopiesSmall() throws Exception {
        Path recording = Recordings.of("jbound.support.RotatingChunks");
        try (jbound.recording.RecordingInput input = jbound.recording.RecordingInput.open(recording)) {
            List<jbound.recording.ChunkHeader> all = input.segments().getFirst().chunks();
            for (int workers = 1; workers <= all.size() + 2; workers++) {
                List<List<jbound.recording.Segment>> blocks = Analyzer.blocks(input.segments(), workers);
                assertTrue(blocks.size() <= workers);
                List<jbound.recording.ChunkHeader> inOrder = blocks.stream().flatMap(List::stream)
                        .flatMap(s -> s.chunks().stream()).toList();
                assertEquals(all, inOrder, workers + " workers");
            }
            long small = input.segments().getFirst().bytes() / 10;
            List<jbound.recording.Segment> units = Analyzer.blocks(input.segments(), 2, small).stream().flatMap(List::stream).toList();
            assertTrue(units.size() >= 10, "cut into copies of at most a tenth: " + units.size());
            assertTrue(units.stream().allMatch(u -> u.bytes() <= small || u.chunks().size() == 1), "no copy larger than asked, short of one chunk");
            assertEquals(all, units.stream().flatMap(u -> u.chunks().stream()).toList());
            assertEquals(List.of(List.of(input.segments().getFirst())), Analyzer.blocks(input.segments(), 1, small),
                    "one thread reads the recording itself, uncut and uncopied");
        }
    }

    private static long temporaryCopies() throws java.io.IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("jbound-segment-")).count();
        }
    }

    private static String json(Analysis analysis) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        JsonReport.writeValue(out, AnalysisReport.of(analysis, "test", 10_000));
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Every call path of the trie by method names, with its self and total weight. */
    private static Map<String, String> stacks(Profile profile, StackTrie trie) {
        Map<String, String> paths = new TreeMap<>();
        walk(profile, trie.root(), "", paths);
        return paths;
    }

    private static void walk(Profile profile, StackTrie.Node node, String path, Map<String, String> paths) {
        for (StackTrie.Node child : node.children()) {
            String childPath = path + "/" + profile.methods().name(child.method());
            paths.put(childPath, child.self() + ":" + child.total());
            walk(profile, child, childPath, paths);
        }
    }
}
