package jbound.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jbound.profile.CpuCoverage;
import jbound.profile.CpuSource;
import jbound.profile.Lane;
import jbound.profile.Profile;
import jbound.profile.ThreadLedger;

/** The facts behind a {@link VerdictRules.Decision}, as {@link Evidence}, most decisive first, and its headline. */
final class VerdictEvidence {

    private VerdictEvidence() {
    }

    static Verdict verdict(Profile profile, VerdictInput in, VerdictRules.Decision d, LoadPattern load) {
        if (d.kind() == VerdictKind.UNKNOWN) {
            return new Verdict(VerdictKind.UNKNOWN, d.confidence(), "Cannot tell: the recording has no CPU samples (jdk.ExecutionSample or another sampler's) and no CPU load readings",
                    List.of(Evidence.of("no-cpu-evidence", "Missing events: jdk.ExecutionSample (or another sampler's), jdk.CPULoad, "
                            + "jdk.ThreadCPULoad. Without them, computing and waiting cannot be compared. Record again: "
                            + Rerecord.WITH_JBOUND_SETTINGS + ".")));
        }
        TimeLedger ledger = in.ledger();
        List<Evidence> evidence = new ArrayList<>();
        if (d.kind() == VerdictKind.IDLE) {
            boolean lightly = d.lightlyLoaded() && ledger.busyThreads() >= VerdictRules.IDLE_BELOW_BUSY_THREADS;
            evidence.add(Evidence.of(lightly ? "lightly-loaded" : "idle", String.format(Locale.ROOT,
                    "Application threads were active %.3f thread-seconds per second%s", ledger.busyThreads(),
                    lightly ? " and waited for work " + Format.cores(ledger.waitingForWorkThreads())
                            + " thread-seconds per second: the program was lightly loaded"
                            : ": almost nothing ran, waited on I/O, or queued on a lock"),
                    "busyThreads", ledger.busyThreads(), "waitingForWorkThreads", ledger.waitingForWorkThreads()));
        }
        evidence.add(Evidence.of("ledger", "Active time of application threads: " + Format.seconds(ledger.activeNanos()) + " — CPU "
                        + Format.percent(ledger.cpuShare()) + ", I/O " + Format.percent(ledger.ioShare()) + ", locks "
                        + Format.percent(ledger.lockShare())
                        + (ledger.stoppedNanos() > 0 ? ", stopped by the JVM " + Format.percent(ledger.stoppedShare()) : "")
                        + ", unseen " + Format.percent(ledger.unseenWorkingShare())
                        + " (waiting for work, not counted: " + Format.seconds(ledger.waitNanos()) + ")",
                "activeSeconds", ledger.activeNanos() / 1e9, "cpuShare", ledger.cpuShare(), "ioShare", ledger.ioShare(),
                "lockShare", ledger.lockShare(), "stoppedShare", ledger.stoppedShare(), "unseenShare", ledger.unseenWorkingShare(),
                "waitingForWorkSeconds", ledger.waitNanos() / 1e9));
        waitsNoEventShows(profile, ledger).forEach(evidence::add);
        if (profile.process().load().known()) {
            int cores = in.cores();
            evidence.add(Evidence.of("process-load", "The JVM used " + Format.cores(in.jvmCores()) + " of " + (cores > 0 ? cores : "?")
                            + " cores on average (jdk.CPULoad; the machine " + Format.cores(profile.process().load().meanMachineCores())
                            + ", peak JVM " + Format.cores(load.peakCores()) + ")" + (load.spikesThenIdles()
                            ? ", spiking then idling in turns (" + load.alternations() + " swings over " + load.readings() + " readings)" : ""),
                    "jvmCores", in.jvmCores(), "machineCores", profile.process().load().meanMachineCores(), "cores", cores,
                    "peakJvmCores", load.peakCores(), "spikesThenIdles", load.spikesThenIdles()));
        }
        evidence.add(cpuSource(profile, ledger));
        unseenTime(evidence, in, d);
        for (VerdictRules.Disagreement disagreement : d.disagreements()) {
            evidence.add(disagreement(disagreement, in, ledger));
        }
        evidence.add(Evidence.of("busiest-threads", "Busiest application threads: " + busiest(profile.lanes())));
        if (!profile.recording().writers().isEmpty()) {
            evidence.add(Evidence.of("writers", "Events written by " + String.join(" and ", profile.recording().writers()),
                    "writers", profile.recording().writers()));
        }
        if (!d.limits().isEmpty()) {
            evidence.add(Evidence.of("confidence-limited", "Confidence held down by: " + String.join("; ",
                    d.limits().stream().map(VerdictEvidence::limit).toList()), "limits", d.limits().stream().map(Enum::name).toList()));
        }
        return new Verdict(d.kind(), d.confidence(), headline(d, ledger, profile.process().gcPauses().mostlyTheCollectors()),
                List.copyOf(evidence));
    }

