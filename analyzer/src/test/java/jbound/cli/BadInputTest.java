package jbound.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static jbound.support.Cli.jbound;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jbound.support.Cli.Result;
import jbound.support.Recordings;
import jbound.support.Slow;

/** Every kind of bad input ends in one clear line and a documented exit code; nothing is written half. */
@Slow
class BadInputTest {

    @TempDir
    Path dir;

    @Test
    void aClientsFileOfAnotherShapeIsAUsageErrorNamingItsLine() throws IOException {
        Path clients = Files.writeString(dir.resolve("clients.tsv"), "# in-house\nAcme RPC without a frame\n");
        jbound("analyze", Recordings.of("CpuBound").toString(), "--clients", clients.toString())
                .assertOneLineError(2, "line 2: a client is three tab-separated fields");
    }

    @Test
    void aMissingClientsFileIsAUsageError() {
        jbound("analyze", Recordings.of("CpuBound").toString(), "--clients", dir.resolve("none.tsv").toString())
                .assertOneLineError(2, "cannot be read");
    }

    @Test
    void missingFileIsUnreadableInput() {
        jbound("analyze", dir.resolve("nope.jfr").toString()).assertOneLineError(3, "no such file");
    }

    @Test
    void directoryIsUnreadableInput() {
        jbound("analyze", dir.toString()).assertOneLineError(3, "a directory");
    }

    @Test
    void emptyFileIsUnreadableInput() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.jfr"));
        jbound("analyze", empty.toString()).assertOneLineError(3, "empty");
    }

    @Test
    void textFileIsNotARecording() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.jfr"), "these are not events\n");
        jbound("analyze", text.toString()).assertOneLineError(3, "not a JFR recording");
    }

    @Test
    void truncatedRecordingSaysItIsTruncated() throws IOException {
        byte[] whole = Files.readAllBytes(Recordings.of("CpuBound"));
        Path cut = Files.write(dir.resolve("cut.jfr"), java.util.Arrays.copyOf(whole, whole.length / 2));
        jbound("analyze", cut.toString()).assertOneLineError(3, "truncated");
    }

    @Test
    void corruptMetadataIsACorruptRecording() throws IOException {
        byte[] bytes = Files.readAllBytes(Recordings.of("CpuBound"));
        int metadataOffset = (int) ByteBuffer.wrap(bytes).getLong(24);
        for (int i = metadataOffset + 8; i < metadataOffset + 64; i++) {
            bytes[i] = (byte) 0xff;
        }
        Path corrupt = Files.write(dir.resolve("corrupt.jfr"), bytes);
        jbound("analyze", corrupt.toString()).assertOneLineError(3, "corrupt");
    }

    @Test
    void oracleJdk8RecordingIsRefusedNamingItsFormatAndWhatOpensIt() throws IOException {
        ByteBuffer header = ByteBuffer.allocate(128);
        header.put("FLR\0".getBytes(StandardCharsets.ISO_8859_1)).putShort((short) 0).putShort((short) 9).putLong(128);
        Path old = Files.write(dir.resolve("jdk8.jfr"), header.array());
        Result result = jbound("analyze", old.toString());
        result.assertOneLineError(3, "0.9");
        assertTrue(result.err().contains("JDK Mission Control"), result.err());
    }

    @Test
    void gzipCompressedRecordingIsReadWhateverItsName() throws IOException {
        Path gz = dir.resolve("service.jfr");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(Recordings.of("CpuBound"), out);
        }
        Result result = jbound("analyze", gz.toString());
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("CPU_BOUND"), result.out());
    }

    @Test
    void corruptGzipIsUnreadableInput() throws IOException {
        byte[] gz = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3};
        Path file = Files.write(dir.resolve("broken.jfr.gz"), gz);
        jbound("analyze", file.toString()).assertOneLineError(3, "gzip");
    }

    @Test
    void analyzeWithoutAFileIsAUsageError() {
        jbound("analyze").assertOneLineError(2, "needs a recording");
    }

    @Test
    void unknownCommandIsAUsageError() {
        jbound("anlyze", "x.jfr").assertOneLineError(2, "unknown command");
    }

    @Test
    void badTopIsAUsageError() {
        jbound("analyze", "x.jfr", "--top", "many").assertOneLineError(2, "--top");
    }

    @Test
    void unknownOptionIsAUsageError() {
        jbound("analyze", "x.jfr", "--colour").assertOneLineError(2, "colour");
    }

    @Test
    void jsonIntoAMissingDirectoryIsRefusedBeforeAnyAnalysis() {
        jbound("analyze", Recordings.of("CpuBound").toString(), "--json", dir.resolve("no/such/dir/out.json").toString())
                .assertOneLineError(2, "does not exist");
    }

    @Test
    void jsonOverTheInputIsRefusedAndTheInputIsKept() throws IOException {
        Path input = Files.copy(Recordings.of("CpuBound"), dir.resolve("keep.jfr"));
        byte[] before = Files.readAllBytes(input);
        jbound("analyze", input.toString(), "--json", input.toString()).assertOneLineError(2, "is the input");
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(input)));
    }

    @Test
    void failedAnalysisLeavesAnExistingJsonUntouched() throws IOException {
        Path json = Files.writeString(dir.resolve("previous.json"), "{\"mine\":true}");
        Path text = Files.writeString(dir.resolve("notes.jfr"), "not a recording");
        jbound("analyze", text.toString(), "--json", json.toString()).assertOneLineError(3, "not a JFR recording");
        assertEquals("{\"mine\":true}", Files.readString(json));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void helpAndVersionSucceed() {
        Result help = jbound("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("jbound COMMAND --help"), help.out());
        assertTrue(jbound("analyze", "--help").out().contains("jbound analyze FILE.jfr"));
        Result version = jbound("--version");
        assertEquals(0, version.status());
        assertTrue(version.out().matches("jbound \\d+\\.\\d+\\.\\d+\\s*"), version.out());
    }
}
