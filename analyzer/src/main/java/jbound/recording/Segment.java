package jbound.recording;

import java.util.ArrayList;
import java.util.List;

/**
 * Consecutive chunks of one recording, which the JDK's parser may read together and apart from
 * any other chunks. Most files are one segment; a file that concatenates recordings of several
 * JVMs is several. A segment may be cut into parts at chunk boundaries to be read on several
 * threads: every chunk carries its own metadata and constant pools.
 *
 * @param index where the recording stands in the input, from 0; parts of one recording share it,
 *              and it keeps threads of different JVMs apart
 * @param clock the first chunk of the whole recording: the JDK's parser converts the clock ticks
 *              of every chunk it reads in one pass with the first chunk's anchor, so a part read
 *              on its own shifts its times onto that anchor to give the same times
 */
public record Segment(int index, List<ChunkHeader> chunks, ChunkHeader clock) {

    public Segment {
        chunks = List.copyOf(chunks);
        if (chunks.isEmpty()) {
            throw new IllegalArgumentException("a segment holds at least one chunk");
        }
    }

    /** A whole recording: its own first chunk anchors its clock. */
    public Segment(int index, List<ChunkHeader> chunks) {
        this(index, chunks, chunks.getFirst());
    }

    /**
     * Nanoseconds to add to the times the JDK's parser gives for this segment, read on its own,
     * to get the times it gives when it reads the whole recording from its first chunk. Exact
     * where the clock ticks in whole nanoseconds (as on Linux); the parser itself divides ticks
     * by a whole number of ticks per nanosecond.
     */
    public long clockCorrectionNanos() {
        ChunkHeader first = chunks.getFirst();
        long ticksPerNano = first.ticksPerSecond() / 1_000_000_000L;
        if (first == clock || ticksPerNano <= 0 || first.ticksPerSecond() != clock.ticksPerSecond()) {
            return 0;
        }
        return clock.startNanos() - first.startNanos() + (long) ((double) (first.startTicks() - clock.startTicks()) / ticksPerNano);
    }

    public long bytes() {
        return chunks.getLast().end() - chunks.getFirst().offset();
    }

    public long offset() {
        return chunks.getFirst().offset();
    }

    /** Cuts this segment at chunk boundaries into runs of at most {@code maxBytes}, or of one chunk where a chunk is larger. */
    public List<Segment> splitAtMost(long maxBytes) {
        List<Segment> runs = new ArrayList<>();
        List<ChunkHeader> run = new ArrayList<>();
        long runBytes = 0;
        for (ChunkHeader chunk : chunks) {
            if (!run.isEmpty() && runBytes + chunk.size() > maxBytes) {
                runs.add(new Segment(index, run, clock));
                run = new ArrayList<>();
                runBytes = 0;
            }
            run.add(chunk);
            runBytes += chunk.size();
        }
        runs.add(new Segment(index, run, clock));
        return runs;
    }

    /**
     * Cuts this segment at chunk boundaries into at most {@code parts} runs of about equal bytes,
     * in file order; fewer when it has fewer chunks.
     */
    public List<Segment> split(int parts) {
        if (parts <= 1 || chunks.size() == 1) {
            return List.of(this);
        }
        List<Segment> runs = new ArrayList<>();
        List<ChunkHeader> run = new ArrayList<>();
        long total = bytes();
        int made = 0;
        for (ChunkHeader chunk : chunks) {
            run.add(chunk);
            long done = chunk.end() - offset();
            // Close the run once it reaches its share of the bytes.
            if (made < parts - 1 && done * parts >= total * (made + 1)) {
                runs.add(new Segment(index, run, clock));
                run = new ArrayList<>();
                made++;
            }
        }
        if (!run.isEmpty()) {
            runs.add(new Segment(index, run, clock));
        }
        return runs;
    }
}
