package jbound.diagnosis;

/** What the unseen time of working threads (in no event or sample) is taken to be. */
public enum UnseenCause {
    /** Runnable threads waiting for a core on a saturated machine: CPU demand. */
    WAITING_FOR_A_CORE,
    /** Several threads working on idle cores, a lock in evidence, waits below the threshold: serialised. */
    SUSPECTED_LOCK,
    /** No evidence of a cause. */
    UNSEEN
}
