package jbound.recording;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every distinct stack one reader has seen, each once, up to its limit (at most {@link #MAX_LISTED}). The JDK's
 * parser makes new stack objects in every chunk; interning them by content keeps memory growing
 * with distinct stacks, not with chunks, and gives each a dense id. Past the limit (a service
 * whose every request takes its own path has millions) a stack is not listed: it keeps its
 * frames for the event at hand but shares the id {@link #UNLISTED}, and what is aggregated per
 * stack folds it into "(other stacks)".
 */
public final class StackTable {

    /**
     * About 30 MB of 40-frame stacks, with what each stage keeps per stack: memory stays bounded
     * however varied the stacks. Readers working at once share it.
     */
    public static final int MAX_LISTED = 100_000;
    /** The id every stack past the limit shares. */
    public static final int UNLISTED = MAX_LISTED + 1;

    private final int maxListed;
    private final Map<Key, RecordedStack> byContent = new HashMap<>();
    private final List<RecordedStack> byId = new ArrayList<>(List.of(RecordedStack.NONE));
    private long unlistedStacks;

    /** @param maxListed how many distinct stacks this table lists, at most {@link #MAX_LISTED} */
    StackTable(int maxListed) {
        if (maxListed < 1 || maxListed > MAX_LISTED) {
            throw new IllegalArgumentException("a stack table lists 1 to " + MAX_LISTED + " stacks, not " + maxListed);
        }
        this.maxListed = maxListed;
    }

    RecordedStack intern(int[] framesLeafFirst, boolean truncated) {
        if (framesLeafFirst.length == 0 && !truncated) {
            return RecordedStack.NONE;
        }
        Key key = new Key(framesLeafFirst, truncated);
        RecordedStack known = byContent.get(key);
        if (known != null) {
            return known;
        }
        if (byId.size() > maxListed) {
            unlistedStacks++;
            return new RecordedStack(UNLISTED, framesLeafFirst, truncated);
        }
        RecordedStack stack = new RecordedStack(byId.size(), framesLeafFirst, truncated);
        byId.add(stack);
        byContent.put(key, stack);
        return stack;
    }

    /** A listed stack by its id; {@link #UNLISTED} has none. */
    public RecordedStack get(int id) {
        return byId.get(id);
    }

    /** How many ids are in use, {@link RecordedStack#NONE} included, {@link #UNLISTED} not. */
    public int size() {
        return byId.size();
    }

    /** How many times a stack came that was not listed (the same stack may be counted more than once). */
    public long unlistedStacks() {
        return unlistedStacks;
    }

    private record Key(int[] frames, boolean truncated) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && truncated == k.truncated && Arrays.equals(frames, k.frames);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(frames) * 2 + (truncated ? 1 : 0);
        }
    }
}
