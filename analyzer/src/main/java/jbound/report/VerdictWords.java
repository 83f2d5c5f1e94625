package jbound.report;

import java.util.List;
import java.util.Locale;

import jbound.diagnosis.Evidence;
import jbound.diagnosis.Format;
import jbound.diagnosis.Headline;
import jbound.diagnosis.Phase;
import jbound.diagnosis.Rerecord;
import jbound.diagnosis.Verdict;
import jbound.diagnosis.ConfidenceLimit;
import jbound.profile.Lane;

/** The verdict in words: its headline and each piece of its evidence as the sentence a person reads. */
public final class VerdictWords {

    private VerdictWords() {
    }

    public static String headline(Verdict verdict) {
        return headline(verdict.headline());
    }

    public static String headline(Headline h) {
        return switch (h.form()) {
            case NO_CPU_EVIDENCE -> "Cannot tell: the recording has no CPU samples (jdk.ExecutionSample or another sampler's) and no CPU load readings";
            case CPU_BY_JVM_LOAD -> "CPU-bound, by the JVM's own load: it computed while the recorded application threads hardly did";
            case STOPPED_BY_THE_COLLECTOR -> "CPU-bound by the garbage collector: threads stood stopped in its pauses "
                    + Format.percent(h.share()) + " of their active time, and computed " + Format.percent(h.otherShare());
            case STOPPED_BY_SAFEPOINTS -> "CPU-bound by the JVM's safepoints (not the collector's pauses): threads stood stopped "
                    + Format.percent(h.share()) + " of their active time, and computed " + Format.percent(h.otherShare());
            case CPU -> "CPU-bound: threads spend " + Format.percent(h.share()) + " of their active time computing";
            case CPU_OR_WAITING_FOR_A_CORE -> "CPU-bound: threads spend " + Format.percent(h.share())
                    + " of their active time computing or waiting for a core";
            case IO -> ioHeadline(h, "");
            case IO_MOSTLY_REMOTE_CALLS -> ioHeadline(h, ", most of it in remote calls (clients' blocking calls)");
            case IO_MOSTLY_BLOCKED_IN_NATIVE_CODE -> ioHeadline(h, ", most of it blocked in native code");
            case LOCK_INFERRED -> "Lock-bound (inferred): threads serialised, blocked " + Format.percent(h.share())
                    + " of their active time where no event shows — most likely a lock held briefly";
            case LOCK -> "Lock-bound: threads spend " + Format.percent(h.share()) + " of their active time queuing on locks";
            case MIXED -> "Mixed: computing (" + Format.percent(h.share()) + ") and I/O waiting (" + Format.percent(h.otherShare())
                    + ") share the time";
            case IDLE_LIGHTLY_LOADED -> "Idle: lightly loaded, the application mostly waited for work";
            case IDLE -> "Idle: the application hardly did anything while recorded";
            case CANNOT_TELL -> "Cannot tell";
        };
    }

    private static String ioHeadline(Headline h, String mostly) {
        return "I/O-bound: threads spend " + Format.percent(h.share()) + " of their active time waiting on I/O" + mostly;
    }

