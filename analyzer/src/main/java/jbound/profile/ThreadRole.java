package jbound.profile;

import java.util.List;

/**
 * Whose a thread is. Only application threads make the verdict: the JVM's own threads (GC,
 * compilers, JFR) are shown apart, and the JDK's remote-management threads (RMI, JMX, JDWP,
 * attach) block in socket reads waiting for the next remote call — waiting for work, not I/O the
 * application waits on.
 */
public enum ThreadRole {
    APPLICATION,
    /** The JVM's and JFR's own threads, and native threads without a Java identity. */
    JVM,
    /** Remote management and debugging: idle listeners by design. */
    REMOTE_MANAGEMENT,
    /**
     * A carrier of virtual threads: while one is mounted, its CPU is measured on the carrier and
     * sampled on the virtual thread, so counting both would count that time twice.
     */
    CARRIER;

    static final List<String> JVM_THREAD_PREFIXES = List.of("JFR ", "Reference Handler", "Finalizer",
            "Signal Dispatcher", "Common-Cleaner", "Notification Thread", "Service Thread", "Monitor Deflation Thread",
            "process reaper", "C1 CompilerThread", "C2 CompilerThread", "JVMCI", "Sweeper thread", "VM Thread",
            "VM Periodic Task Thread", "GC Thread", "G1 ", "ZDirector", "ZDriver", "ZStat", "ZWorker", "Shenandoah",
            "Async-profiler", "Datadog", "dd-", "[tid=");

    static final List<String> REMOTE_MANAGEMENT_PREFIXES = List.of("RMI TCP Connection", "RMI TCP Accept", "RMI Scheduler",
            "RMI RenewClean", "RMI Reaper", "RMI ConnectionExpiration", "RMI GC Daemon", "GC Daemon",
            "JMX server connection timeout", "JMX client heartbeat", "JDWP ", "Attach Listener");

    /**
     * @param javaThread whether the thread has a Java identity; the JVM's native threads (GC workers) have none
     * @param carrier    whether it carries virtual threads
     */
    static ThreadRole of(String name, boolean javaThread, boolean carrier) {
        if (carrier) {
            return CARRIER;
        }
        if (REMOTE_MANAGEMENT_PREFIXES.stream().anyMatch(name::startsWith)) {
            return REMOTE_MANAGEMENT;
        }
        if (!javaThread || JVM_THREAD_PREFIXES.stream().anyMatch(name::startsWith)) {
            return JVM;
        }
        return APPLICATION;
    }
}
