package jbound.diagnosis;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides the verdict from a {@link VerdictInput}: the application threads' ledger read beside
 * the process's measured load. In order:
 *
 * <ol>
 *   <li>UNKNOWN when nothing in the recording shows CPU;</li>
 *   <li>IDLE when application threads were active less than {@value #IDLE_BELOW_BUSY_THREADS} of a
 *       thread on average, or were lightly loaded and mostly waiting for work — unless the process
 *       itself was busy, which the ledger then failed to place;</li>
 *   <li>time working threads spent unseen is given a cause: waiting for a core where the machine
 *       was saturated (CPU), a lock below the recording's thresholds where several threads work
 *       on idle cores, a lock is in evidence and the threads were not seen in native code (LOCK),
 *       else left unseen;</li>
 *   <li>time the threads stood stopped in the JVM's pauses counts towards CPU (the collector's),
 *       waits under clients' blocking calls and in native code beyond the measured CPU towards I/O;</li>
 *   <li>LOCK_BOUND at {@value #LOCK_BOUND_FROM} of the active time, CPU_BOUND at
 *       {@value #CPU_BOUND_FROM}, IO_BOUND at {@value #IO_BOUND_FROM}, MIXED otherwise.</li>
 * </ol>
 * The confidence grows with the margin past the deciding threshold; it is HIGH only where an
 * independent source (the process's load, events beside samples) agrees, and drops where one disagrees.
 */
final class VerdictRules {

    /** Active application threads on average (thread-seconds per second) below which nothing is going on. */
    static final double IDLE_BELOW_BUSY_THREADS = 0.05;
    /** Below a quarter of a thread busy on average, a program that mostly waits for work is lightly loaded: idle. */
    static final double LIGHTLY_LOADED_BELOW_BUSY_THREADS = 0.25;
    /** ...when its threads wait for work at least this many times as long as they are active. */
    static final double LIGHTLY_LOADED_WAIT_RATIO = 3;
    /** A JVM at a quarter of a core or more is doing something: one thread computing a quarter of the time. */
    static final double JVM_BUSY_CORES = 0.25;
    /** Share of the JVM's CPU its own threads (GC, JIT) must explain for an idle application to stay idle. */
    static final double JVM_THREADS_EXPLAIN_SHARE = 0.5;
    /** Lock waits win at half the active time: every second thread is queuing. */
    static final double LOCK_BOUND_FROM = 0.5;
    /** CPU wins at 70 %: what I/O remains could at best buy 1.4× by overlapping it. */
    static final double CPU_BOUND_FROM = 0.7;
    /** I/O wins at 70 %: faster code could at best buy 1.4×. */
    static final double IO_BOUND_FROM = 0.7;
    /** Load readings that must find the machine saturated before its threads are said to wait for cores. */
    static final double SATURATED_READINGS_SHARE = jbound.profile.ProcessLoad.SATURATED_READINGS_SHARE;
    /** ...and the share of the cores this JVM must use itself: otherwise other processes filled the machine. */
    static final double SATURATING_JVM_SHARE_OF_CORES = 0.6;
    /** Unseen time of unknown cause from this share of the active time caps the confidence at MEDIUM... */
    static final double UNSEEN_LIMITS_TO_MEDIUM = 0.3;
    /** ...and from this share at LOW: most of the time that decides is time nobody saw. */
    static final double UNSEEN_LIMITS_TO_LOW = 0.5;
    /** Fewer observations (samples + events) than this cap the confidence at MEDIUM. */
    static final long MIN_OBSERVATIONS = 50;
    /** The score at the deciding threshold where a second, independent source agrees... */
    static final double CORROBORATED_BASE = 0.5;
    /** ...and where none does (the score is then held below HIGH anyway). */
    static final double UNCORROBORATED_BASE = 0.4;
    /** Below this share of the threads' time unseen, events under a threshold have no time to hide in. */
    static final double ROOM_TO_HIDE_SHARE = 0.1;
    /** Each blind spot that could change the answer costs this much confidence. */
    static final double BLIND_SPOT_PENALTY = 0.15;
    /** The highest scores a capped verdict may keep: just under HIGH, just under MEDIUM. */
    static final double BELOW_HIGH = Confidence.HIGH_FROM - 0.01;
    static final double BELOW_MEDIUM = Confidence.MEDIUM_FROM - 0.01;
    /**
     * Unseen time of working threads seen in native code from this share on is not taken for a
     * lock: a thread in native code cannot be waiting for a Java monitor.
     */
    static final double NATIVE_EXCLUDES_LOCK_SHARE = 0.5;
    /** Time stopped in pauses, exact in the pause events, corroborates CPU-bound from this share of the CPU-side time on. */
    static final double STOPPED_CORROBORATES_SHARE = 0.5;
    /** Remote calls inferred from futures (not from a known client) from this share of the active time hold the verdict below HIGH. */
    static final double INFERRED_REMOTE_LIMITS_SHARE = 0.3;
    /** Each disagreement between independent sources costs this much, and the verdict cannot be HIGH. */
    static final double DISAGREEMENT_PENALTY = 0.25;
    /** The process's CPU confirms a CPU-bound ledger when it is at least this share of the threads' CPU. */
    static final double PROCESS_CONFIRMS_CPU_SHARE = 0.6;
    /** Below this share of the threads' CPU, the process contradicts it: the ledger counted CPU that was not used. */
    static final double PROCESS_CONTRADICTS_CPU_SHARE = 0.3;
    /** Threads waiting on I/O use little CPU: a JVM at more than this many cores per busy thread contradicts I/O-bound. */
    static final double IO_BOUND_MAX_CORES_PER_BUSY_THREAD = 0.7;

    private VerdictRules() {
    }

    record Decision(VerdictKind kind, Confidence confidence, double cpuShare, double ioShare, double lockShare,
                    UnseenCause unseenCause, boolean lightlyLoaded, List<SourceDisagreement> disagreements, List<ConfidenceLimit> limits) {
    }

    static Decision decide(VerdictInput in) {
        TimeLedger ledger = in.ledger();
        if (!in.cpuVisible()) {
            return new Decision(VerdictKind.UNKNOWN, Confidence.of(0), 0, 0, 0, UnseenCause.UNSEEN, false, List.of(), List.of());
        }
        UnseenCause unseenCause = ledger.unseenWorkingNanos() == 0 ? UnseenCause.UNSEEN
                // A full machine leaves a working thread's unseen time runnable, waiting for a core, whoever
                // filled it: this JVM, or neighbours that took the cores from it.
                : in.saturated() || in.machineBusyWithOthers() ? UnseenCause.WAITING_FOR_A_CORE
                // A lock only where Java blocking was seen (waits on a lock, monitors inflated by contention):
                // a threshold that could hide short waits is a blind spot, not evidence of one.
                : ledger.unseenWorkingThreads() >= 2 && (in.lockEvents() > 0 || in.monitorInflations() > 0)
                        && ledger.unseenInNativeNanos() < NATIVE_EXCLUDES_LOCK_SHARE * ledger.unseenWorkingNanos() ? UnseenCause.SUSPECTED_LOCK
                : UnseenCause.UNSEEN;
        double active = Math.max(1, ledger.activeNanos());
        double cpu = (ledger.cpuNanos() + ledger.stoppedNanos() + (unseenCause == UnseenCause.WAITING_FOR_A_CORE ? ledger.unseenWorkingNanos() : 0))
                / active;
        double lock = (ledger.lockNanos() + (unseenCause == UnseenCause.SUSPECTED_LOCK ? ledger.unseenWorkingNanos() : 0)) / active;
        double io = ledger.ioNanos() / active;
        double busy = ledger.busyThreads();
        boolean lightlyLoaded = busy < LIGHTLY_LOADED_BELOW_BUSY_THREADS
                && ledger.waitingForWorkThreads() >= LIGHTLY_LOADED_WAIT_RATIO * busy;
        List<SourceDisagreement> disagreements = new ArrayList<>();
        VerdictKind kind;
        double margin;
        if (busy < IDLE_BELOW_BUSY_THREADS || lightlyLoaded) {
            boolean processBusy = in.jvmLoadKnown() && in.jvmCores() >= JVM_BUSY_CORES;
            if (processBusy && in.jvmThreadsCores() < JVM_THREADS_EXPLAIN_SHARE * in.jvmCores()) {
                // The process computed and nothing in the ledger says where: CPU the samples missed.
                kind = VerdictKind.CPU_BOUND;
                disagreements.add(SourceDisagreement.PROCESS_BUSY_WHILE_IDLE);
                margin = 0;
            } else {
                kind = VerdictKind.IDLE;
                // The margin of whichever idle rule holds with more room.
                margin = Math.max(1 - busy / IDLE_BELOW_BUSY_THREADS, lightlyLoaded ? 1 - busy / LIGHTLY_LOADED_BELOW_BUSY_THREADS : 0);
            }
        } else if (lock >= LOCK_BOUND_FROM) {
            kind = VerdictKind.LOCK_BOUND;
            margin = (lock - LOCK_BOUND_FROM) / (1 - LOCK_BOUND_FROM);
        } else if (cpu >= CPU_BOUND_FROM) {
            kind = VerdictKind.CPU_BOUND;
            margin = (cpu - CPU_BOUND_FROM) / (1 - CPU_BOUND_FROM);
        } else if (io >= IO_BOUND_FROM) {
            kind = VerdictKind.IO_BOUND;
            margin = (io - IO_BOUND_FROM) / (1 - IO_BOUND_FROM);
        } else {
            kind = VerdictKind.MIXED;
            margin = Math.min(CPU_BOUND_FROM - cpu, Math.min(IO_BOUND_FROM - io, LOCK_BOUND_FROM - lock)) / 0.2;
        }
        // CPU consumed, not the time waiting for a core: that is what the process's load measures too.
        double cpuCores = ledger.cpuCores();
        if (kind == VerdictKind.CPU_BOUND && in.jvmLoadKnown() && in.jvmCores() < PROCESS_CONTRADICTS_CPU_SHARE * cpuCores) {
            disagreements.add(SourceDisagreement.PROCESS_CPU_BELOW_LEDGER);
        }
        if (kind == VerdictKind.IO_BOUND && in.jvmLoadKnown() && in.jvmCores() > IO_BOUND_MAX_CORES_PER_BUSY_THREAD * busy) {
            disagreements.add(SourceDisagreement.PROCESS_BUSY_FOR_IO);
        }
        List<ConfidenceLimit> limits = new ArrayList<>();
        boolean corroborated = corroborated(kind, in, cpuCores, busy);
        // Independent sources agreeing is itself evidence: it raises the score, and HIGH needs it.
        double score = (corroborated ? CORROBORATED_BASE : UNCORROBORATED_BASE) + 0.6 * Math.clamp(margin, 0, 1);
        long blindSpots = in.blindSpotsAgainst(kind);
        if (blindSpots > 0) {
            score -= BLIND_SPOT_PENALTY * blindSpots;
            limits.add(ConfidenceLimit.BLIND_SPOTS);
        }
        score -= DISAGREEMENT_PENALTY * disagreements.size();
        double cap = disagreements.isEmpty() ? 1 : BELOW_HIGH;
        if (kind != VerdictKind.IDLE && in.observations() < MIN_OBSERVATIONS) {
            cap = Math.min(cap, BELOW_HIGH);
            limits.add(ConfidenceLimit.FEW_OBSERVATIONS);
        }
        if (kind == VerdictKind.LOCK_BOUND && unseenCause == UnseenCause.SUSPECTED_LOCK && ledger.lockNanos() < ledger.unseenWorkingNanos()) {
            cap = Math.min(cap, BELOW_HIGH);
            limits.add(ConfidenceLimit.SUSPECTED_CAUSE);
        }
        if (unseenCause == UnseenCause.WAITING_FOR_A_CORE && in.machineBusyWithOthers() && ledger.unseenWorkingShare() >= UNSEEN_LIMITS_TO_MEDIUM) {
            // Inferred from others' load, not seen: never HIGH, and LOW where most of the deciding time is that inference.
            cap = Math.min(cap, ledger.unseenWorkingShare() >= UNSEEN_LIMITS_TO_LOW ? BELOW_MEDIUM : BELOW_HIGH);
            limits.add(ConfidenceLimit.SUSPECTED_CAUSE);
        }
        if (kind == VerdictKind.IO_BOUND && (double) ledger.inferredRemoteNanos() / active >= INFERRED_REMOTE_LIMITS_SHARE) {
            // Futures taken for remote calls because event loops ran: likely, not seen.
            cap = Math.min(cap, BELOW_HIGH);
            limits.add(ConfidenceLimit.SUSPECTED_CAUSE);
        }
        if (kind != VerdictKind.IDLE && unseenCause == UnseenCause.UNSEEN && ledger.unseenWorkingShare() >= UNSEEN_LIMITS_TO_MEDIUM) {
            cap = Math.min(cap, ledger.unseenWorkingShare() >= UNSEEN_LIMITS_TO_LOW ? BELOW_MEDIUM : BELOW_HIGH);
            limits.add(ConfidenceLimit.UNSEEN_TIME);
        }
        if (!corroborated) {
            cap = Math.min(cap, BELOW_HIGH);
            limits.add(ConfidenceLimit.NOT_CORROBORATED);
        }
        return new Decision(kind, Confidence.of(Math.min(score, cap)), cpu, io, lock, unseenCause, lightlyLoaded,
                List.copyOf(disagreements), List.copyOf(limits));
    }

    /**
     * Whether a second source confirms the ledger's CPU: the process's measured load, or where
     * that was not recorded, CPU measured per thread rather than counted from the JDK's samples.
     */
    private static boolean cpuConfirmed(VerdictInput in, double cpuCores) {
        return in.jvmLoadKnown() ? in.jvmCores() >= PROCESS_CONFIRMS_CPU_SHARE * cpuCores
                : in.ledger().measuredCpuNanos() >= in.ledger().cpuNanos() / 2;
    }

    /** Whether a source independent of the one that decided agrees with the verdict. */
    private static boolean corroborated(VerdictKind kind, VerdictInput in, double cpuCores, double busy) {
        return switch (kind) {
            // Pause events time the collector's stops exactly: where they make most of the CPU side, they confirm it.
            case CPU_BOUND -> cpuConfirmed(in, cpuCores) || in.saturated()
                    || in.ledger().stoppedNanos() >= STOPPED_CORROBORATES_SHARE * (in.ledger().cpuNanos() + in.ledger().stoppedNanos());
            // Threads that wait use little CPU: the process's low load confirms I/O however it was seen.
            case IO_BOUND -> in.jvmLoadKnown() ? in.jvmCores() <= IO_BOUND_MAX_CORES_PER_BUSY_THREAD * busy : in.ioFromEvents();
            case LOCK_BOUND -> in.lockEvents() > 0 && (!in.jvmLoadKnown() || in.jvmCores() < busy);
            case IDLE -> in.jvmLoadKnown() && in.jvmCores() < JVM_BUSY_CORES;
            // Mixed: the process's load confirms the computing part; without it, only one source speaks.
            case MIXED -> cpuConfirmed(in, cpuCores);
            case UNKNOWN -> true;
        };
    }
}
