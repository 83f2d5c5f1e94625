package jbound.recording;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * Tells the two things an {@link OutOfMemoryError} from the JDK's parser can mean apart. A
 * damaged size field asks for one impossible array while the heap is nearly empty; a recording
 * too big for the heap fills it. The JVM collects everything it can before it throws, so what
 * that last collection left in use says which.
 */
final class HeapExhaustion {

    /** Live data after the last collection above this share of the heap is a full heap, not one bad request. */
    private static final double FULL_SHARE = 0.6;

    private HeapExhaustion() {
    }

    /** Whether the heap really was full when the error was thrown. */
    static boolean heapWasFull() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()) {
                MemoryUsage afterCollection = pool.getCollectionUsage();
                if (afterCollection != null) {
                    used += afterCollection.getUsed();
                }
            }
        }
        long max = Runtime.getRuntime().maxMemory();
        return max > 0 && used > FULL_SHARE * max;
    }
}
