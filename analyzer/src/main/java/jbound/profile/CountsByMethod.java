package jbound.profile;

import java.util.Arrays;

/**
 * Counts by method number, for the numbers of a {@link jbound.recording.MethodTable} and -1 (no
 * method): an array, so that adding a sample boxes nothing and hashes nothing.
 */
final class CountsByMethod implements Merging<CountsByMethod> {

    /** Receives a method and its count. */
    interface Visitor {
        void visit(int method, long count);
    }

    private long[] counts = new long[64];

    void add(int method, long count) {
        int at = method + 1;
        if (at >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(at + 1, 2 * counts.length));
        }
        counts[at] += count;
    }

    /** Each method counted, by number. */
    void forEach(Visitor visitor) {
        for (int at = 0; at < counts.length; at++) {
            if (counts[at] != 0) {
                visitor.visit(at - 1, counts[at]);
            }
        }
    }

    /** Adds another table's counts, its methods renumbered by {@code numbers}. */
    @Override
    public void merge(CountsByMethod other, Remap numbers) {
        other.forEach((method, count) -> add(numbers.method(method), count));
    }
}
