package jbound.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jbound.Analysis;
import jbound.diagnosis.Advice;
import jbound.diagnosis.BlindSpot;
import jbound.diagnosis.Diagnosis;
import jbound.diagnosis.LoadPattern;
import jbound.diagnosis.TimeBudget;
import jbound.diagnosis.Verdict;
import jbound.profile.CpuLoadPoint;
import jbound.profile.GcPauses;
import jbound.profile.HotMethod;
import jbound.profile.IoSite;
import jbound.profile.Profile;
import jbound.profile.RecordedEnvironment;
import jbound.profile.RecordingFacts;
import jbound.profile.ThreadProfile;
import jbound.profile.WaitSite;

/**
 * The result of an analysis as users and programs read it: the JSON document (versioned by
 * {@code schemaVersion}) and the source of the terminal summary. {@code environment} is null
 * unless the user asked for it, and its secret-looking values are masked. Lists hold the top rows; hot
 * methods hold every method that was executing in a sample, plus the top ones by total.
 */
public record AnalysisReport(int schemaVersion, String jboundVersion, RecordingRow recording, Verdict verdict,
                             TimeBudgetRow timeBudget, LoadPattern load, List<HotMethod> hotMethods,
                             List<HotMethod> hotApplicationMethods,
                             List<HotMethod> cpuTimeHotMethods, List<HotMethod> nativeMethods, List<IoRow> ioByMethod,
                             List<IoRow> ioByTarget, List<WaitRow> waits, List<ThreadRow> threads, List<CpuLoadPoint> cpuLoad,
                             GcPauses gcPauses, List<BlindSpot> blindSpots, List<Advice> advice,
                             Map<String, Map<String, String>> settings, RecordedEnvironment environment) {

    /** Raised whenever a field is renamed or removed, or its meaning changes; adding fields keeps it. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * The recording's facts.
     *
     * @param start ISO-8601 instant
     */
    public record RecordingRow(String file, long bytes, int chunks, int recordings, String jvm, String jvmVersion,
                               int hardwareThreads, String cpu, String start, long durationNanos,
                               Map<String, Long> eventCounts, List<String> warnings) {
        static RecordingRow of(RecordingFacts f) {
            return new RecordingRow(f.file(), f.bytes(), f.chunks(), f.recordings(), f.jvm(), f.jvmVersion(), f.hardwareThreads(),
                    f.cpu(), f.start().toString(), f.duration().toNanos(), f.eventCounts(), f.warnings());
        }
    }

    /** Thread-seconds by kind over the application threads, and the shares the verdict compared. */
    public record TimeBudgetRow(long cpuNanos, long ioNanos, long lockNanos, long waitNanos, double cpuShare, double ioShare,
                                double lockShare, double busyThreads) {
        static TimeBudgetRow of(TimeBudget b) {
            return new TimeBudgetRow(b.cpuNanos(), b.ioNanos(), b.lockNanos(), b.waitNanos(), b.cpuShare(), b.ioShare(),
                    b.lockShare(), b.busyThreads());
        }
    }

    /** I/O by method or by target; {@code kind} is the JFR event name. */
    public record IoRow(String kind, String method, String target, String topFrame, long count, long totalNanos, long maxNanos, long bytes) {
        static IoRow of(IoSite s) {
            return new IoRow(s.kind().eventName(), s.method(), s.target(), s.topFrame(), s.count(), s.totalNanos(), s.maxNanos(), s.bytes());
        }
    }

    public record WaitRow(String category, String method, String subject, long count, long totalNanos, long maxNanos) {
        static WaitRow of(WaitSite w) {
            return new WaitRow(w.category().name(), w.method(), w.subject(), w.count(), w.totalNanos(), w.maxNanos());
        }
    }

    /**
     * One thread's time. Shares are of the time it was seen; {@code otherShare} is what no event
     * or sample accounts for (running native code, runnable, or waiting below the thresholds).
     * {@code measuredCpuCores} is its CPU from {@code jdk.ThreadCPULoad}, null without readings.
     */
    public record ThreadRow(String name, boolean virtual, boolean infrastructure, long executionSamples, long nativeSamples,
                            long cpuNanos, long ioNanos, long lockNanos, long waitNanos, long observedNanos,
                            Double measuredCpuCores,
                            double cpuShare, double ioShare, double lockShare, double waitShare, double otherShare) {
        static ThreadRow of(ThreadProfile t) {
            long waited = t.waitNanos() + t.sleepNanos();
            double span = Math.max(t.observedNanos(), t.cpuNanos() + t.ioNanos() + t.lockNanos() + waited);
            double cpu = share(t.cpuNanos(), span);
            double io = share(t.ioNanos(), span);
            double lock = share(t.lockNanos(), span);
            double wait = share(waited, span);
            return new ThreadRow(t.name(), t.virtual(), t.infrastructure(), t.executionSamples(), t.nativeSamples(),
                    t.cpuNanos(), t.ioNanos(), t.lockNanos(), waited, t.observedNanos(),
                    Double.isNaN(t.measuredCpuCores()) ? null : t.measuredCpuCores(), cpu, io, lock, wait,
                    Math.max(0, 1 - cpu - io - lock - wait));
        }

        private static double share(long part, double whole) {
            return whole <= 0 ? 0 : part / whole;
        }
    }

    public static AnalysisReport of(Analysis analysis, String jboundVersion, int top) {
        Profile p = analysis.profile();
        Diagnosis d = analysis.diagnosis();
        return new AnalysisReport(SCHEMA_VERSION, jboundVersion, RecordingRow.of(p.recording()), d.verdict(), TimeBudgetRow.of(d.budget()), d.load(),
                hotMethods(p.hotMethods(), top), p.hotApplicationMethods().stream().limit(top).toList(),
                hotMethods(p.cpuTimeHotMethods(), top), hotMethods(p.nativeMethods(), top),
                p.ioByMethod().stream().limit(top).map(IoRow::of).toList(),
                p.ioByTarget().stream().limit(top).map(IoRow::of).toList(),
                p.waitSites().stream().limit(top).map(WaitRow::of).toList(),
                p.threads().stream().map(ThreadRow::of).toList(),
                p.cpuLoad(), p.gcPauses(), d.blindSpots(), d.advice(), p.settings().byEvent(), p.environment());
    }

    /** Every method seen executing, then the top ones by total that never were. */
    private static List<HotMethod> hotMethods(List<HotMethod> all, int top) {
        Stream<HotMethod> executing = all.stream().filter(m -> m.selfSamples() > 0);
        Stream<HotMethod> callers = all.stream().filter(m -> m.selfSamples() == 0)
                .sorted((a, b) -> Long.compare(b.totalSamples(), a.totalSamples())).limit(top);
        return Stream.concat(executing, callers).toList();
    }
}