    /** Time blocked in native code is said in the evidence from this share of the active time. */
    static final double NATIVE_BLOCKED_SAID_FROM_SHARE = 0.05;

    /**
     * The waits the ledger placed though no I/O event of the waiting thread shows them: remote
     * calls (parked under a client's call while its event loop received), native code beyond the
     * measured CPU, and the JVM's pauses.
     */
    private static List<Evidence> waitsNoEventShows(Profile profile, TimeLedger ledger) {
        List<Evidence> evidence = new ArrayList<>();
        if (ledger.remoteCallNanos() > 0) {
            List<String> clients = profile.offCpu().waitSites().stream().filter(w -> w.category().isRemoteCall())
                    .map(jbound.profile.WaitSite::subject).distinct().limit(3).toList();
            evidence.add(Evidence.of("remote-calls", "Remote calls: " + Format.seconds(ledger.remoteCallNanos())
                            + " of application threads' time parked under clients' blocking calls (" + String.join("; ", clients)
                            + "), counted as I/O: another thread (the client's selector or event loop) did their socket I/O"
                            + (ledger.inferredRemoteNanos() > 0 ? "; " + Format.seconds(ledger.inferredRemoteNanos())
                            + " of it waits on futures, taken for remote calls because event-loop threads were at work" : ""),
                    "remoteCallSeconds", ledger.remoteCallNanos() / 1e9, "inferredRemoteSeconds", ledger.inferredRemoteNanos() / 1e9,
                    "clients", clients));
        }
        // A few native samples on a thread otherwise computing make a sliver of this; it is evidence where it is a part of the answer.
        if (ledger.nativeBlockedNanos() >= NATIVE_BLOCKED_SAID_FROM_SHARE * ledger.activeNanos()) {
            // The native sites are the libraries' native methods, the JDK's own left out, most samples first.
            String where = profile.samples().nativeSites().stream().findFirst()
                    .map(n -> " (most native samples in " + n.nativeMethod() + ")").orElse("");
            evidence.add(Evidence.of("native-blocked", "Blocked in native code: " + Format.seconds(ledger.nativeBlockedNanos())
                            + " of application threads' time in native code that their measured CPU (jdk.ThreadCPULoad) does not cover"
                            + where + ", counted as I/O: waiting on a disk, a device or a native lock, not computing",
                    "nativeBlockedSeconds", ledger.nativeBlockedNanos() / 1e9));
        }
        return evidence;
    }

    /** Which source sized the CPU, and how much of it the samples cover. */
    private static Evidence cpuSource(Profile profile, TimeLedger ledger) {
        Map<CpuSource, Long> bySource = new TreeMap<>();
        for (ThreadLedger t : profile.applicationThreads()) {
            if (t.cpuNanos() > 0) {
                bySource.merge(t.cpuSource(), t.cpuNanos(), Long::sum);
            }
        }
        CpuSource main = bySource.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(CpuSource.NONE);
        CpuCoverage coverage = profile.process().cpuCoverage();
        long sampled = profile.applicationThreads().stream().mapToLong(ThreadLedger::sampledCpuNanos).sum();
        String text = switch (main) {
            case THREAD_CPU_LOAD -> "CPU measured per thread by jdk.ThreadCPULoad: " + Format.seconds(ledger.cpuNanos())
                    + " on application threads; their CPU samples account for " + Format.seconds(sampled)
                    + (ledger.cpuNanos() > 0 && sampled < 0.5 * ledger.cpuNanos()
                    ? " — the sampler took a few threads per period, so samples show where CPU went, not how much" : "");
            case CPU_TIME_SAMPLES -> "CPU sized by jdk.CPUTimeSample (one sample per interval of a thread's CPU time)";
            case PROFILER_CPU_SAMPLES -> "CPU sized by the profiler's CPU samples (one per interval of each thread's CPU time)";
            case WALL_SAMPLES -> "CPU sized by wall-clock samples: the share that found each thread running, times the time it was seen";
            case PROCESS_CPU_BY_SAMPLES -> String.format(Locale.ROOT,
                    "CPU samples × period covered only %s of the JVM's measured CPU (jdk.CPULoad); the rest is shared out over the sampled "
                            + "threads by their samples (the JDK's sampler takes a few threads per period)", Format.percent(coverage.sampleCoverage()));
            case CARRIER_CPU_BY_SAMPLES -> "CPU of virtual threads measured on their carriers (jdk.ThreadCPULoad of the scheduler's threads) "
                    + "and shared out over them by their samples and unseen time: " + Format.seconds(ledger.cpuNanos()) + " on application threads, "
                    + "their CPU samples account for " + Format.seconds(sampled);
            case EXECUTION_SAMPLES -> "CPU estimated as execution samples × their period (a lower bound: the JDK's sampler takes a few threads per period)"
                    + (profile.process().load().known() ? "; it matches the JVM's measured CPU" : "; no jdk.CPULoad to check it against");
            case NONE -> "No CPU was seen on application threads";
        };
        return Evidence.of("cpu-source", text, "source", main.name(), "cpuSeconds", ledger.cpuNanos() / 1e9, "sampledCpuSeconds", sampled / 1e9,
                "processCpuSeconds", coverage.processCpuNanos() < 0 ? Double.NaN : coverage.processCpuNanos() / 1e9,
                "sampleCoverage", coverage.sampleCoverage());
    }

