package jbound.recording;

/**
 * A stack trace as method numbers of the {@link MethodTable}, the executing method first.
 *
 * @param truncated the JVM cut the stack at its depth limit, so the outermost callers are missing
 */
public record RecordedStack(int[] framesLeafFirst, boolean truncated) {

    public static final RecordedStack NONE = new RecordedStack(new int[0], false);

    public int depth() {
        return framesLeafFirst.length;
    }

    public int topFrame() {
        return framesLeafFirst.length == 0 ? -1 : framesLeafFirst[0];
    }
}
