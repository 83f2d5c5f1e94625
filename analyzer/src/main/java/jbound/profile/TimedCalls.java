package jbound.profile;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * JDK 25's method timing as read: each timed method's running total of calls, by segment (a
 * recording's JVM counts from its own start), the largest seen being the count.
 */
final class TimedCalls implements Merging<TimedCalls> {

    private final Map<Long, Long> bySegmentAndMethod = new HashMap<>();

    void add(int segment, int method, long invocations) {
        bySegmentAndMethod.merge(key(segment, method), invocations, Math::max);
    }

    @Override
    public void merge(TimedCalls other, Remap numbers) {
        other.bySegmentAndMethod.forEach((key, calls) -> bySegmentAndMethod.merge(key((int) (key >>> 32), numbers.method((int) (long) key)), calls,
                Math::max));
    }

    /** The calls of each method, summed over the segments, by the method's name. */
    Map<String, Long> byMethod(IntFunction<String> name) {
        Map<String, Long> calls = new HashMap<>();
        bySegmentAndMethod.forEach((key, n) -> calls.merge(name.apply((int) (long) key), n, Long::sum));
        return calls;
    }

    private static long key(int segment, int method) {
        return ((long) segment << 32) | (method & 0xffffffffL);
    }
}
