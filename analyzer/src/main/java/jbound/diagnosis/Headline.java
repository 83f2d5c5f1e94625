package jbound.diagnosis;

/**
 * What the verdict's one line says, as data: which form of it, and the share it names
 * ({@code jbound.report.VerdictWords} words it).
 *
 * @param share      the share of the active time the form names: computing (CPU forms), waiting on I/O,
 *                   queuing on locks, stopped by the JVM (the two stopped forms); computing for MIXED
 * @param otherShare the second share: computing for the stopped forms, I/O waiting for MIXED; 0 otherwise
 */
public record Headline(Form form, double share, double otherShare) {

    public enum Form {
        /** No CPU samples and no CPU load readings: cannot tell. */
        NO_CPU_EVIDENCE,
        /** The JVM's own load says it computed while the recorded application threads hardly did. */
        CPU_BY_JVM_LOAD,
        /** Threads stood stopped in the collector's pauses longer than they computed. */
        STOPPED_BY_THE_COLLECTOR,
        /** Threads stood stopped in the JVM's safepoints (not the collector's pauses) longer than they computed. */
        STOPPED_BY_SAFEPOINTS,
        CPU,
        /** CPU, and unseen time that was threads waiting for a core on a saturated machine. */
        CPU_OR_WAITING_FOR_A_CORE,
        IO,
        IO_MOSTLY_REMOTE_CALLS,
        IO_MOSTLY_BLOCKED_IN_NATIVE_CODE,
        /** Lock-bound, inferred from unseen time on idle cores rather than from lock events. */
        LOCK_INFERRED,
        LOCK,
        MIXED,
        IDLE_LIGHTLY_LOADED,
        IDLE,
        CANNOT_TELL
    }

    static Headline of(Form form) {
        return new Headline(form, 0, 0);
    }

    static Headline of(Form form, double share) {
        return new Headline(form, share, 0);
    }
}