    /** The sentence for one piece of evidence. */
    public static String text(Evidence evidence) {
        return switch (evidence) {
            case Evidence.NoCpuEvidence _ -> "Missing events: jdk.ExecutionSample (or another sampler's), jdk.CPULoad, "
                    + "jdk.ThreadCPULoad. Without them, computing and waiting cannot be compared. Record again: "
                    + Rerecord.WITH_JBOUND_SETTINGS + ".";
            case Evidence.Idle e -> String.format(Locale.ROOT, "Application threads were active %.3f thread-seconds per second%s",
                    e.busyThreads(), e.lightlyLoaded() ? " and waited for work " + Format.cores(e.waitingForWorkThreads())
                            + " thread-seconds per second: the program was lightly loaded"
                            : ": almost nothing ran, waited on I/O, or queued on a lock");
            case Evidence.Ledger e -> "Active time of application threads: " + Format.seconds(e.activeNanos()) + " — CPU "
                    + Format.percent(e.cpuShare()) + ", I/O " + Format.percent(e.ioShare()) + ", locks " + Format.percent(e.lockShare())
                    + (e.stoppedNanos() > 0 ? ", stopped by the JVM " + Format.percent(e.stoppedShare()) : "")
                    + ", unseen " + Format.percent(e.unseenShare())
                    + " (waiting for work, not counted: " + Format.seconds(e.waitingForWorkNanos()) + ")";
            case Evidence.RemoteCalls e -> "Remote calls: " + Format.seconds(e.nanos())
                    + " of application threads' time parked under clients' blocking calls (" + String.join("; ", e.clients())
                    + "), counted as I/O: another thread (the client's selector or event loop) did their socket I/O"
                    + (e.inferredNanos() > 0 ? "; " + Format.seconds(e.inferredNanos())
                    + " of it waits on futures, taken for remote calls because event-loop threads were at work" : "");
            case Evidence.NativeBlocked e -> "Blocked in native code: " + Format.seconds(e.nanos())
                    + " of application threads' time in native code that their measured CPU (jdk.ThreadCPULoad) does not cover"
                    + e.busiestNativeMethod().map(m -> " (most native samples in " + m + ")").orElse("")
                    + ", counted as I/O: waiting on a disk, a device or a native lock, not computing";
            case Evidence.ProcessLoad e -> "The JVM used " + Format.cores(e.jvmCores()) + " of " + (e.cores() > 0 ? e.cores() : "?")
                    + " cores on average (jdk.CPULoad; the machine " + Format.cores(e.machineCores())
                    + ", peak JVM " + Format.cores(e.pattern().peakCores()) + ")" + (e.pattern().spikesThenIdles()
                    ? ", spiking then idling in turns (" + e.pattern().alternations() + " swings over " + e.pattern().readings() + " readings)" : "");
            case Evidence.CpuSourceUsed e -> cpuSource(e);
            case Evidence.UnseenTime e -> unseenTime(e);
            case Evidence.Disagreement e -> switch (e.kind()) {
                case PROCESS_CPU_BELOW_LEDGER -> "Sources disagree: the threads' ledger counts " + Format.cores(e.ledgerCpuCores())
                        + " cores of CPU, the JVM's measured load only " + Format.cores(e.jvmCores());
                case PROCESS_BUSY_FOR_IO -> "Sources disagree: threads mostly waiting on I/O, yet the JVM used " + Format.cores(e.jvmCores())
                        + " cores for " + Format.cores(e.busyThreads()) + " busy threads";
                case PROCESS_BUSY_WHILE_IDLE -> "Sources disagree: the JVM used " + Format.cores(e.jvmCores()) + " cores while the application "
                        + "threads' ledger shows almost no work; the CPU went where the samples did not look (unsampled threads or native code)";
            };
            case Evidence.BusiestThreads e -> "Busiest application threads: " + busiest(e.lanes());
            case Evidence.Writers e -> "Events written by " + String.join(" and ", e.writers());
            case Evidence.ConfidenceLimited e -> "Confidence held down by: "
                    + String.join("; ", e.limits().stream().map(VerdictWords::limit).toList());
            case Evidence.Phases e -> phases(e);
            case Evidence.JitCompilation e -> "JIT compilation: the compiler threads used " + Format.seconds(e.compilerCpuNanos())
                    + " of CPU, " + Format.percent(e.compilerShareOfJvmCpu()) + " of the JVM's — warm-up is a large part of this run";
            case Evidence.GcPauses e -> "Garbage collection: " + e.pauses() + " pauses, " + Format.seconds(e.nanos()) + " in all ("
                    + Format.percent(e.shareOfTime()) + " of the time, when no application thread ran), longest "
                    + Format.millis(e.longestNanos());
        };
    }