    private static void unseenTime(List<Evidence> evidence, VerdictInput in, VerdictRules.Decision d) {
        TimeLedger ledger = in.ledger();
        if (ledger.unseenWorkingShare() < 0.05 || ledger.unseenWorkingNanos() < 0.01 * ledger.recordingNanos()) {
            return;
        }
        String seen = Format.seconds(ledger.unseenWorkingNanos()) + " (" + Format.percent(ledger.unseenWorkingShare()) + " of the active time) of "
                + ledger.workingThreads() + " working thread" + (ledger.workingThreads() == 1 ? "" : "s") + " is in no event or sample";
        String text = switch (d.unseenCause()) {
            case WAITING_FOR_A_CORE -> seen + ": the machine was saturated" + (in.machineBusyWithOthers() ? " by other processes" : "")
                    + ", so these threads were runnable, waiting for a core — CPU demand";
            case SUSPECTED_LOCK -> seen + ", on cores left idle: the threads were most likely blocked on a lock below the recording's threshold"
                    + (in.lockThresholdNanos() > 0 ? " (jdk.JavaMonitorEnter from " + Format.millis(in.lockThresholdNanos()) + ")" : "")
                    + (in.lockEvents() > 0 ? "; " + in.lockEvents() + " longer lock waits were recorded" : "")
                    + (in.monitorInflations() > 0 ? "; " + in.monitorInflations() + " monitors were inflated by contention" : "");
            case UNSEEN -> seen + ": no evidence says why (runnable, a short park or lock, or I/O below the thresholds"
                    + (in.machineBusyWithOthers() ? "; the machine was saturated by other processes" : "") + ")";
        };
        evidence.add(Evidence.of("unseen-time", text, "unseenSeconds", ledger.unseenWorkingNanos() / 1e9, "cause", d.unseenCause().name(),
                "workingThreads", ledger.workingThreads(), "lockEvents", in.lockEvents(), "monitorInflations", in.monitorInflations()));
    }

    private static Evidence disagreement(VerdictRules.Disagreement disagreement, VerdictInput in, TimeLedger ledger) {
        String text = switch (disagreement) {
            case PROCESS_CPU_BELOW_LEDGER -> "Sources disagree: the threads' ledger counts " + Format.cores(ledger.cpuCores())
                    + " cores of CPU, the JVM's measured load only " + Format.cores(in.jvmCores());
            case PROCESS_BUSY_FOR_IO -> "Sources disagree: threads mostly waiting on I/O, yet the JVM used " + Format.cores(in.jvmCores())
                    + " cores for " + Format.cores(ledger.busyThreads()) + " busy threads";
            case PROCESS_BUSY_WHILE_IDLE -> "Sources disagree: the JVM used " + Format.cores(in.jvmCores()) + " cores while the application "
                    + "threads' ledger shows almost no work; the CPU went where the samples did not look (unsampled threads or native code)";
        };
        return Evidence.of("disagreement", text, "kind", disagreement.name(), "jvmCores", in.jvmCores(), "ledgerCpuCores", ledger.cpuCores());
    }

    private static String limit(VerdictRules.Limit limit) {
        return switch (limit) {
            case FEW_OBSERVATIONS -> "few samples and events";
            case NOT_CORROBORATED -> "no second, independent source confirms it";
            case SUSPECTED_CAUSE -> "the cause is inferred from unseen time, not recorded";
            case UNSEEN_TIME -> "much of the active time was seen by no event or sample";
            case BLIND_SPOTS -> "what the recording could not see";
        };
    }

    /**
     * The verdict with, where the recording had more than one phase, the phases said after the
     * ledger: their verdicts in order, and the one that holds most of the active time.
     */
    /** The JVM's own work, where it is a cause, after the ledger's evidence. */
    static Verdict withJvmWork(Verdict verdict, JvmWork jvm) {
        List<Evidence> more = jvm.evidence();
        if (more.isEmpty()) {
            return verdict;
        }
        List<Evidence> evidence = new ArrayList<>(verdict.evidence());
        int afterLedger = evidence.stream().map(Evidence::id).toList().indexOf("ledger") + 1;
        evidence.addAll(afterLedger, more);
        return new Verdict(verdict.kind(), verdict.confidence(), verdict.headline(), List.copyOf(evidence));
    }

