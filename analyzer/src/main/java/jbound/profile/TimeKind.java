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
    WAIT
}
