package jbound.profile;

import java.util.Arrays;

import jbound.recording.RecordedStack;
import jbound.recording.StackTable;

/**
 * A stack trie fed through per-stack sums: most events cost an array add instead of a walk
 * down the trie; each touched stack goes into the trie once per {@link #flush()}.
 */
final class WeightedStacks {

    private final StackTrie trie = new StackTrie();
    private final StackTable stacks;
    private long[] weights = new long[0];
    private int[] touched = new int[16];
    private int touchedCount;

    WeightedStacks(StackTable stacks) {
        this.stacks = stacks;
    }

    void add(RecordedStack stack, long weight) {
        int id = stack.id();
        if (id == StackTable.UNLISTED) {
            // Past the table's limit stacks share one id: each goes into the trie on its own.
            trie.add(stack.framesLeafFirst(), stack.truncated(), weight);
            return;
        }
        if (id >= weights.length) {
            weights = Arrays.copyOf(weights, Math.max(id + 1, 2 * weights.length));
        }
        if (weights[id] == 0) {
            // A stack of weight 0 may be listed twice; the second flush of it adds nothing.
            if (touchedCount == touched.length) {
                touched = Arrays.copyOf(touched, 2 * touched.length);
            }
            touched[touchedCount++] = id;
        }
        weights[id] += weight;
    }

    void flush() {
        for (int i = 0; i < touchedCount; i++) {
            int id = touched[i];
            RecordedStack stack = stacks.get(id);
            trie.add(stack.framesLeafFirst(), stack.truncated(), weights[id]);
            weights[id] = 0;
        }
        touchedCount = 0;
    }

    /** The trie: {@link #flush()} first for the stacks added since. */
    StackTrie trie() {
        return trie;
    }
}
