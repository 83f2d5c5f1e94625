package jbound;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jbound.diagnosis.Diagnoser;
import jbound.profile.ApplicationCode;
import jbound.profile.Profile;
import jbound.profile.ProfileBuilder;
import jbound.recording.EventCatalog;
import jbound.recording.ReadIssue;
import jbound.recording.ReadProgress;
import jbound.recording.RecordingInput;
import jbound.recording.RecordingReader;
import jbound.recording.Segment;
import jbound.recording.UnreadableRecordingException;

/**
 * The pipeline, left to right: read the recording, attribute its events, diagnose. A file of
 * several segments (recordings of several JVMs, parts of a file) is read on several threads, each
 * with tables and aggregates of its own, merged in file order at the end: the result equals a
 * single pass.
 */
public final class Analyzer {

    /** The largest temporary copy of part of a recording, short of a single chunk larger than it. */
    static final long MAX_COPY_BYTES = 64L << 20;

    private Analyzer() {
    }

    /** The recording read, attributed and diagnosed once, as {@code request} asks. */
    public static Analysis analyze(Path recording, AnalysisRequest request) throws UnreadableRecordingException {
        try (RecordingInput input = RecordingInput.open(recording, request.unpackLimit())) {
            List<List<Segment>> blocks = blocks(input.segments(), request.parallelism());
            if (blocks.size() == 1) {
                return combine(input, List.of(Part.read(input, blocks.getFirst(), 1, request, request.progress())), null, request);
            }
            try {
                return combine(input, readInParallel(input, blocks, request), null, request);
            } catch (OutOfMemoryError full) {
                // Each reader holds its chunk's constant pools, so a heap too small for several at
                // once may still hold one: read again as one thread would (the whole file in one
                // pass where it is one recording), which gives the same counts, only later.
                long heapMegabytes = Runtime.getRuntime().maxMemory() >> 20;
                String slower = String.format(java.util.Locale.ROOT, "read on one thread: the heap (at most %,d MB) could not hold %d readers "
                        + "at once; with more (JBOUND_JAVA_OPTS=-Xmx%dm, say) they read it sooner", heapMegabytes, blocks.size(),
                        blocks.size() * heapMegabytes);
                Part whole = Part.read(input, blocks(input.segments(), 1).getFirst(), 1, request, request.progress());
                return combine(input, List.of(whole), slower, request);
            }
        }
    }

    /** Merges the parts in file order and diagnoses the whole; {@code howRead} is a warning about the reading itself, or null. */
    private static Analysis combine(RecordingInput input, List<Part> parts, String howRead, AnalysisRequest request) {
        Part first = parts.getFirst();
        List<ReadIssue> warnings = new ArrayList<>(input.warnings());
        parts.forEach(part -> warnings.addAll(part.skipped()));
        parts.stream().flatMap(part -> part.reader().warnings().stream()).distinct().forEach(warnings::add);
        long failed = parts.stream().mapToLong(part -> part.reader().failedEvents()).sum();
        if (failed > 0) {
            String firstFailure = parts.stream().map(part -> part.reader().firstFailure()).filter(java.util.Objects::nonNull).findFirst().orElse("?");
            warnings.add(new ReadIssue(ReadIssue.Kind.EVENTS_LEFT_OUT, String.format(java.util.Locale.ROOT,
                    "%,d event%s could not be read and were left out (the first: %s)", failed, failed == 1 ? "" : "s", firstFailure)));
        }
        Map<EventCatalog, Long> counts = new EnumMap<>(EventCatalog.class);
        for (Part part : parts) {
            part.reader().eventCounts().forEach((type, n) -> counts.merge(type, n, Long::sum));
            if (part != first) {
                first.builder().mergeFrom(part.builder());
            }
        }
        if (howRead != null) {
            warnings.add(new ReadIssue(ReadIssue.Kind.READ_ON_ONE_THREAD, howRead));
        }
        Profile profile = first.builder().build(input, counts, warnings);
        return new Analysis(profile, Diagnoser.diagnose(profile, request.speedup()));
    }

    /**
     * What each reading thread reads: contiguous blocks of about equal bytes, in file order, so
     * that merging block by block is merging in file order. A recording bigger than its share is
     * cut at chunk boundaries, so one long recording is read on all threads too.
     */
    public static List<List<Segment>> blocks(List<Segment> segments, int workers) {
        return blocks(segments, workers, MAX_COPY_BYTES);
    }

