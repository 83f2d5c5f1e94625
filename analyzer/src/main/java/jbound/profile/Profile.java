package jbound.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jbound.recording.MethodTable;

/**
 * Everything the recording says about where time went, attributed to methods, threads, sockets
 * and files. Built once by {@link ProfileBuilder}; read-only afterwards.
 *
 * @param executionSamples  {@code jdk.ExecutionSample} stacks: threads running Java code
 * @param cpuTimeSamples    {@code jdk.CPUTimeSample} stacks (JDK 25, when enabled): real CPU time
 * @param nativeSamples     {@code jdk.NativeMethodSample} stacks: threads in native code, mostly blocked
 * @param wallSamples       wall-clock samples (async-profiler, Datadog): threads in any state, weighted
 * @param hotApplicationMethods CPU samples by the first application frame of their stack (JDK code below it included)
 * @param wallHotMethods    methods by wall-clock samples: where threads were, running or waiting
 * @param threads           each thread's time ledger, reconciled with the process's measured CPU
 * @param process           the JVM's and the machine's CPU from {@code jdk.CPULoad}
 * @param cpuCoverage       how much of the measured CPU the samples account for
 * @param truncatedStacks   events whose stack the JVM cut at its depth limit
 * @param offCpuNanos       stacks of I/O and wait events by kind, weighted by their durations (never {@link TimeKind#CPU})
 * @param ioTimeline        I/O per second of the recording
 * @param executionPeriodNanos the execution sampler's period: what one CPU sample stands for
 * @param applicationMethods numbers of the methods that are application code
 * @param environment       environment, properties and command line, secrets masked; null unless asked for
 */
public record Profile(RecordingFacts recording, RecordingSettings settings, MethodTable methods,
                      StackTrie executionSamples, StackTrie cpuTimeSamples, StackTrie nativeSamples, StackTrie wallSamples,
                      List<HotMethod> hotMethods, List<HotMethod> hotApplicationMethods,
                      List<HotMethod> cpuTimeHotMethods, List<HotMethod> nativeMethods, List<HotMethod> wallHotMethods,
                      List<IoSite> ioSites, List<WaitSite> waitSites, List<ThreadLedger> threads,
                      ProcessLoad process, CpuCoverage cpuCoverage, List<CpuLoadPoint> cpuLoad, GcPauses gcPauses, long truncatedStacks,
                      Map<TimeKind, StackTrie> offCpuNanos, List<IoTimeline> ioTimeline, long executionPeriodNanos,
                      java.util.BitSet applicationMethods, RecordedEnvironment environment) {

    public Profile {
        applicationMethods = (java.util.BitSet) applicationMethods.clone();
    }

    /** Whether the method of this number is application code (not the JDK's, within --include, outside --exclude). */
    public boolean isApplication(int method) {
        return applicationMethods.get(method);
    }

    /** I/O summed per application method and kind, longest total first; waiting for work apart. */
    public List<IoSite> ioByMethod() {
        return merged(site -> new IoGroup(site.kind(), site.method(), site.waitingForWork()));
    }

    /** I/O summed per socket address or file and kind, longest total first; waiting for work apart. */
    public List<IoSite> ioByTarget() {
        return merged(site -> new IoGroup(site.kind(), site.target(), site.waitingForWork()));
    }

    private record IoGroup(jbound.recording.EventCatalog kind, String key, boolean waitingForWork) {
    }

    /** Application threads: those that are not JVM or JFR housekeeping. */
    public List<ThreadLedger> applicationThreads() {
        return threads.stream().filter(t -> !t.infrastructure()).toList();
    }

    private List<IoSite> merged(java.util.function.Function<IoSite, IoGroup> key) {
        Map<IoGroup, IoSite> totals = new LinkedHashMap<>();
        for (IoSite site : ioSites) {
            totals.merge(key.apply(site), site, (a, b) -> new IoSite(a.kind(),
                    a.method().equals(b.method()) ? a.method() : "(several)",
                    a.maxNanos() >= b.maxNanos() ? a.topFrame() : b.topFrame(),
                    a.target().equals(b.target()) ? a.target() : "(several)",
                    a.count() + b.count(), a.totalNanos() + b.totalNanos(), Math.max(a.maxNanos(), b.maxNanos()),
                    a.bytes() + b.bytes(), a.waitingForWork()));
        }
        List<IoSite> sorted = new ArrayList<>(totals.values());
        sorted.sort(Comparator.comparingLong(IoSite::totalNanos).reversed());
        return sorted;
    }
}
