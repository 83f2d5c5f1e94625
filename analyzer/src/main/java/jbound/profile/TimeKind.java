package jbound.profile;

/**
 * What a thread's time under a frame was spent on: the colours of the wall-clock flame graph.
 * CPU time is estimated from samples (count × sampling period); the others are event durations.
 */
public enum TimeKind {
    CPU,
    SOCKET_IO,
    FILE_IO,
    LOCK,
    /** Waiting for work or a condition, or sleeping. */
    WAIT,
    /** Parked under a client's blocking call while another thread receives the reply: see {@link RemoteClients}. */
    REMOTE_CALL,
    /**
     * Socket and file I/O seen only in native samples, where no event shows it (an fsync has none):
     * the samples' time, scaled to what the events did not already show.
     */
    NATIVE_IO;

    /** Whether it is time of events (durations), kept by kind of event. */
    public boolean fromEvents() {
        return this != CPU && this != NATIVE_IO;
    }
}
