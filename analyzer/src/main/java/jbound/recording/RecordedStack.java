package jbound.recording;

/**
 * A stack trace as method numbers of the {@link MethodTable}, the executing method first. Made
 * only by a {@link StackTable}, which gives each distinct stack one object and a dense id, so
 * that later stages can keep what they learn about a stack in arrays indexed by {@link #id()}.
 */
public final class RecordedStack {

    /** An event without a stack trace. */
    public static final RecordedStack NONE = new RecordedStack(0, new int[0], false);

    private final int id;
    private final int[] framesLeafFirst;
    private final boolean truncated;

    RecordedStack(int id, int[] framesLeafFirst, boolean truncated) {
        this.id = id;
        this.framesLeafFirst = framesLeafFirst;
        this.truncated = truncated;
    }

    /** Dense within its {@link StackTable}, from 0; {@link #NONE} is 0 in every table. */
    public int id() {
        return id;
    }

    /** Shared: do not modify. */
    public int[] framesLeafFirst() {
        return framesLeafFirst;
    }

    /** The JVM cut the stack at its depth limit, so the outermost callers are missing. */
    public boolean truncated() {
        return truncated;
    }

    public int depth() {
        return framesLeafFirst.length;
    }

    public int topFrame() {
        return framesLeafFirst.length == 0 ? -1 : framesLeafFirst[0];
    }
}
