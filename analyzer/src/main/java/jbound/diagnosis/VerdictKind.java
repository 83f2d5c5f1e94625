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
    UNKNOWN;

    /** The verdict as a sentence says it: "CPU-bound", "I/O-bound", "idle". */
    public String words() {
        return switch (this) {
            case CPU_BOUND -> "CPU-bound";
            case IO_BOUND -> "I/O-bound";
            case MIXED -> "mixed";
            case LOCK_BOUND -> "lock-bound";
            case IDLE -> "idle";
            case UNKNOWN -> "unknown";
        };
    }
}
