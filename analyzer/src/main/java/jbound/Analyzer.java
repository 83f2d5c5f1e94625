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

    private Analyzer() {
    }

    public static Analysis analyze(Path recording, ApplicationCode applicationCode) throws UnreadableRecordingException {
        return analyze(recording, applicationCode, false);
    }

    /** @param includeEnvironment read the recorded environment (masked); recordings carry secrets there */
    public static Analysis analyze(Path recording, ApplicationCode applicationCode, boolean includeEnvironment)
            throws UnreadableRecordingException {
        return analyze(recording, applicationCode, includeEnvironment, ReadProgress.NONE);
    }

    public static Analysis analyze(Path recording, ApplicationCode applicationCode, boolean includeEnvironment, ReadProgress progress)
            throws UnreadableRecordingException {
        return analyze(recording, applicationCode, includeEnvironment, progress, Runtime.getRuntime().availableProcessors());
    }

    /** @param parallelism how many threads may read segments at once; 1 reads them in one pass */
    public static Analysis analyze(Path recording, ApplicationCode applicationCode, boolean includeEnvironment, ReadProgress progress,
                                   int parallelism) throws UnreadableRecordingException {
        try (RecordingInput input = RecordingInput.open(recording)) {
            List<Segment> segments = input.segments();
            int workers = Math.max(1, Math.min(parallelism, segments.size()));
            List<Part> parts = new ArrayList<>();
            if (workers == 1) {
                parts.add(Part.read(input, segments, applicationCode, includeEnvironment, progress));
            } else {
                parts.addAll(readInParallel(input, segments, workers, applicationCode, includeEnvironment, progress));
            }
            Part first = parts.getFirst();
            Map<EventCatalog, Long> counts = new EnumMap<>(EventCatalog.class);
            for (Part part : parts) {
                part.reader().eventCounts().forEach((type, n) -> counts.merge(type, n, Long::sum));
                if (part != first) {
                    first.builder().mergeFrom(part.builder());
                }
            }
            Profile profile = first.builder().build(input, counts);
            return new Analysis(profile, Diagnoser.diagnose(profile));
        }
    }

    /** Contiguous blocks of segments, one per worker, so merging in block order is merging in file order. */
    private static List<Part> readInParallel(RecordingInput input, List<Segment> segments, int workers, ApplicationCode code,
                                             boolean includeEnvironment, ReadProgress progress) throws UnreadableRecordingException {
        long total = segments.stream().mapToLong(Segment::bytes).sum();
        long[] done = new long[workers];
        ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "jbound-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Part>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                List<Segment> block = segments.subList(segments.size() * w / workers, segments.size() * (w + 1) / workers);
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
                futures.add(pool.submit(() -> Part.read(input, block, code, includeEnvironment, share)));
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
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + input.source(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Some segments read by one reader into one builder. */
    private record Part(RecordingReader reader, ProfileBuilder builder) {
        static Part read(RecordingInput input, List<Segment> segments, ApplicationCode code, boolean includeEnvironment,
                         ReadProgress progress) throws UnreadableRecordingException {
            RecordingReader reader = new RecordingReader(includeEnvironment);
            ProfileBuilder builder = new ProfileBuilder(code, reader.methods(), reader.threads());
            reader.read(input, segments, builder, progress);
            return new Part(reader, builder);
        }
    }
}
