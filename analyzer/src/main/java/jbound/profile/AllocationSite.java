package jbound.profile;

/**
 * Sampled allocation ({@code jdk.ObjectAllocationSample}) by the application method that made
 * it: the bytes the samples stand for, and the class most of them were.
 *
 * @param via         the library beneath the method that allocated, null where none
 * @param objectClass the class the most sampled bytes were, null where the samples do not say
 * @param share       of all sampled bytes of application threads
 */
public record AllocationSite(String method, String via, String objectClass, long bytes, double share) {

    /** "ChurnsATightHeap.main(String[]) → Jackson (byte[], 2.1 GB, 98% of the sampled bytes)". */
    public String describe() {
        return (via == null ? method : method + " → " + via) + " (" + (objectClass == null ? "" : objectClass + ", ")
                + String.format(java.util.Locale.ROOT, "%.0f%% of the sampled bytes)", 100 * share);
    }
}
