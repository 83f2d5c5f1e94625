package jbound.diagnosis;

/** The answer to "is this program waiting or thinking?". */
public enum VerdictKind {
    /** Threads are computing: time goes to CPU. */
    CPU_BOUND,
    /** Threads are waiting on sockets and files. */
    IO_BOUND,
    /** Computing and I/O waiting take turns, or share the time. */
    MIXED,
    /** Threads queue on locks: serialised, as under a global interpreter lock. */
    LOCK_BOUND,
    /** The application hardly did anything while recorded. */
    IDLE,
    /** The recording lacks the events to decide; never a guess. */
    UNKNOWN
}