    private static String cpuSource(Evidence.CpuSourceUsed e) {
        return switch (e.source()) {
            case THREAD_CPU_LOAD -> "CPU measured per thread by jdk.ThreadCPULoad: " + Format.seconds(e.cpuNanos())
                    + " on application threads; their CPU samples account for " + Format.seconds(e.sampledCpuNanos())
                    + (e.cpuNanos() > 0 && e.sampledCpuNanos() < 0.5 * e.cpuNanos()
                    ? " — the sampler took a few threads per period, so samples show where CPU went, not how much" : "");
            case CPU_TIME_SAMPLES -> "CPU sized by jdk.CPUTimeSample (one sample per interval of a thread's CPU time)";
            case PROFILER_CPU_SAMPLES -> "CPU sized by the profiler's CPU samples (one per interval of each thread's CPU time)";
            case WALL_SAMPLES -> "CPU sized by wall-clock samples: the share that found each thread running, times the time it was seen";
            case PROCESS_CPU_BY_SAMPLES -> String.format(Locale.ROOT,
                    "CPU samples × period covered only %s of the JVM's measured CPU (jdk.CPULoad); the rest is shared out over the sampled "
                            + "threads by their samples (the JDK's sampler takes a few threads per period)", Format.percent(e.sampleCoverage()));
            case CARRIER_CPU_BY_SAMPLES -> "CPU of virtual threads measured on their carriers (jdk.ThreadCPULoad of the scheduler's threads) "
                    + "and shared out over them by their samples and unseen time: " + Format.seconds(e.cpuNanos()) + " on application threads, "
                    + "their CPU samples account for " + Format.seconds(e.sampledCpuNanos());
            case EXECUTION_SAMPLES -> "CPU estimated as execution samples × their period (a lower bound: the JDK's sampler takes a few threads per period)"
                    + (e.loadKnown() ? "; it matches the JVM's measured CPU" : "; no jdk.CPULoad to check it against");
            case NONE -> "No CPU was seen on application threads";
        };
    }

    private static String unseenTime(Evidence.UnseenTime e) {
        String seen = Format.seconds(e.nanos()) + " (" + Format.percent(e.share()) + " of the active time) of "
                + e.workingThreads() + " working thread" + (e.workingThreads() == 1 ? "" : "s") + " is in no event or sample";
        return switch (e.cause()) {
            case WAITING_FOR_A_CORE -> seen + ": the machine was saturated" + (e.machineBusyWithOthers() ? " by other processes" : "")
                    + ", so these threads were runnable, waiting for a core — CPU demand";
            case SUSPECTED_LOCK -> seen + ", on cores left idle: the threads were most likely blocked on a lock below the recording's threshold"
                    + (e.lockThresholdNanos() > 0 ? " (jdk.JavaMonitorEnter from " + Format.millis(e.lockThresholdNanos()) + ")" : "")
                    + (e.lockEvents() > 0 ? "; " + e.lockEvents() + " longer lock waits were recorded" : "")
                    + (e.monitorInflations() > 0 ? "; " + e.monitorInflations() + " monitors were inflated by contention" : "");
            case UNSEEN -> seen + ": no evidence says why (runnable, a short park or lock, or I/O below the thresholds"
                    + (e.machineBusyWithOthers() ? "; the machine was saturated by other processes" : "") + ")";
        };
    }

    private static String phases(Evidence.Phases e) {
        Phase dominant = e.dominantPhase();
        String kinds = String.join(", then ", e.phases().stream().map(p -> p.kind().words()).toList());
        return "The recording has " + e.phases().size() + " phases (" + kinds + "); most active: the " + dominant.kind().words()
                + " phase " + String.format(Locale.ROOT, "%.1f–%.1f s", dominant.startMillis() / 1000.0, dominant.endMillis() / 1000.0)
                + ", " + Format.percent(e.dominantShare()) + " of the active time"
                + (dominant.topCause() == null ? "" : ", in " + dominant.topCause().method());
    }

    private static String limit(ConfidenceLimit limit) {
        return switch (limit) {
            case FEW_OBSERVATIONS -> "few samples and events";
            case NOT_CORROBORATED -> "no second, independent source confirms it";
            case SUSPECTED_CAUSE -> "the cause is inferred from unseen time, not recorded";
            case UNSEEN_TIME -> "much of the active time was seen by no event or sample";
            case BLIND_SPOTS -> "what the recording could not see";
        };
    }

    /** By lane: a pool or the virtual threads is named once, with its number of threads, not as its busiest member. */
    private static String busiest(List<Lane> lanes) {
        return lanes.stream()
                .map(t -> t.name() + (t.threads() > 1 || t.virtual() ? " ×" + t.threads() : "") + " (CPU " + Format.seconds(t.cpuNanos())
                        + ", I/O " + Format.seconds(t.ioNanos()) + ", locks " + Format.seconds(t.lockNanos())
                        + (t.stoppedNanos() > 0 ? ", stopped by the JVM " + Format.seconds(t.stoppedNanos()) : "")
                        + ", unseen " + Format.seconds(t.unseenNanos()) + ")")
                .reduce((a, b) -> a + "; " + b).orElse("none");
    }
}
