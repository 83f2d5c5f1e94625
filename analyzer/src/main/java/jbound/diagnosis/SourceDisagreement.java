package jbound.diagnosis;

/** A disagreement between two independent sources of a verdict's evidence: it lowers the confidence. */
public enum SourceDisagreement {
    /** The process used far less CPU than the threads' ledger says. */
    PROCESS_CPU_BELOW_LEDGER,
    /** The process used more CPU than threads waiting on I/O would. */
    PROCESS_BUSY_FOR_IO,
    /** The process was busy while the ledger shows the application idle. */
    PROCESS_BUSY_WHILE_IDLE
}