    static List<List<Segment>> blocks(List<Segment> segments, int workers, long maxCopyBytes) {
        long total = segments.stream().mapToLong(Segment::bytes).sum();
        List<Segment> units = new ArrayList<>();
        boolean wholeFileInOnePass = workers == 1 && segments.size() == 1;
        for (Segment segment : segments) {
            for (Segment share : segment.split((int) Math.ceil((double) segment.bytes() * workers / Math.max(1, total)))) {
                // A unit read apart from the file is a temporary copy: cut it small enough that the
                // copies existing at any time take little disk, whatever the recording's size.
                units.addAll(wholeFileInOnePass ? List.of(share) : share.splitAtMost(maxCopyBytes));
            }
        }
        List<List<Segment>> blocks = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            blocks.add(new ArrayList<>());
        }
        long before = 0;
        for (Segment unit : units) {
            // Each unit goes to the block its middle byte falls in: blocks stay contiguous and ordered.
            int block = (int) Math.min(workers - 1, (before + unit.bytes() / 2) * workers / Math.max(1, total));
            blocks.get(block).add(unit);
            before += unit.bytes();
        }
        blocks.removeIf(List::isEmpty);
        return blocks;
    }

    private static List<Part> readInParallel(RecordingInput input, List<List<Segment>> blocks, AnalysisRequest request)
            throws UnreadableRecordingException {
        ReadProgress progress = request.progress();
        int workers = blocks.size();
        long total = blocks.stream().flatMap(List::stream).mapToLong(Segment::bytes).sum();
        long[] done = new long[workers];
        ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "jbound-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Part>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                List<Segment> block = blocks.get(w);
                int worker = w;
                ReadProgress share = (bytes, ofBlock) -> {
                    synchronized (done) {
                        done[worker] = bytes;
                        long sum = 0;
                        for (long d : done) {
                            sum += d;
                        }
                        progress.advanced(sum, total);
                    }
                };
                futures.add(pool.submit(() -> Part.read(input, block, workers, request, share)));
            }
            List<Part> parts = new ArrayList<>();
            for (Future<Part> future : futures) {
                parts.add(future.get());
            }
            return parts;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnreadableRecordingException unreadable) {
                throw unreadable;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + input.source(), e);
        } finally {
            // Also when this thread failed (out of memory, say): a reader left running would hold
            // its share of the heap while the recording is read again.
            stopReaders(pool);
        }
    }

    /**
     * Once one reader failed, the others stop at their next part and are waited for: a reader
     * left running would copy parts of the recording to temporary files after the input is closed.
     * When all have finished, this returns at once.
     */
    private static void stopReaders(ExecutorService pool) {
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Some segments read by one reader into one builder, and the chunks of them the JDK's parser
     * refused. Real files of other writers have chunks it rejects ("Pool jdk.types.StackTrace must
     * contain at least one element") while the others read fine alone: where a block fails, it is
     * read again chunk by chunk, keeping every chunk that reads.
     */
    private record Part(RecordingReader reader, ProfileBuilder builder, List<ReadIssue> skipped) {

        /** @param readersAtOnce how many parts are read at the same time, sharing the heap */
        static Part read(RecordingInput input, List<Segment> segments, int readersAtOnce, AnalysisRequest request, ReadProgress progress)
                throws UnreadableRecordingException {
            ApplicationCode code = request.applicationCode();
            boolean includeEnvironment = request.includeEnvironment();
            try {
                return readWhole(input, segments, readersAtOnce, code, includeEnvironment, progress);
            } catch (UnreadableRecordingException whole) {
                if (!whole.parserRefused() || segments.stream().mapToInt(s -> s.chunks().size()).sum() < 2) {
                    throw whole;
                }
                return readChunkByChunk(input, segments, readersAtOnce, code, includeEnvironment, whole);
            }
        }

        private static Part readWhole(RecordingInput input, List<Segment> segments, int readersAtOnce, ApplicationCode code,
                                      boolean includeEnvironment, ReadProgress progress) throws UnreadableRecordingException {
            RecordingReader reader = new RecordingReader(includeEnvironment, readersAtOnce);
            ProfileBuilder builder = new ProfileBuilder(code, reader.methods(), reader.threads(), reader.stacks());
            reader.read(input, segments, builder, progress);
            return new Part(reader, builder, List.of());
        }

        private static Part readChunkByChunk(RecordingInput input, List<Segment> segments, int readersAtOnce, ApplicationCode code,
                                             boolean includeEnvironment, UnreadableRecordingException whole)
                throws UnreadableRecordingException {
            Part kept = null;
            List<ReadIssue> skipped = new ArrayList<>();
            for (Segment segment : segments) {
                for (Segment chunk : segment.splitAtMost(1)) {
                    RecordingReader.stopIfInterrupted(input);
                    try {
                        Part part = readWhole(input, List.of(chunk), readersAtOnce, code, includeEnvironment, ReadProgress.NONE);
                        if (kept == null) {
                            kept = part;
                        } else {
                            kept.builder().mergeFrom(part.builder());
                            for (Map.Entry<EventCatalog, Long> count : part.reader().eventCounts().entrySet()) {
                                kept.reader().addCounts(count.getKey(), count.getValue());
                            }
                            kept.reader().addFailures(part.reader().failedEvents(), part.reader().firstFailure());
                        }
                    } catch (UnreadableRecordingException e) {
                        skipped.add(new ReadIssue(ReadIssue.Kind.PART_SKIPPED, "the chunk at byte " + chunk.offset() + " (" + chunk.bytes()
                                + " bytes) was skipped: " + e.problem()));
                    }
                }
            }
            if (kept == null) {
                throw whole;
            }
            return new Part(kept.reader(), kept.builder(), List.copyOf(skipped));
        }
    }
}
