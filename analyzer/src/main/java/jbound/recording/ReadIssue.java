package jbound.recording;

/**
 * Something the reader should know about how a recording was read: what could not be read, or how
 * the reading differed from a plain one. A kind to act on and a sentence to show.
 *
 * @param detail what happened, in words, for the reports
 */
public record ReadIssue(Kind kind, String detail) {

    public enum Kind {
        /** Part of the file was not read: a chunk and what follows it, or a chunk the JDK's parser refused. */
        PART_SKIPPED(true),
        /** A chunk still being written when the copy was made: read up to the JVM's last flush. */
        UNFINISHED_CHUNK(true),
        /** Events that could not be read, or that only look like the JDK's, were left out. */
        EVENTS_LEFT_OUT(true),
        /** Read on one thread instead of several, the heap being too small for them. */
        READ_ON_ONE_THREAD(false),
        /** Some stacks had more distinct call paths than jbound keeps and were folded. */
        STACKS_FOLDED(false);

        private final boolean leavesOut;

        Kind(boolean leavesOut) {
            this.leavesOut = leavesOut;
        }

        /** Whether events of the recording are missing from the analysis because of it. */
        public boolean leavesOut() {
            return leavesOut;
        }
    }

    public ReadIssue {
        java.util.Objects.requireNonNull(kind);
        java.util.Objects.requireNonNull(detail);
    }

    /** Whether events of the recording are missing from the analysis because of it. */
    public boolean leavesOut() {
        return kind.leavesOut();
    }
}