    static Verdict withPhases(Verdict verdict, List<Phase> phases) {
        if (phases.size() < 2) {
            return verdict;
        }
        long active = phases.stream().mapToLong(Phase::activeNanos).sum();
        Phase dominant = phases.stream().max(java.util.Comparator.comparingLong(Phase::activeNanos)).orElseThrow();
        String kinds = String.join(", then ", phases.stream().map(p -> p.kind().words()).toList());
        String text = "The recording has " + phases.size() + " phases (" + kinds + "); most active: the " + dominant.kind().words()
                + " phase " + span(dominant) + ", " + Format.percent(active == 0 ? 0 : (double) dominant.activeNanos() / active)
                + " of the active time" + (dominant.topCause() == null ? "" : ", in " + dominant.topCause().method());
        List<Evidence> evidence = new ArrayList<>(verdict.evidence());
        evidence.add(Math.min(1, evidence.size()), Evidence.of("phases", text, "phases", phases.size(),
                "dominantPhase", phases.indexOf(dominant), "dominantKind", dominant.kind().name()));
        return new Verdict(verdict.kind(), verdict.confidence(), verdict.headline(), List.copyOf(evidence));
    }

    private static String span(Phase p) {
        return String.format(java.util.Locale.ROOT, "%.1f–%.1f s", p.startMillis() / 1000.0, p.endMillis() / 1000.0);
    }

    private static String headline(VerdictRules.Decision d, TimeLedger ledger, boolean stoppedByTheCollector) {
        return switch (d.kind()) {
            case CPU_BOUND -> d.disagreements().contains(VerdictRules.Disagreement.PROCESS_BUSY_WHILE_IDLE)
                    ? "CPU-bound, by the JVM's own load: it computed while the recorded application threads hardly did"
                    : ledger.stoppedNanos() > ledger.cpuNanos()
                    ? (stoppedByTheCollector ? "CPU-bound by the garbage collector: threads stood stopped in its pauses "
                    : "CPU-bound by the JVM's safepoints (not the collector's pauses): threads stood stopped ")
                    + Format.percent(ledger.stoppedShare()) + " of their active time, and computed " + Format.percent(ledger.cpuShare())
                    : "CPU-bound: threads spend " + Format.percent(d.cpuShare()) + " of their active time computing"
                    + (d.unseenCause() == VerdictRules.UnseenCause.WAITING_FOR_A_CORE ? " or waiting for a core" : "");
            case IO_BOUND -> "I/O-bound: threads spend " + Format.percent(d.ioShare()) + " of their active time waiting on I/O"
                    + (ledger.remoteCallNanos() >= ledger.ioNanos() / 2 ? ", most of it in remote calls (clients' blocking calls)"
                    : ledger.nativeBlockedNanos() >= ledger.ioNanos() / 2 ? ", most of it blocked in native code" : "");
            case LOCK_BOUND -> d.unseenCause() == VerdictRules.UnseenCause.SUSPECTED_LOCK && ledger.lockNanos() < ledger.unseenWorkingNanos()
                    ? "Lock-bound (inferred): threads serialised, blocked " + Format.percent(d.lockShare())
                    + " of their active time where no event shows — most likely a lock held briefly"
                    : "Lock-bound: threads spend " + Format.percent(d.lockShare()) + " of their active time queuing on locks";
            case MIXED -> "Mixed: computing (" + Format.percent(d.cpuShare()) + ") and I/O waiting (" + Format.percent(d.ioShare())
                    + ") share the time";
            case IDLE -> d.lightlyLoaded() && ledger.busyThreads() >= VerdictRules.IDLE_BELOW_BUSY_THREADS
                    ? "Idle: lightly loaded, the application mostly waited for work"
                    : "Idle: the application hardly did anything while recorded";
            case UNKNOWN -> "Cannot tell";
        };
    }

    /** By lane: a pool or the virtual threads is named once, with its number of threads, not as its busiest member. */
    private static String busiest(List<Lane> lanes) {
        return lanes.stream().filter(l -> !l.infrastructure()).limit(3)
                .map(t -> t.name() + (t.threads() > 1 || t.virtual() ? " ×" + t.threads() : "") + " (CPU " + Format.seconds(t.cpuNanos()) + ", I/O " + Format.seconds(t.ioNanos())
                        + ", locks " + Format.seconds(t.lockNanos())
                        + (t.stoppedNanos() > 0 ? ", stopped by the JVM " + Format.seconds(t.stoppedNanos()) : "")
                        + ", unseen " + Format.seconds(t.unseenNanos()) + ")")
                .reduce((a, b) -> a + "; " + b).orElse("none");
    }
}
