package jbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jbound.diagnosis.VerdictKind;
import jbound.profile.CpuSource;
import jbound.support.Recordings;
import jbound.support.Slow;

/** Events of other writers read as first-class evidence, and files the JDK's parser refuses in part. */
@Slow
class OtherWritersTest {

    @TempDir
    Path dir;

    @Test
    void eventsNamedDatadogExecutionSampleAreReadAsCpuSamples() {
        // The JDK's own sampler and per-thread CPU are off: only the Datadog-named samples show CPU.
        Analysis analysis = Recordings.analyze(Recordings.of("jbound.support.DatadogStyleProfiler",
                "jbound,jdk.ExecutionSample#enabled=false,jdk.NativeMethodSample#enabled=false,jdk.ThreadCPULoad#enabled=false",
                Recordings.javaHome()));

        assertEquals(VerdictKind.CPU_BOUND, analysis.diagnosis().verdict().kind(), () -> LedgerVerdictsTest.describe(analysis));
        assertEquals("jbound.support.DatadogStyleProfiler.crunchSlice(double[], ThreadMXBean, long[])", analysis.profile().samples().hotMethods().getFirst().method());
        assertTrue(analysis.profile().recording().writers().contains("the Datadog profiler"), analysis.profile().recording().writers()::toString);
        List<jbound.profile.ThreadLedger> workers = analysis.profile().applicationThreads().stream()
                .filter(t -> t.name().startsWith("crunch-worker")).toList();
        assertEquals(2, workers.size(), () -> analysis.profile().threads().toString());
        assertTrue(workers.stream().allMatch(t -> t.cpuSource() == CpuSource.PROFILER_CPU_SAMPLES && t.cpuCores() > 0.3),
                () -> "each worker computes most of the time, sized by its Datadog samples: " + workers);
    }

    @Test
    void aChunkTheJdksParserRefusesIsSkippedAndTheRestAnalyzedWithAWarning() throws IOException {
        Path whole = Recordings.of("jbound.support.RotatingChunks");
        List<long[]> chunks = chunks(whole);
        assertTrue(chunks.size() >= 5, "the rotating sample makes many chunks: " + chunks.size());
        byte[] bytes = Files.readAllBytes(whole);
        long[] victim = chunks.get(chunks.size() / 2);
        // Mangle the metadata of one chunk in the middle: its framing stays sound, its types do not.
        int metadata = (int) (victim[0] + ByteBuffer.wrap(bytes, (int) victim[0] + 24, 8).getLong());
        for (int i = metadata + 8; i < metadata + 64; i++) {
            bytes[i] = (byte) 0xff;
        }
        Path damaged = Files.write(dir.resolve("damaged.jfr"), bytes);

        Analysis analysis = Recordings.analyze(damaged);

        assertEquals(Recordings.analyze(whole).diagnosis().verdict().kind(), analysis.diagnosis().verdict().kind(),
                () -> LedgerVerdictsTest.describe(analysis));
        assertTrue(analysis.profile().recording().readIssues().stream().anyMatch(issue -> issue.kind() == jbound.recording.ReadIssue.Kind.PART_SKIPPED
                && issue.detail().contains("the chunk at byte " + victim[0])), analysis.profile().recording().readIssues()::toString);
        assertTrue(analysis.diagnosis().blindSpots().stream().anyMatch(b -> b.id().equals("unreadable-part")
                && b.affectsVerdict()));
        assertFalse(analysis.profile().samples().hotMethods().isEmpty());
    }

    /** Offsets and sizes of the chunks, header to header. */
    private static List<long[]> chunks(Path file) throws IOException {
        List<long[]> chunks = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer header = ByteBuffer.allocate(16);
            for (long offset = 0; offset < channel.size(); ) {
                header.clear();
                channel.read(header, offset);
                long size = header.getLong(8);
                chunks.add(new long[] {offset, size});
                offset += size;
            }
        }
        return chunks;
    }
}
