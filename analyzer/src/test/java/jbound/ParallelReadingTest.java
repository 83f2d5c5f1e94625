package jbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jbound.profile.ApplicationCode;
import jbound.profile.Profile;
import jbound.profile.StackTrie;
import jbound.recording.ReadProgress;
import jbound.report.AnalysisReport;
import jbound.report.JsonReport;
import jbound.support.Recordings;

/** Segments read on several threads and merged give exactly what one pass gives. */
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
        Analysis onePass = Analyzer.analyze(file, code, false, ReadProgress.NONE, 1);
        Analysis twoThreads = Analyzer.analyze(file, code, false, ReadProgress.NONE, 2);
        Analysis fiveThreads = Analyzer.analyze(file, code, false, ReadProgress.NONE, 5);
        assertEquals(5, onePass.profile().recording().recordings());

        String expected = json(onePass);
        assertEquals(expected, json(twoThreads));
        assertEquals(expected, json(fiveThreads));
        assertEquals(stacks(onePass.profile(), onePass.profile().executionSamples()),
                stacks(fiveThreads.profile(), fiveThreads.profile().executionSamples()));
        assertTrue(expected.contains("jbound.samples.CpuBound.sumOfSquares(double[])"));
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
