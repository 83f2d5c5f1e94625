package jbound.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jbound.Analysis;
import jbound.support.Cli;
import jbound.support.LiveRepository;
import jbound.support.Recordings;
import jbound.support.Slow;

/**
 * A chunk the JVM is still writing (copied out of a running JVM's repository, or any recording
 * whose header's state byte says so) sends the JDK's parser waiting for a JVM that will never
 * write again: jbound reads it as of its last flush and says so.
 */
@Slow
class LiveChunkTest {

    /** Far above the second a small recording takes; only a hang comes near it. */
    private static final long TIME_BOUND_SECONDS = 60;

    @TempDir
    Path dir;

    @Test
    void aChunkCopiedOutOfARunningJvmsRepositoryIsReadUpToItsLastFlush() throws Exception {
        Path copy;
        try (LiveRepository jvm = LiveRepository.start("CpuBound", dir.resolve("repository"))) {
            copy = jvm.copyOfLiveChunk(dir.resolve("live.jfr"));
        }

        Cli.Result result = boundedAnalysis(copy);

        assertEquals(0, result.status(), result.err());
        // Its samples read and attributed. Not its verdict: a second of a JVM that a busy machine
        // kept from its cores can read otherwise, and a live chunk cannot be checked for that
        // (the JDK's parser refuses it); finished recordings carry the verdicts' tests.
        assertTrue(result.out().contains("jbound.samples.CpuBound.sumOfSquares(double[])"), result.out());
        assertTrue(result.out().contains("still being written"), result.out());
    }

    @Test
    void aFinishedRecordingMarkedAsStillBeingWrittenReadsAsTheFinishedOne() throws Exception {
        Path finished = Recordings.of("LockContended");
        Path marked = Files.copy(finished, dir.resolve("marked.jfr"));
        byte[] bytes = Files.readAllBytes(marked);
        bytes[ChunkHeader.STATE_POSITION] = 7;
        Files.write(marked, bytes);

        assertEquals(0, boundedAnalysis(marked).status());
        Analysis read = Recordings.analyze(marked);
        Analysis original = Recordings.analyze(finished);

        assertEquals(original.profile().recording().eventCounts(), read.profile().recording().eventCounts());
        assertEquals(original.diagnosis().verdict().kind(), read.diagnosis().verdict().kind());
        assertTrue(read.profile().recording().readIssues().stream().anyMatch(issue -> issue.kind() == ReadIssue.Kind.UNFINISHED_CHUNK),
                read.profile().recording().readIssues()::toString);
    }

    @Test
    void aChunkMarkedMidHeaderUpdateIsNotWaitedFor() throws Exception {
        Path marked = Files.copy(Recordings.of("Idle"), dir.resolve("updating.jfr"));
        byte[] bytes = Files.readAllBytes(marked);
        bytes[ChunkHeader.STATE_POSITION] = (byte) 255;
        Files.write(marked, bytes);

        assertEquals(0, boundedAnalysis(marked).status());
    }

    private static Cli.Result boundedAnalysis(Path recording) throws Exception {
        return CompletableFuture.supplyAsync(() -> Cli.jbound("analyze", recording.toString()))
                .get(TIME_BOUND_SECONDS, TimeUnit.SECONDS);
    }
}
