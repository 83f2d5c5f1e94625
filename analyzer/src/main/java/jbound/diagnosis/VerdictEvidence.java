package jbound.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jbound.profile.CpuCoverage;
import jbound.profile.CpuSource;
import jbound.profile.Profile;
import jbound.profile.ThreadLedger;

/** The facts behind a {@link VerdictRules.Decision}, as {@link Evidence}, most decisive first, and its headline. */
final class VerdictEvidence {

    private VerdictEvidence() {
    }

    static Verdict verdict(Profile profile, VerdictInput in, VerdictRules.Decision d, LoadPattern load) {
        if (d.kind() == VerdictKind.UNKNOWN) {
            return new Verdict(VerdictKind.UNKNOWN, d.confidence(), Headline.of(Headline.Form.NO_CPU_EVIDENCE),
                    List.of(new Evidence.NoCpuEvidence()));
        }
        TimeLedger ledger = in.ledger();
        List<Evidence> evidence = new ArrayList<>();
        if (d.kind() == VerdictKind.IDLE) {
            evidence.add(new Evidence.Idle(lightlyLoaded(d, ledger), ledger.busyThreads(), ledger.waitingForWorkThreads()));
        }
        evidence.add(new Evidence.Ledger(ledger.activeNanos(), ledger.cpuShare(), ledger.ioShare(), ledger.lockShare(),
                ledger.stoppedNanos(), ledger.stoppedShare(), ledger.unseenWorkingShare(), ledger.waitNanos()));
        evidence.addAll(waitsNoEventShows(profile, ledger));
        if (profile.process().load().known()) {
            evidence.add(new Evidence.ProcessLoad(in.jvmCores(), in.cores(), profile.process().load().meanMachineCores(), load));
        }
        evidence.add(cpuSource(profile, ledger));
        unseenTime(in, d).ifPresent(evidence::add);
        for (SourceDisagreement disagreement : d.disagreements()) {
            evidence.add(new Evidence.Disagreement(disagreement, in.jvmCores(), ledger.cpuCores(), ledger.busyThreads()));
        }
        evidence.add(new Evidence.BusiestThreads(profile.lanes().stream().filter(l -> !l.infrastructure()).limit(BUSIEST_LANES_NAMED).toList()));
        if (!profile.recording().writers().isEmpty()) {
            evidence.add(new Evidence.Writers(profile.recording().writers()));
        }
        if (!d.limits().isEmpty()) {
            evidence.add(new Evidence.ConfidenceLimited(d.limits()));
        }
        return new Verdict(d.kind(), d.confidence(), headline(d, ledger, profile.process().gcPauses().mostlyTheCollectors()),
                List.copyOf(evidence));
    }

    /** How many of the busiest application lanes the evidence names. */
    static final int BUSIEST_LANES_NAMED = 3;

    private static boolean lightlyLoaded(VerdictRules.Decision d, TimeLedger ledger) {
        return d.lightlyLoaded() && ledger.busyThreads() >= VerdictRules.IDLE_BELOW_BUSY_THREADS;
    }

    /** Time blocked in native code is said in the evidence from this share of the active time. */
    static final double NATIVE_BLOCKED_SAID_FROM_SHARE = 0.05;

    /** How many of the clients waited on the remote-call evidence names. */
    static final int CLIENTS_NAMED = 3;

