package jbound.recording;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every distinct stack one reader has seen, each once. The JDK's parser makes new stack objects
 * in every chunk; interning them by content keeps memory growing with distinct stacks, not with
 * chunks, and gives each a dense id.
 */
public final class StackTable {

    private final Map<Key, RecordedStack> byContent = new HashMap<>();
    private final List<RecordedStack> byId = new ArrayList<>(List.of(RecordedStack.NONE));

    RecordedStack intern(int[] framesLeafFirst, boolean truncated) {
        if (framesLeafFirst.length == 0 && !truncated) {
            return RecordedStack.NONE;
        }
        return byContent.computeIfAbsent(new Key(framesLeafFirst, truncated), key -> {
            RecordedStack stack = new RecordedStack(byId.size(), framesLeafFirst, truncated);
            byId.add(stack);
            return stack;
        });
    }

    public RecordedStack get(int id) {
        return byId.get(id);
    }

    /** How many ids are in use, {@link RecordedStack#NONE} included. */
    public int size() {
        return byId.size();
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
