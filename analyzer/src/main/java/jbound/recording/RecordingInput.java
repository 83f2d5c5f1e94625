package jbound.recording;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A recording file made ready for {@code jdk.jfr}: checked, gunzipped when it travels
 * compressed, split into chunks, and grouped into {@link Segment}s that the JDK's parser can
 * read safely on their own. Temporary files it makes are deleted on {@link #close()}.
 */
public final class RecordingInput implements AutoCloseable {

    static final byte[] JFR_MAGIC = {'F', 'L', 'R', 0};

    private final Path source;
    /** The recording as JFR: the source itself, or its gunzipped copy. */
    private final Path jfr;
    private final List<Segment> segments;
    private final List<ReadIssue> warnings;
    private final List<Path> temporaryFiles;
    private final long bytes;

    private RecordingInput(Path source, Path jfr, List<Segment> segments, List<ReadIssue> warnings, List<Path> temporaryFiles, long bytes) {
        this.source = source;
        this.jfr = jfr;
        this.segments = segments;
        this.warnings = warnings;
        this.temporaryFiles = temporaryFiles;
        this.bytes = bytes;
    }

    /** Opens {@code file} or explains, in one line, why it cannot be read. */
    public static RecordingInput open(Path file) throws UnreadableRecordingException {
        return open(file, UnpackLimit.DEFAULT);
    }

    public static RecordingInput open(Path file, UnpackLimit limit) throws UnreadableRecordingException {
        List<Path> temporaryFiles = new ArrayList<>();
        try {
            Path jfr = PlainRecording.of(file, limit, temporaryFiles);
            ChunkScan scan = ChunkScan.of(file, jfr);
            List<Segment> segments = segmentsOf(scan);
            return new RecordingInput(file, jfr, segments, scan.warnings(), temporaryFiles, Files.size(jfr));
        } catch (UnreadableRecordingException | RuntimeException e) {
            deleteAll(temporaryFiles);
            throw e;
        } catch (IOException e) {
            deleteAll(temporaryFiles);
            throw new UnreadableRecordingException(file, "cannot read it: " + describe(e), e);
        }
    }

    public Path source() {
        return source;
    }

    public List<Segment> segments() {
        return segments;
    }

    /** What was skipped while opening (a truncated tail, say): the analysis goes on without it. */
    public List<ReadIssue> warnings() {
        return warnings;
    }

    /** Size of the recording as JFR, after decompression. */
    public long bytes() {
        return bytes;
    }

    public int chunkCount() {
        return segments.stream().mapToInt(s -> s.chunks().size()).sum();
    }

    @Override
    public void close() {
        deleteAll(temporaryFiles);
    }

    private static List<Segment> segmentsOf(ChunkScan scan) {
        List<List<ChunkHeader>> groups = new ArrayList<>();
        ChunkHeader previous = null;
        for (ChunkHeader chunk : scan.chunks()) {
            if (previous == null || !chunk.continues(previous)) {
                groups.add(new ArrayList<>());
            }
            groups.getLast().add(chunk);
            previous = chunk;
        }
        List<Segment> segments = new ArrayList<>();
        for (List<ChunkHeader> group : groups) {
            segments.add(new Segment(segments.size(), group));
        }
        return List.copyOf(segments);
    }

    /**
     * A file holding exactly the chunks of {@code segment} (a whole segment or a part of one), for
     * the JDK's parser, which reads a file from its first byte to its last: the recording itself
     * when the segment is all of it, else a temporary copy of its bytes, deleted on close. Copies
     * are made when needed and dropped after use, so no more than one per reading thread exists.
     */
    public SegmentFile fileOf(Segment segment) throws IOException {
        boolean live = segment.chunks().stream().anyMatch(ChunkHeader::live);
        if (!live && segment.offset() == 0 && segment.chunks().getLast().end() == Files.size(jfr)) {
            return new SegmentFile(jfr, false);
        }
        Path part = TemporaryFiles.create(null, "jbound-segment-", ".jfr");
        try (FileChannel in = FileChannel.open(jfr, StandardOpenOption.READ)) {
            copyRange(in, segment.offset(), segment.chunks().getLast().end(), part);
            if (live) {
                markFinished(segment, part);
            }
        } catch (IOException | RuntimeException e) {
            TemporaryFiles.delete(part);
            throw e;
        }
        return new SegmentFile(part, true);
    }

    /** A file for the parser; a temporary one is deleted on close. */
    public record SegmentFile(Path path, boolean temporary) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (temporary) {
                TemporaryFiles.delete(path);
            }
        }
    }

    /**
     * Marks the copy's live chunks finished, so that the JDK's parser reads them as of their last
     * flush instead of waiting for a JVM that will never write them.
     */
    private static void markFinished(Segment segment, Path part) throws IOException {
        try (FileChannel out = FileChannel.open(part, StandardOpenOption.WRITE)) {
            for (ChunkHeader chunk : segment.chunks()) {
                if (chunk.live()) {
                    out.write(ByteBuffer.wrap(new byte[] {ChunkHeader.FINISHED}), chunk.offset() - segment.offset() + ChunkHeader.STATE_POSITION);
                }
            }
        }
    }

    private static void copyRange(FileChannel in, long from, long to, Path target) throws IOException {
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            long position = from;
            while (position < to) {
                position += in.transferTo(position, to - position, out);
            }
        }
    }

    private static void deleteAll(List<Path> files) {
        for (Path file : files) {
            try {
                TemporaryFiles.delete(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete temporary file " + file, e);
            }
        }
    }

    static String describe(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }

    /** The chunks of a JFR file, walked header to header. */
    private record ChunkScan(List<ChunkHeader> chunks, List<ReadIssue> warnings) {

        static ChunkScan of(Path shownAs, Path jfr) throws IOException, UnreadableRecordingException {
            List<ChunkHeader> chunks = new ArrayList<>();
            List<Integer> features = new ArrayList<>();
            List<ReadIssue> warnings = new ArrayList<>();
            try (FileChannel channel = FileChannel.open(jfr, StandardOpenOption.READ)) {
                long size = channel.size();
                long offset = 0;
                ByteBuffer header = ByteBuffer.allocate(ChunkHeader.LENGTH);
                while (offset < size) {
                    header.clear();
                    int read = channel.read(header, offset);
                    String problem = problemWith(header, read, offset, size, chunks.isEmpty());
                    if (problem != null) {
                        boolean afterLiveChunk = !chunks.isEmpty() && chunks.getLast().live();
                        skipFrom(shownAs, chunks, warnings, offset, size, afterLiveChunk ? UNFLUSHED : problem);
                        break;
                    }
                    ChunkHeader chunk = new ChunkHeader(offset, header.getShort(4) & 0xffff, header.getShort(6) & 0xffff,
                            header.getLong(8), header.getLong(32), header.getLong(40), header.getLong(48), header.getLong(56),
                            header.get(ChunkHeader.STATE_POSITION) != ChunkHeader.FINISHED);
                    chunks.add(chunk);
                    features.add(header.getInt(64));
                    offset = chunk.end();
                }
                // The framing walk touches every event's size: the chunks are walked on all cores.
                String[] framing = new String[chunks.size()];
                try {
                    java.util.stream.IntStream.range(0, chunks.size()).parallel().forEach(i -> {
                        try {
                            framing[i] = EventFraming.problemIn(channel, chunks.get(i).offset(), chunks.get(i).size(), features.get(i));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                for (int i = 0; i < framing.length; i++) {
                    if (framing[i] != null) {
                        long at = chunks.get(i).offset();
                        chunks.subList(i, chunks.size()).clear();
                        warnings.clear();
                        skipFrom(shownAs, chunks, warnings, at, size, framing[i]);
                        break;
                    }
                }
            }
            for (int i = 0; i < chunks.size(); i++) {
                if (chunks.get(i).live()) {
                    warnings.add(new ReadIssue(ReadIssue.Kind.UNFINISHED_CHUNK, "chunk " + (i + 1) + " was still being written when this "
                            + "copy was made (its header's state byte is not 0): it was read up to the JVM's last flush, and what came later is not in it"));
                }
            }
            return new ChunkScan(List.copyOf(chunks), warnings);
        }

        /** What a live chunk leaves after its last flush: events not yet covered by a flushed header. */
        private static final String UNFLUSHED = "written after the last flush of a chunk that was still being written, so no header "
                + "describes it yet";

        /** A broken first chunk makes the file unreadable; a later one is skipped with the rest of the file. */
        private static void skipFrom(Path shownAs, List<ChunkHeader> chunks, List<ReadIssue> warnings, long offset, long size, String problem)
                throws UnreadableRecordingException {
            if (chunks.isEmpty()) {
                throw new UnreadableRecordingException(shownAs, problem);
            }
            warnings.add(new ReadIssue(ReadIssue.Kind.PART_SKIPPED, "chunk " + (chunks.size() + 1) + " at byte " + offset + " was skipped, with the "
                    + (size - offset) + " bytes after it: " + problem));
        }

        private static String problemWith(ByteBuffer header, int read, long offset, long fileSize, boolean first) {
            if (read < 4 || !hasJfrMagic(header)) {
                return first ? notJfr(header, read) : "no chunk header where one should start (corrupt or appended data)";
            }
            if (read < ChunkHeader.LENGTH) {
                return "the recording is truncated: it ends inside a chunk header";
            }
            int major = header.getShort(4) & 0xffff;
            int minor = header.getShort(6) & 0xffff;
            if (major == 0) {
                return "a JFR " + major + "." + minor + " recording from Oracle JDK 7 or 8, which jdk.jfr cannot read; "
                        + "open it with JDK Mission Control, or record again on JDK 11 or later";
            }
            if (major > 2) {
                return "in JFR format " + major + "." + minor + ", newer than this JDK (" + Runtime.version().feature()
                        + ") reads; run jbound on a newer JDK";
            }
            long declared = header.getLong(8);
            boolean live = header.get(ChunkHeader.STATE_POSITION) != ChunkHeader.FINISHED;
            if (live && (declared <= ChunkHeader.LENGTH || header.getLong(ChunkHeader.METADATA_OFFSET_POSITION) == 0)) {
                return "the recording was still being written and nothing of it had been flushed yet (copied from a running JVM "
                        + "too early); copy it again after a second or two, or dump it with 'jcmd <pid> JFR.dump'";
            }
            if (declared < ChunkHeader.LENGTH) {
                return "the recording is unfinished: a chunk declares no size (the JVM was still writing it, or crashed); "
                        + "dump a finished copy with 'jcmd <pid> JFR.dump'";
            }
            if (declared > fileSize - offset) {
                return "the recording is truncated: a chunk declares " + declared + " bytes but the file ends after "
                        + (fileSize - offset) + " (the JVM writes a chunk's metadata and constant pools at its end, so no parser can "
                        + "decode what is left of it); copy the whole file again, or dump it with 'jcmd <pid> JFR.dump'";
            }
            return null;
        }

        private static boolean hasJfrMagic(ByteBuffer header) {
            for (int i = 0; i < JFR_MAGIC.length; i++) {
                if (header.get(i) != JFR_MAGIC[i]) {
                    return false;
                }
            }
            return true;
        }

        private static String notJfr(ByteBuffer header, int read) {
            String start = new String(header.array(), 0, Math.max(0, Math.min(read, 12)), java.nio.charset.StandardCharsets.ISO_8859_1);
            if (start.startsWith("PK")) {
                return "a zip archive, not a recording; unzip it and analyze the .jfr inside";
            }
            if (start.startsWith("JAVA PROFILE")) {
                return "a heap dump (HPROF), not a flight recording; open it with a heap analyzer";
            }
            return "not a JFR recording (it does not start with the 'FLR' magic bytes)";
        }
    }
}
