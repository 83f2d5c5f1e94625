package jbound.profile;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import jbound.recording.StackTable;

/** One weighted stack trie per kind (of sample, of off-CPU time): the flame graphs' and hot methods' source. */
final class StackViews<K extends Enum<K>> implements Merging<StackViews<K>> {

    private final Map<K, WeightedStacks> byKind;

    /** @param kept which kinds have a view (off-CPU time kinds that no event carries have none) */
    StackViews(Class<K> kinds, Predicate<K> kept, StackTable stacks) {
        byKind = new EnumMap<>(kinds);
        for (K kind : kinds.getEnumConstants()) {
            if (kept.test(kind)) {
                byKind.put(kind, new WeightedStacks(stacks));
            }
        }
    }

    WeightedStacks get(K kind) {
        return byKind.get(kind);
    }

    void forEach(BiConsumer<K, WeightedStacks> action) {
        byKind.forEach(action);
    }

    /** Ends a segment: stacks held back for their weights are added to the tries. */
    void flush() {
        byKind.values().forEach(WeightedStacks::flush);
    }

    @Override
    public void merge(StackViews<K> other, Remap numbers) {
        other.byKind.forEach((kind, stacks) -> byKind.get(kind).trie().merge(stacks.trie(), numbers.methods()));
    }
}
