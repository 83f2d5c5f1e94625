package jbound.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jbound.support.Cli;
import jbound.support.FileWatch;
import jbound.support.JboundProcess;
import jbound.support.Recordings;
import jbound.support.Slow;

/**
 * A gzip bomb is refused before it fills the disk, and no run leaves a temporary file behind:
 * not a refused bomb, not a reader stopped by another's failure, not a run ended by SIGTERM.
 */
@Slow
class TemporaryFilesTest {

    private static final int MB = 1 << 20;

    @TempDir
    Path dir;

    @Test
    void aGzipBombOfZerosIsRefusedAtItsFirstBytesLeavingNothing() throws Exception {
        Path bomb = gzip(dir.resolve("zeros.jfr.gz"), new byte[0], 256L * MB);
        Path temporary = dir.resolve("tmp");

        Cli.Result result = JboundProcess.run(temporary, List.of(), "analyze", bomb.toString());

        result.assertOneLineError(3, "gzip-compressed, but what it holds is not a JFR recording");
        assertEquals(List.of(), JboundProcess.filesIn(temporary));
    }

    @Test
    void aGzipBombThatStartsLikeARecordingIsStoppedAtTheBound() throws Exception {
        byte[] header = Arrays.copyOf(Files.readAllBytes(Recordings.of("Idle")), ChunkHeader.LENGTH);
        Path bomb = gzip(dir.resolve("bomb.jfr.gz"), header, 256L * MB);
        Path temporary = dir.resolve("tmp");

        Cli.Result result = JboundProcess.run(temporary, List.of(), "analyze", bomb.toString(), "--max-unpacked", "16m");

        result.assertOneLineError(3, "unpacks to more than the --max-unpacked bound");
        assertEquals(List.of(), JboundProcess.filesIn(temporary));
        assertTrue(Files.size(bomb) < 2 * MB, "a small file that would unpack to 256 MB: " + Files.size(bomb));
    }

    @Test
    void theDefaultBoundStopsAGzipBombAtAHundredTimesItsSize() throws Exception {
        byte[] header = Arrays.copyOf(Files.readAllBytes(Recordings.of("Idle")), ChunkHeader.LENGTH);
        Path bomb = gzip(dir.resolve("bomb.jfr.gz"), header, 256L * MB);
        // Under 64 MB unpacked is always allowed; this one asks for 256 MB from a few hundred KB.
        try {
            RecordingInput.open(bomb).close();
            throw new AssertionError("the bomb was unpacked");
        } catch (UnreadableRecordingException e) {
            assertTrue(e.getMessage().contains("unpacks to more than jbound's bound of " + (64 * MB)), e.getMessage());
        }
        assertEquals(0, TemporaryFiles.live());
    }

    @Test
    void sigtermWhileARecordingIsReadInLeavesNoTemporaryFile() throws Exception {
        Path fifo = dir.resolve("slow.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor());
        Path temporary = Files.createDirectories(dir.resolve("tmp"));
        byte[] start = Arrays.copyOf(Files.readAllBytes(Recordings.of("Idle")), 4 * 1024);

        Process jbound = JboundProcess.start(temporary, List.of(), "analyze", fifo.toString(), "--quiet");
        // The writer sends the start of a recording and stalls, as a slow pipe does.
        CompletableFuture<OutputStream> writer = CompletableFuture.supplyAsync(() -> {
            try {
                OutputStream out = Files.newOutputStream(fifo);
                out.write(start);
                out.flush();
                return out;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try {
            FileWatch.until(temporary, () -> JboundProcess.filesIn(temporary).isEmpty() ? null : true);
            jbound.destroy();
            assertTrue(jbound.waitFor(60, TimeUnit.SECONDS), "jbound ends on SIGTERM");
        } finally {
            jbound.destroyForcibly();
            writer.get(60, TimeUnit.SECONDS).close();
        }
        assertEquals(List.of(), JboundProcess.filesIn(temporary));
    }

    @Test
    void aReaderThatFailsStopsTheOthersAndNoCopyIsLeft() throws Exception {
        byte[] broken = Files.readAllBytes(Recordings.of("Idle"));
        int metadata = (int) ByteBuffer.wrap(broken).getLong(24);
        Arrays.fill(broken, metadata, Math.min(broken.length, metadata + 64), (byte) 0x55);
        byte[] many = Files.readAllBytes(Recordings.of("jbound.support.RotatingChunks"));
        Path file = dir.resolve("broken-then-many.jfr");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(broken);
            out.write(many);
        }
        Path temporary = dir.resolve("tmp");

        Cli.Result result = JboundProcess.run(temporary, List.of("-XX:ActiveProcessorCount=4"), "analyze", file.toString(), "--quiet");

        result.assertOneLineError(3, "corrupt");
        assertEquals(List.of(), JboundProcess.filesIn(temporary));
    }

    /** A gzip file of {@code start} followed by {@code zeros} zero bytes. */
    private static Path gzip(Path target, byte[] start, long zeros) throws IOException {
        byte[] block = new byte[MB];
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target), 1 << 16)) {
            out.write(start);
            for (long left = zeros; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, left));
            }
        }
        return target;
    }
}
