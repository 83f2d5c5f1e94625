package jbound.diagnosis;

import java.util.List;

import jbound.profile.CpuSource;
import jbound.profile.Profile;
import jbound.profile.ThreadLedger;
import jbound.profile.ThreadRole;
import jbound.recording.EventCatalog;

/**
 * Everything the verdict rules read, and nothing else: the application threads' ledger, the
 * process's load, and what the recording could see. Small enough to write by hand in a test.
 *
 * @param cpuVisible         the recording has some evidence of CPU (samples of any kind, CPU load readings)
 * @param cores              hardware threads; 0 where unknown
 * @param jvmCores           the JVM's mean CPU by {@code jdk.CPULoad}, in cores; NaN where not recorded
 * @param jvmThreadsCores    CPU of the JVM's own threads (GC, compilers) measured per thread, in cores
 * @param machineSaturatedShare share of load readings with the machine's cores all but full; NaN where not recorded
 * @param lockEvents         lock waits recorded as events
 * @param monitorInflations  {@code jdk.JavaMonitorInflate} events: monitors that became contended
 * @param lockThresholdNanos {@code jdk.JavaMonitorEnter}'s threshold; -1 where unknown
 * @param ioFromEvents       whether I/O time comes from I/O events (not only native or wall samples)
 * @param observations       samples and events behind the figures
 * @param blindSpotsHiding   for each blind spot that could change the answer, the kind of time it hides (UNKNOWN: any)
 */
public record VerdictInput(boolean cpuVisible, TimeLedger ledger, int cores, double jvmCores, double jvmThreadsCores,
                           double machineSaturatedShare, long lockEvents, long monitorInflations, long lockThresholdNanos,
                           boolean ioFromEvents, long observations, List<VerdictKind> blindSpotsHiding) {

    static VerdictInput of(Profile profile, TimeLedger ledger, List<BlindSpot> blindSpots) {
        long lockEvents = profile.offCpu().waitSites().stream().filter(w -> w.category() == jbound.profile.WaitCategory.LOCK).mapToLong(w -> w.count()).sum();
        double jvmThreadsCores = profile.threads().stream().filter(t -> t.role() == ThreadRole.JVM)
                .filter(t -> t.cpuSource() == CpuSource.THREAD_CPU_LOAD)
                .mapToLong(ThreadLedger::cpuNanos).sum() / (double) Math.max(1, ledger.recordingNanos());
        boolean cpuVisible = profile.samples().executionSamples().totalWeight() > 0 || profile.samples().cpuTimeSamples().totalWeight() > 0
                || profile.samples().wallSamples().totalWeight() > 0 || profile.process().load().known()
                || profile.settings().isEnabled(EventCatalog.EXECUTION_SAMPLE.eventName())
                || profile.threads().stream().anyMatch(t -> t.cpuSource() == CpuSource.THREAD_CPU_LOAD);
        long ioEvents = profile.offCpu().ioSites().stream().filter(s -> !s.waitingForWork()).mapToLong(s -> s.totalNanos()).sum();
        return new VerdictInput(cpuVisible, ledger, profile.recording().hardwareThreads(), profile.process().load().meanJvmCores(),
                jvmThreadsCores, profile.process().load().saturatedShare(), lockEvents,
                profile.recording().count(EventCatalog.MONITOR_INFLATE),
                profile.settings().isEnabled(EventCatalog.MONITOR_ENTER.eventName())
                        ? profile.settings().nanos(EventCatalog.MONITOR_ENTER.eventName(), "threshold").orElse(-1) : -1,
                ioEvents >= ledger.ioNanos() / 2 && ioEvents > 0, observations(profile, ledger),
                blindSpots.stream().filter(BlindSpot::affectsVerdict).map(BlindSpot::hides).toList());
    }

    /**
     * Blind spots that could turn this verdict into another. Those hiding time of the verdict's
     * own kind cannot; nor can those hiding I/O or lock time where the threads' ledgers leave
     * next to no time unseen — unrecorded calls would have had to happen in time already spent otherwise.
     */
    long blindSpotsAgainst(VerdictKind kind) {
        boolean roomToHide = ledger.unseenShareOfObserved() >= VerdictRules.ROOM_TO_HIDE_SHARE;
        return blindSpotsHiding.stream().filter(hidden -> hidden != kind)
                .filter(hidden -> roomToHide || hidden == VerdictKind.UNKNOWN || hidden == VerdictKind.CPU_BOUND).count();
    }

    boolean jvmLoadKnown() {
        return !Double.isNaN(jvmCores);
    }

    /**
     * Whether this JVM's threads that could run had to wait for a core: the machine was saturated
     * and this JVM made most of that load (a machine saturated by other processes says nothing of
     * whether these threads were runnable), or the application alone used nearly every core.
     */
    boolean saturated() {
        boolean byThisJvm = machineFull() && jvmLoadKnown() && cores > 0 && jvmCores >= VerdictRules.SATURATING_JVM_SHARE_OF_CORES * cores;
        boolean byThreads = cores > 0 && ledger.cpuCores() >= jbound.profile.ProcessLoad.SATURATED_SHARE_OF_CORES * cores;
        return byThisJvm || byThreads;
    }

    /** The machine was saturated, but not by this JVM. */
    boolean machineBusyWithOthers() {
        return machineFull() && !saturated();
    }

    /** The machine's cores full, by anyone, in at least half the load readings. */
    private boolean machineFull() {
        return !Double.isNaN(machineSaturatedShare) && machineSaturatedShare >= VerdictRules.SATURATED_READINGS_SHARE;
    }

    /** Samples and events behind the figures: native samples say where a thread was as much as execution samples; pauses that stopped the threads count too. */
    private static long observations(Profile profile, TimeLedger ledger) {
        long n = ledger.stoppedNanos() > 0 ? profile.process().gcPauses().count() : 0;
        for (ThreadLedger t : profile.applicationThreads()) {
            n += t.executionSamples() + t.nativeSamples() + t.wallSamples();
        }
        n += profile.samples().cpuTimeSamples().totalWeight();
        n += profile.offCpu().ioSites().stream().mapToLong(s -> s.count()).sum();
        n += profile.offCpu().waitSites().stream().mapToLong(s -> s.count()).sum();
        return n;
    }
}
