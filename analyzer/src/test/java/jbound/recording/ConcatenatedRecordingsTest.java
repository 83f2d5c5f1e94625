package jbound.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jbound.Analysis;
import jbound.support.Recordings;
import jbound.support.Slow;

/**
 * Files that concatenate recordings of different JVMs are read recording by recording: the
 * JDK's parser alone carries constant pools across and names the wrong methods.
 */
@Slow
class ConcatenatedRecordingsTest {

    @TempDir
    Path dir;

    @Test
    void eachRecordingOfAConcatenationKeepsItsOwnMethods() throws Exception {
        Path io = Recordings.of("IoBound");
        Path cpu = Recordings.of("CpuBound");
        Path both = concatenate(dir.resolve("both.jfr"), io, cpu);

        try (RecordingInput input = RecordingInput.open(both)) {
            assertEquals(2, input.segments().size());
        }
        Analysis combined = Recordings.analyze(both);
        Analysis cpuAlone = Recordings.analyze(cpu);
        Analysis ioAlone = Recordings.analyze(io);

        assertEquals("jbound.samples.CpuBound.sumOfSquares(double[])", combined.profile().samples().hotMethods().getFirst().method());
        assertEquals(cpuAlone.profile().samples().hotMethods().getFirst().selfSamples() + selfSamplesOf(ioAlone, "jbound.samples.CpuBound.sumOfSquares(double[])"),
                combined.profile().samples().hotMethods().getFirst().selfSamples());
        assertEquals(cpuAlone.profile().samples().executionSamples().totalWeight() + ioAlone.profile().samples().executionSamples().totalWeight(),
                combined.profile().samples().executionSamples().totalWeight());
        assertEquals(socketReadsByTheClient(ioAlone), socketReadsByTheClient(combined));
        assertTrue(socketReadsByTheClient(combined) > 0);
    }

    @Test
    void recordingsOfJdk17AndJdk25ConcatenatedKeepTheirOwnMethods() throws Exception {
        Path jdk17 = Recordings.jdk17();
        org.junit.jupiter.api.Assumptions.assumeTrue(jdk17 != null, "no JDK 17 on this machine");
        Path old = Recordings.of("IoBound", "default", jdk17);
        Path both = concatenate(dir.resolve("17-then-25.jfr"), old, Recordings.of("CpuBound"));

        Analysis analysis = Recordings.analyze(both);

        assertEquals(2, analysis.profile().recording().recordings());
        assertEquals("jbound.samples.CpuBound.sumOfSquares(double[])", analysis.profile().samples().hotMethods().getFirst().method());
        assertEquals(socketReadsByTheClient(Recordings.analyze(old)), socketReadsByTheClient(analysis));
        assertTrue(socketReadsByTheClient(analysis) > 0);
    }

    @Test
    void progressOnlyGrowsAndEndsAtTheWholeFile() throws Exception {
        Path both = concatenate(dir.resolve("progress.jfr"), Recordings.of("IoBound"), Recordings.of("CpuBound"), Recordings.of("Mixed"));
        java.util.List<long[]> reports = new java.util.ArrayList<>();

        try (RecordingInput input = RecordingInput.open(both)) {
            RecordingReader reader = new RecordingReader(false);
            reader.read(input, new jbound.profile.ProfileBuilder(jbound.profile.ApplicationCode.everythingButTheJdk(),
                    reader.methods(), reader.threads(), reader.stacks()), (done, total) -> reports.add(new long[] {done, total}));

            assertTrue(reports.size() >= 3);
            for (int i = 1; i < reports.size(); i++) {
                assertTrue(reports.get(i)[0] >= reports.get(i - 1)[0], "progress went back at report " + i);
            }
            assertEquals(java.nio.file.Files.size(both), reports.getLast()[0]);
            assertEquals(java.nio.file.Files.size(both), reports.getLast()[1]);
        }
    }

    @Test
    void aTruncatedLastRecordingIsSkippedWithAWarningAndTheRestAnalyzed() throws Exception {
        Path cpu = Recordings.of("CpuBound");
        Path io = Recordings.of("IoBound");
        Path both = concatenate(dir.resolve("crashed.jfr"), cpu, io);
        byte[] bytes = Files.readAllBytes(both);
        Path cut = Files.write(dir.resolve("cut.jfr"), Arrays.copyOf(bytes, bytes.length - 5000));

        Analysis analysis = Recordings.analyze(cut);

        assertEquals(1, analysis.profile().recording().readIssues().size());
        ReadIssue cutOff = analysis.profile().recording().readIssues().getFirst();
        assertEquals(ReadIssue.Kind.PART_SKIPPED, cutOff.kind());
        assertTrue(cutOff.detail().contains("truncated"), cutOff::detail);
        assertEquals("jbound.samples.CpuBound.sumOfSquares(double[])", analysis.profile().samples().hotMethods().getFirst().method());
    }

    private static long socketReadsByTheClient(Analysis analysis) {
        return analysis.profile().offCpu().ioByMethod().stream()
                .filter(s -> s.kind() == EventCatalog.SOCKET_READ && s.method().equals("jbound.samples.BackendClient.request(int)"))
                .mapToLong(s -> s.count()).sum();
    }

    private static long selfSamplesOf(Analysis analysis, String method) {
        return analysis.profile().samples().hotMethods().stream().filter(m -> m.method().equals(method)).mapToLong(m -> m.selfSamples()).sum();
    }

    private static Path concatenate(Path target, Path... parts) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            for (Path part : parts) {
                Files.copy(part, out);
            }
        }
        return target;
    }
}
