package jbound.profile;

/**
 * Off-CPU waits of one category, by one application method, on one class of monitor or lock.
 *
 * @param via            the well-known library the wait is in beneath the method ({@link Libraries}), or for a remote call the client; null where none
 * @param subject        the monitor's or parked-on object's class, where the event names one; for a remote call, the client and what it waits on
 * @param previousOwners the threads that held the monitor before each wait ended (threads named alike as one, "pool-*"),
 *                       most waits first, at most {@value #MAX_OWNERS}; empty where the events do not say
 */
public record WaitSite(WaitCategory category, String method, String via, String subject, long count, long totalNanos, long maxNanos,
                       java.util.List<PreviousOwner> previousOwners) {

    static final int MAX_OWNERS = 3;

    /** The same waits taken for a remote call on {@code subject}: a future's, where event loops received. */
    WaitSite asRemoteCall(RemoteClients.Client client) {
        return new WaitSite(WaitCategory.REMOTE_CALL, method, via, client.describe(), count, totalNanos, maxNanos, previousOwners);
    }

    /** The method, and the library beneath it where there is one. */
    public String methodAndVia() {
        return via == null ? method : method + " → " + via;
    }

    public WaitSite {
        previousOwners = java.util.List.copyOf(previousOwners);
    }

    /** Threads named alike that held the monitor, and after how many of the site's waits. */
    public record PreviousOwner(String threads, long waits) {
    }
}