    /**
     * The waits the ledger placed though no I/O event of the waiting thread shows them: remote
     * calls (parked under a client's call while its event loop received), native code beyond the
     * measured CPU, and the JVM's pauses.
     */
    private static List<Evidence> waitsNoEventShows(Profile profile, TimeLedger ledger) {
        List<Evidence> evidence = new ArrayList<>();
        if (ledger.remoteCallNanos() > 0) {
            List<String> clients = profile.offCpu().waitSites().stream().filter(w -> w.category().isRemoteCall())
                    .map(jbound.profile.WaitSite::subject).distinct().limit(CLIENTS_NAMED).toList();
            evidence.add(new Evidence.RemoteCalls(ledger.remoteCallNanos(), ledger.inferredRemoteNanos(), clients));
        }
        // A few native samples on a thread otherwise computing make a sliver of this; it is evidence where it is a part of the answer.
        if (ledger.nativeBlockedNanos() >= NATIVE_BLOCKED_SAID_FROM_SHARE * ledger.activeNanos()) {
            // The native sites are the libraries' native methods, the JDK's own left out, most samples first.
            evidence.add(new Evidence.NativeBlocked(ledger.nativeBlockedNanos(),
                    profile.samples().nativeSites().stream().findFirst().map(jbound.profile.NativeSite::nativeMethod)));
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
        return new Evidence.CpuSourceUsed(main, ledger.cpuNanos(), sampled, coverage.processCpuNanos(), coverage.sampleCoverage(),
                profile.process().load().known());
    }

    /** Unseen time is said from this share of the active time, and this share of the recording. */
    static final double UNSEEN_SAID_FROM_SHARE = 0.05;
    static final double UNSEEN_SAID_FROM_SHARE_OF_RECORDING = 0.01;

    private static Optional<Evidence> unseenTime(VerdictInput in, VerdictRules.Decision d) {
        TimeLedger ledger = in.ledger();
        if (ledger.unseenWorkingShare() < UNSEEN_SAID_FROM_SHARE
                || ledger.unseenWorkingNanos() < UNSEEN_SAID_FROM_SHARE_OF_RECORDING * ledger.recordingNanos()) {
            return Optional.empty();
        }
        return Optional.of(new Evidence.UnseenTime(ledger.unseenWorkingNanos(), ledger.unseenWorkingShare(), ledger.workingThreads(),
                d.unseenCause(), in.machineBusyWithOthers(), in.lockThresholdNanos(), in.lockEvents(), in.monitorInflations()));
    }

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

    /**
     * The verdict with, where the recording had more than one phase, the phases said after the
     * ledger: their verdicts in order, and the one that holds most of the active time.
     */
    static Verdict withPhases(Verdict verdict, List<Phase> phases) {
        if (phases.size() < 2) {
            return verdict;
        }
        long active = phases.stream().mapToLong(Phase::activeNanos).sum();
        Phase dominant = phases.stream().max(java.util.Comparator.comparingLong(Phase::activeNanos)).orElseThrow();
        List<Evidence> evidence = new ArrayList<>(verdict.evidence());
        evidence.add(Math.min(1, evidence.size()), new Evidence.Phases(List.copyOf(phases), phases.indexOf(dominant),
                active == 0 ? 0 : (double) dominant.activeNanos() / active));
        return new Verdict(verdict.kind(), verdict.confidence(), verdict.headline(), List.copyOf(evidence));
    }

    private static Headline headline(VerdictRules.Decision d, TimeLedger ledger, boolean stoppedByTheCollector) {
        return switch (d.kind()) {
            case CPU_BOUND -> d.disagreements().contains(SourceDisagreement.PROCESS_BUSY_WHILE_IDLE)
                    ? Headline.of(Headline.Form.CPU_BY_JVM_LOAD)
                    : ledger.stoppedNanos() > ledger.cpuNanos()
                    ? new Headline(stoppedByTheCollector ? Headline.Form.STOPPED_BY_THE_COLLECTOR : Headline.Form.STOPPED_BY_SAFEPOINTS,
                            ledger.stoppedShare(), ledger.cpuShare())
                    : Headline.of(d.unseenCause() == UnseenCause.WAITING_FOR_A_CORE
                            ? Headline.Form.CPU_OR_WAITING_FOR_A_CORE : Headline.Form.CPU, d.cpuShare());
            case IO_BOUND -> Headline.of(ledger.remoteCallNanos() >= ledger.ioNanos() / 2 ? Headline.Form.IO_MOSTLY_REMOTE_CALLS
                    : ledger.nativeBlockedNanos() >= ledger.ioNanos() / 2 ? Headline.Form.IO_MOSTLY_BLOCKED_IN_NATIVE_CODE
                    : Headline.Form.IO, d.ioShare());
            case LOCK_BOUND -> Headline.of(d.unseenCause() == UnseenCause.SUSPECTED_LOCK && ledger.lockNanos() < ledger.unseenWorkingNanos()
                    ? Headline.Form.LOCK_INFERRED : Headline.Form.LOCK, d.lockShare());
            case MIXED -> new Headline(Headline.Form.MIXED, d.cpuShare(), d.ioShare());
            case IDLE -> Headline.of(lightlyLoaded(d, ledger) ? Headline.Form.IDLE_LIGHTLY_LOADED : Headline.Form.IDLE);
            case UNKNOWN -> Headline.of(Headline.Form.CANNOT_TELL);
        };
    }
}
