package jbound.recording;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The recording as a plain JFR file that the JDK's parser can seek in: the file itself, or a
 * temporary copy of what a pipe held or a gzip file unpacks to, made within an {@link UnpackLimit}.
 */
final class PlainRecording {

    private static final int GZIP_MAGIC = 0x1f8b;

    private PlainRecording() {
    }

    /** The plain file for {@code file}; temporary copies it makes are added to {@code temporaryFiles}. */
    static Path of(Path file, UnpackLimit limit, List<Path> temporaryFiles) throws IOException, UnreadableRecordingException {
        if (Files.isDirectory(file)) {
            throw new UnreadableRecordingException(file, "a directory, not a recording; name a .jfr file");
        }
        if (!Files.exists(file)) {
            throw new UnreadableRecordingException(file, "no such file");
        }
        if (!Files.isReadable(file)) {
            throw new UnreadableRecordingException(file, "cannot be read: permission denied");
        }
        Path plain = file;
        if (!Files.isRegularFile(file)) {
            // A pipe, a FIFO or a device: read once, into a file the parser can seek in.
            plain = temporary(temporaryFiles);
            try (InputStream in = Files.newInputStream(file)) {
                copyBounded(file, in, plain, limit.maxBytes() > 0 ? limit.maxBytes() : Long.MAX_VALUE, "the --max-unpacked bound of "
                        + limit.maxBytes() + " bytes", false);
            }
        }
        if (Files.size(plain) == 0) {
            throw new UnreadableRecordingException(file, plain == file ? "an empty file, not a recording" : "nothing could be read from it");
        }
        if (!startsWithGzipMagic(plain)) {
            return plain;
        }
        Path unpacked = temporary(temporaryFiles);
        long compressed = Files.size(plain);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(plain), 1 << 16)) {
            copyBounded(file, in, unpacked, limit.bytesFor(compressed), limit.describe(compressed), true);
        } catch (ZipException | java.io.EOFException e) {
            throw new UnreadableRecordingException(file, "gzip-compressed, but its compressed data is corrupt or cut short (" + RecordingInput.describe(e) + ")");
        }
        if (Files.size(unpacked) == 0) {
            throw new UnreadableRecordingException(file, "gzip-compressed, but holds nothing");
        }
        if (plain != file) {
            TemporaryFiles.delete(plain);
            temporaryFiles.remove(plain);
        }
        return unpacked;
    }

    private static Path temporary(List<Path> temporaryFiles) throws IOException {
        Path file = TemporaryFiles.create(null, "jbound-", ".jfr");
        temporaryFiles.add(file);
        return file;
    }

    /**
     * Copies at most {@code limit} bytes, and where {@code unpacking}, only what starts like a
     * recording: a gzip bomb is refused at its first bytes, or at the bound, not when the disk is full.
     */
    private static void copyBounded(Path shownAs, InputStream in, Path target, long limit, String bound, boolean unpacking)
            throws IOException, UnreadableRecordingException {
        byte[] buffer = new byte[1 << 16];
        long copied = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.readNBytes(buffer, 0, copied == 0 ? RecordingInput.JFR_MAGIC.length : buffer.length)) > 0) {
                if (copied == 0 && unpacking && !java.util.Arrays.equals(buffer, 0, n, RecordingInput.JFR_MAGIC, 0, RecordingInput.JFR_MAGIC.length)) {
                    throw new UnreadableRecordingException(shownAs, "gzip-compressed, but what it holds is not a JFR recording "
                            + "(it does not start with the 'FLR' magic bytes)");
                }
                if (copied + n > limit) {
                    throw new UnreadableRecordingException(shownAs, (unpacking ? "unpacks to" : "holds") + " more than " + bound
                            + "; if it is a recording that large, raise the bound with --max-unpacked SIZE");
                }
                out.write(buffer, 0, n);
                copied += n;
            }
        }
    }

    private static boolean startsWithGzipMagic(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            int b0 = in.read();
            int b1 = in.read();
            return b1 >= 0 && ((b0 << 8) | b1) == GZIP_MAGIC;
        }
    }
}
