package jbound.cli;

import static jbound.support.Cli.jbound;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import jbound.support.Cli.Result;
import jbound.support.Recordings;
import jbound.support.Slow;

/**
 * No output replaces a recording under any of its names, and an output that is not a regular
 * file (a device, a FIFO, a link) is written the way its owner meant: into it, or through it.
 */
@Slow
class OutputTargetsTest {

    @TempDir
    Path dir;
    private Path good;
    private byte[] original;

    @BeforeEach
    void copyARecordingThatMayBeAttacked() throws IOException {
        good = Files.copy(Recordings.of("Idle"), Files.createDirectory(dir.resolve("recordings")).resolve("good.jfr"));
        original = Files.readAllBytes(good);
    }

    /** Every other name of {@code good}: a linked folder, /proc/self/cwd, a link to it, a hard link. */
    private List<String[]> aliases() throws IOException {
        Path linkedFolder = Files.createSymbolicLink(dir.resolve("d"), good.getParent());
        Path latest = Files.createSymbolicLink(dir.resolve("latest.jfr"), good);
        Path hard = Files.createLink(dir.resolve("hard.jfr"), good);
        Path cwd = Path.of("").toAbsolutePath();
        String viaProc = "/proc/self/cwd/" + cwd.relativize(good);
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {good.toString(), linkedFolder.resolve("good.jfr").toString()});
        cases.add(new String[] {good.toString(), viaProc});
        cases.add(new String[] {latest.toString(), good.toString()});
        cases.add(new String[] {good.toString(), hard.toString()});
        return cases;
    }

    @Test
    void noAliasOfTheInputIsOverwrittenByAnalyze() throws IOException {
        for (String[] alias : aliases()) {
            for (String option : List.of("--json", "--html")) {
                jbound("analyze", alias[0], option, alias[1]).assertOneLineError(2, "is the input recording");
                assertArrayEquals(original, Files.readAllBytes(good), option + " " + alias[1]);
            }
        }
    }

    @Test
    void noAliasOfAnInputIsOverwrittenByFleetOrDiff() throws IOException {
        Path other = Files.copy(Recordings.of("Idle"), dir.resolve("other.jfr"));
        for (String[] alias : aliases()) {
            jbound("analyze", alias[0], other.toString(), "--json", alias[1]).assertOneLineError(2, "is one of the input recordings");
            jbound("diff", other.toString(), alias[0], "--html", alias[1]).assertOneLineError(2, "is one of the input recordings");
            assertArrayEquals(original, Files.readAllBytes(good), alias[1]);
        }
    }

    @Test
    void theSameOutputForJsonAndHtmlIsAUsageError() {
        Path out = dir.resolve("out");
        jbound("analyze", good.toString(), "--json", out.toString(), "--html", out.toString()).assertOneLineError(2, "the same output");
        assertFalse(Files.exists(out));
    }

    @Test
    void anOutputNameTooLongForTheFileSystemIsRefusedBeforeAnyAnalysis() {
        String name = dir.resolve("x".repeat(256) + ".json").toString();
        jbound("analyze", dir.resolve("no-such-recording.jfr").toString(), "--json", name).assertOneLineError(2, "too long");
    }

    @Test
    void anOutputNameAsLongAsTheFileSystemAllowsIsWritten() throws IOException {
        Path out = dir.resolve("x".repeat(250) + ".json");
        Result result = jbound("analyze", good.toString(), "--json", out.toString());
        assertEquals(0, result.status(), result.err());
        assertTrue(Files.size(out) > 0);
    }

    @Test
    void aLinkToARegularFileStaysALinkAndItsTargetGetsTheOutput() throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("out.json"), real);

        Result result = jbound("analyze", good.toString(), "--json", link.toString());

        assertEquals(0, result.status(), result.err());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("IDLE", new ObjectMapper().readTree(real.toFile()).path("verdict").path("kind").asText());
    }

    @Test
    void aLinkToADeviceIsWrittenIntoAndTheDeviceStays() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("discard.json"), Path.of("/dev/null"));

        Path second = Files.createSymbolicLink(dir.resolve("discard.html"), Path.of("/dev/null"));

        Result result = jbound("analyze", good.toString(), "--json", link.toString(), "--html", second.toString());

        assertEquals(2, result.status(), "one device for both is still one output: " + result.err());
        result = jbound("analyze", good.toString(), "--json", link.toString());
        assertEquals(0, result.status(), result.err());
        assertTrue(Files.isSymbolicLink(link));
        assertFalse(Files.isRegularFile(Path.of("/dev/null")), "/dev/null is still a device");
    }

    @Test
    void aFifoIsWrittenIntoForItsReader() throws Exception {
        Path fifo = fifo(dir.resolve("report.fifo"));
        CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> readAll(fifo));

        Result result = jbound("analyze", good.toString(), "--html", fifo.toString());

        assertEquals(0, result.status(), result.err());
        String page = new String(reader.get(60, TimeUnit.SECONDS), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(page.startsWith("<!DOCTYPE html>"), page.substring(0, Math.min(80, page.length())));
        assertTrue(Files.readAttributes(fifo, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther(),
                "still a FIFO");
    }

    @Test
    void aLinkToStandardOutputIsWrittenIntoAndStaysALink() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("stdout.json"), Path.of("/proc/self/fd/1"));

        Result result = jbound.support.JboundProcess.run(dir.resolve("tmp"), List.of(), "analyze", good.toString(), "--json", link.toString());

        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("\"schemaVersion\""), "the JSON went to jbound's standard output: " + result.out());
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void dashIsStandardOutputAndLeavesOutTheTerminalSummary() throws IOException {
        Result result = jbound("analyze", good.toString(), "--json", "-");

        assertEquals(0, result.status(), result.err());
        assertEquals("IDLE", new ObjectMapper().readTree(result.out()).path("verdict").path("kind").asText());
    }

    @Test
    void aFailureToWriteAnOutputExitsWithTheOutputsStatus() {
        jbound("analyze", good.toString(), "--json", "/dev/full").assertOneLineError(2, "cannot write /dev/full");
    }

    @Test
    void anEmptyNameIsAUsageErrorNotTheCurrentDirectory() {
        jbound("analyze", "").assertOneLineError(2, "an empty name");
        jbound("analyze", good.toString(), "--json", "").assertOneLineError(2, "--json needs a file name");
    }

    @Test
    void aFifoAsInputIsReadLikeAFile() throws Exception {
        Path fifo = fifo(dir.resolve("in.fifo"));
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(original);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        Result result = jbound("analyze", fifo.toString());

        writer.get(60, TimeUnit.SECONDS);
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("VERDICT  IDLE"), result.out());
    }

    private static Path fifo(Path path) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor());
        return path;
    }

    private static byte[] readAll(Path fifo) {
        try (InputStream in = Files.newInputStream(fifo)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
