package jbound.profile;

import jbound.recording.EventCatalog;

/**
 * I/O of one kind, by one application method, to one socket address or file.
 *
 * @param method    the first application frame of the events' stacks ({@link ApplicationCode#NO_APPLICATION_FRAME} where there is none)
 * @param via       the well-known library the calls went through beneath it ({@link Libraries}), or for a remote call the client; null where none
 * @param topFrame  the raw top frame of the longest call, where the JDK actually did the I/O
 * @param target    {@code host:port} for sockets, the path for files
 * @param waitingForWork reads that wait for the next request or input (no application frame on a
 *                  socket read, standard input), kept apart from the I/O the application waits on
 */
public record IoSite(EventCatalog kind, String method, String via, String topFrame, String target,
                     long count, long totalNanos, long maxNanos, long bytes, boolean waitingForWork) {

    /** What the tables call a row's kind: the event's name, "RemoteCall" for waits under a client's call (see {@link OffCpu#remoteCalls()}). */
    public static final String REMOTE_CALL_KIND = "RemoteCall";

    /** Whether the row is waits under a client's blocking call, whose socket I/O another thread did. */
    public boolean isRemoteCall() {
        return kind.role() == EventCatalog.Role.WAIT;
    }

    /** The method, and the library beneath it where there is one: "OrderHandler.handle(Order) → PostgreSQL JDBC". */
    public String methodAndVia() {
        return via == null ? method : method + " → " + via;
    }

    /** Whether the I/O is charged to a method of the application's, not to stacks with no application frame. */
    public boolean hasApplicationFrame() {
        return ApplicationCode.isApplicationMethod(method);
    }

    public String kindName() {
        return isRemoteCall() ? REMOTE_CALL_KIND : kind.eventName();
    }
}
