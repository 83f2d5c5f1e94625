package jbound.recording;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Tells the two things an {@link OutOfMemoryError} from the JDK's parser can mean apart. A
 * damaged size field asks for one impossible array, which is refused without the heap ever
 * filling; a recording too big for the heap (a chunk of a hundred thousand distinct deep stacks,
 * whose constant pool the parser holds whole) fills it first. Each heap pool that can say so is
 * asked to count the times its use crossed {@value #FULL_SHARE} of its size.
 */
final class HeapExhaustion {

    private static final double FULL_SHARE = 0.85;
    private static final List<MemoryPoolMXBean> WATCHED = watch();

    private HeapExhaustion() {
    }

    /** A mark to compare with after a read: how often the heap has been nearly full so far. */
    static long mark() {
        long crossings = 0;
        for (MemoryPoolMXBean pool : WATCHED) {
            crossings += pool.getUsageThresholdCount();
        }
        return crossings;
    }

    /** Whether the heap was nearly full since {@code mark}, or is now. */
    static boolean filledSince(long mark) {
        if (mark() > mark) {
            return true;
        }
        for (MemoryPoolMXBean pool : WATCHED) {
            if (pool.isUsageThresholdExceeded()) {
                return true;
            }
        }
        return false;
    }

    private static List<MemoryPoolMXBean> watch() {
        List<MemoryPoolMXBean> watched = new java.util.ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            long max = pool.getUsage().getMax();
            if (pool.getType() == MemoryType.HEAP && pool.isUsageThresholdSupported() && max > 0) {
                pool.setUsageThreshold((long) (FULL_SHARE * max));
                watched.add(pool);
            }
        }
        return List.copyOf(watched);
    }
}
