package jbound.profile;

/**
 * Off-CPU waits of one category, by one application method, on one class of monitor or lock.
 *
 * @param subject        the monitor's or parked-on object's class, where the event names one
 * @param previousOwners the threads that held the monitor before each wait ended (threads named alike as one, "pool-*"),
 *                       most waits first, at most {@value #MAX_OWNERS}; empty where the events do not say
 */
public record WaitSite(WaitCategory category, String method, String subject, long count, long totalNanos, long maxNanos,
                       java.util.List<PreviousOwner> previousOwners) {

    static final int MAX_OWNERS = 3;

    public WaitSite {
        previousOwners = java.util.List.copyOf(previousOwners);
    }

    /** Threads named alike that held the monitor, and after how many of the site's waits. */
    public record PreviousOwner(String threads, long waits) {
    }
}
