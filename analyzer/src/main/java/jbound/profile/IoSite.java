package jbound.profile;

import jbound.recording.EventCatalog;

/**
 * I/O of one kind, by one application method, to one socket address or file.
 *
 * @param method    the first application frame of the events' stacks ({@link ApplicationCode#NO_APPLICATION_FRAME} where there is none)
 * @param topFrame  the raw top frame of the longest call, where the JDK actually did the I/O
 * @param target    {@code host:port} for sockets, the path for files
 * @param waitingForWork reads that wait for the next request or input (no application frame on a
 *                  socket read, standard input), kept apart from the I/O the application waits on
 */
public record IoSite(EventCatalog kind, String method, String topFrame, String target,
                     long count, long totalNanos, long maxNanos, long bytes, boolean waitingForWork) {
}
