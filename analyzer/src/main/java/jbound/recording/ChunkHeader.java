package jbound.recording;

/**
 * The fixed header that starts every chunk of a recording (JFR format 1.0 and 2.x): enough to
 * split a file into chunks and to tell whether two chunks belong to one recording, without
 * parsing any event.
 *
 * @param offset         where the chunk starts in the file
 * @param size           the chunk's declared size in bytes, header included
 * @param startNanos     wall-clock start, nanoseconds since the epoch
 * @param durationNanos  how long the chunk covers
 * @param live           the header's state byte says the JVM was still writing the chunk: its
 *                       size and offsets describe the chunk as of its last flush
 */
public record ChunkHeader(long offset, int major, int minor, long size, long startNanos, long durationNanos,
                          long startTicks, long ticksPerSecond, boolean live) {

    /** Bytes of the header: magic to the features flags; events start right after it. */
    static final int LENGTH = 68;
    static final int METADATA_OFFSET_POSITION = 24;
    /**
     * The state byte: 0 once the JVM has finished the chunk; while it writes, a generation
     * counter bumped at every flush, or 255 during a header update. The JDK's file parser waits,
     * without end, for a chunk that is not 0 here to finish.
     */
    static final int STATE_POSITION = 64;
    static final byte FINISHED = 0;

    /**
     * A chunk that a JVM rotated to from {@code previous} starts exactly where the previous one
     * ends, on the same clock. Chunks that do not are from another recording (or another JVM)
     * and must be parsed apart: the JDK's parser would otherwise carry the previous chunk's
     * constant pools over and name the wrong methods.
     */
    boolean continues(ChunkHeader previous) {
        long gap = startNanos - (previous.startNanos + previous.durationNanos);
        return major == previous.major && minor == previous.minor
                && ticksPerSecond == previous.ticksPerSecond
                && startTicks >= previous.startTicks
                && Math.abs(gap) <= MAX_ROTATION_GAP_NANOS;
    }

    long end() {
        return offset + size;
    }

    /** Same-JVM rotation leaves no gap at all (measured: 0 ns on JDK 25); a millisecond is generous. */
    private static final long MAX_ROTATION_GAP_NANOS = 1_000_000L;
}
