package jbound.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jbound.Analysis;
import jbound.diagnosis.Advice;
import jbound.diagnosis.BlindSpot;
import jbound.diagnosis.Confidence;
import jbound.diagnosis.Diagnosis;
import jbound.diagnosis.JvmWork;
import jbound.diagnosis.LoadPattern;
import jbound.diagnosis.Phase;
import jbound.diagnosis.Prediction;
import jbound.diagnosis.TopCause;
import jbound.diagnosis.TimeLedger;
import jbound.diagnosis.Verdict;
import jbound.profile.CpuLoadPoint;
import jbound.profile.GcPauses;
import jbound.profile.HotMethod;
import jbound.profile.Lane;
import jbound.profile.IoSite;
import jbound.profile.Profile;
import jbound.profile.RecordedEnvironment;
import jbound.profile.RecordingFacts;
import jbound.profile.Timeline;
import jbound.profile.CpuCoverage;
import jbound.profile.ProcessLoad;
import jbound.profile.ThreadLedger;
import jbound.profile.WaitSite;

/**
 * The result of an analysis as users and programs read it: the JSON document (versioned by
 * {@code schemaVersion}) and the source of the terminal summary. {@code environment} is null
 * unless the user asked for it, and its secret-looking values are masked. Lists hold the top rows; hot
 * methods hold every method that was executing in a sample, plus the top ones by total.
 */
public record AnalysisReport(int schemaVersion, String jboundVersion, RecordingRow recording, Verdict verdict, TopCauseRow topCause,
                             List<PhaseRow> phases, LedgerRow ledger, ProcessRow process, CpuCoverage cpuCoverage, LoadPattern load, List<HotMethod> hotMethods,
                             List<HotMethod> hotApplicationMethods,
                             List<HotMethod> cpuTimeHotMethods, List<HotMethod> nativeMethods, List<HotMethod> wallHotMethods,
                             List<IoRow> ioByMethod,
                             List<IoRow> ioByTarget, List<WaitRow> waits, List<ThreadRow> threads, LanesRow lanes, List<CpuLoadPoint> cpuLoad,
                             TimelineRow timeline, GcPauses gcPauses, JvmWorkRow jvmWork, List<BlindSpot> blindSpots, List<SharedRemedy> remedies,
                             List<Advice> advice, List<Prediction> predictions,
                             Map<String, Map<String, String>> settings, RecordedEnvironment environment) {

    /** Raised whenever a field is renamed or removed, or its meaning changes; adding fields keeps it. */
    public static final int SCHEMA_VERSION = 5;
    /** Threads listed one by one, busiest first; {@code lanes} covers them all. */
    public static final int MAX_THREAD_ROWS = 200;
    /** Lanes listed one by one, busiest first; the rest are summed in {@code lanes.rest}. */
    public static final int MAX_LANE_ROWS = 40;

    /**
     * The recording's facts.
     *
     * @param start ISO-8601 instant
     */
    public record RecordingRow(String file, long bytes, int chunks, int recordings, String jvm, String jvmVersion, String mainClass,
                               int hardwareThreads, String cpu, String start, long durationNanos,
                               Map<String, Long> eventCounts, List<String> warnings, List<String> writers) {
        static RecordingRow of(RecordingFacts f, String shownAs) {
            return new RecordingRow(shownAs, f.bytes(), f.chunks(), f.recordings(), f.jvm(), f.jvmVersion(), f.mainClass(), f.hardwareThreads(),
                    f.cpu(), f.start().toString(), f.duration().toNanos(), byEventName(f.eventCounts()), f.warnings(), f.writers());
        }

        /** The counts under the events' names, in the catalog's order: what the JSON and the terminal show. */
        private static Map<String, Long> byEventName(Map<jbound.recording.EventCatalog, Long> counts) {
            Map<String, Long> named = new java.util.LinkedHashMap<>();
            counts.forEach((type, count) -> named.put(type.eventName(), count));
            return named;
        }
    }

    /**
     * The application threads' ledger summed: thread-seconds by kind, and the shares of the active
     * time (CPU + I/O + locks + stopped + unseen time of working threads) that the verdict compared.
     * {@code unseenNanos}: time no event or sample shows, of all the threads; {@code unseenWorkingNanos}
     * the part of it of threads that were working, which the verdict weighs. {@code stoppedNanos}: time
     * stopped in the JVM's pauses (counted with CPU by the verdict); {@code remoteCallNanos},
     * {@code inferredRemoteNanos} and {@code nativeBlockedNanos}: parts of the I/O that no event of the
     * waiting thread shows.
     */
    public record LedgerRow(long cpuNanos, long ioNanos, long lockNanos, long waitNanos, long stoppedNanos, long unseenNanos,
                            long unseenWorkingNanos, int workingThreads, long remoteCallNanos, long inferredRemoteNanos, long nativeBlockedNanos,
                            double cpuShare, double ioShare, double lockShare, double stoppedShare, double unseenWorkingShare, double busyThreads) {
        static LedgerRow of(TimeLedger b) {
            return new LedgerRow(b.cpuNanos(), b.ioNanos(), b.lockNanos(), b.waitNanos(), b.stoppedNanos(), b.unseenNanos(), b.unseenWorkingNanos(),
                    b.workingThreads(), b.remoteCallNanos(), b.inferredRemoteNanos(), b.nativeBlockedNanos(),
                    b.cpuShare(), b.ioShare(), b.lockShare(), b.stoppedShare(), b.unseenWorkingShare(), b.busyThreads());
        }
    }

    /** The JVM's and the machine's CPU in cores from jdk.CPULoad; null figures where it was not recorded. */
    public record ProcessRow(int readings, Double meanJvmCores, Double meanMachineCores, Double saturatedShare, int cores) {
        static ProcessRow of(ProcessLoad p) {
            return new ProcessRow(p.readings(), finite(p.meanJvmCores()), finite(p.meanMachineCores()), finite(p.saturatedShare()), p.cores());
        }

        private static Double finite(double d) {
            return Double.isFinite(d) ? d : null;
        }
    }

    /**
     * I/O by method or by target; {@code kind} is the JFR event name, or {@code RemoteCall} for waits
     * under a client's blocking call; {@code via} the library beneath the method (or the client),
     * null where none; {@code waitingForWork} reads wait for requests or input.
     */
    public record IoRow(String kind, String method, String via, String target, String topFrame, long count, long totalNanos, long maxNanos,
                        long bytes, boolean waitingForWork) {
        static IoRow of(IoSite s) {
            return new IoRow(s.kindName(), s.method(), s.via(), s.target(), s.topFrame(), s.count(), s.totalNanos(), s.maxNanos(), s.bytes(),
                    s.waitingForWork());
        }

        /** "OrderHandler.handle(Order) → PostgreSQL JDBC". */
        public String methodAndVia() {
            return via == null ? method : method + " → " + via;
        }
    }

    /** Waits by kind ({@code REMOTE_CALL} among them), method and subject; {@code via} as in {@link IoRow}. */
    public record WaitRow(String category, String method, String via, String subject, long count, long totalNanos, long maxNanos,
                          List<WaitSite.PreviousOwner> previousOwners) {
        static WaitRow of(WaitSite w) {
            return new WaitRow(w.category().name(), w.method(), w.via(), w.subject(), w.count(), w.totalNanos(), w.maxNanos(), w.previousOwners());
        }

        public String methodAndVia() {
            return via == null ? method : method + " → " + via;
        }
    }

    /**
     * One thread's ledger: nanoseconds and shares of the time it was seen, which add up to 1
     * ({@code unseenShare} is what no event or sample accounts for). {@code cpuSource} says where
     * its CPU figure comes from; {@code measuredCpuCores} is its CPU from {@code jdk.ThreadCPULoad},
     * null without readings. {@code role} is APPLICATION, JVM or REMOTE_MANAGEMENT.
     */
    /**
     * A thread's ledger: CPU, I/O, locks, waiting for work, stopped by the JVM and unseen add up
     * to {@code observedNanos} (and their shares to 1); {@code remoteCallNanos} and
     * {@code nativeBlockedNanos} are parts of the I/O that no socket or file event of the thread's shows.
     */
    public record ThreadRow(String name, boolean virtual, boolean infrastructure, String role, long executionSamples, long nativeSamples,
                            long wallSamples, long cpuNanos, String cpuSource, long ioNanos, long lockNanos, long waitNanos, long stoppedNanos,
                            long unseenNanos, long observedNanos, long remoteCallNanos, long nativeBlockedNanos, Double measuredCpuCores,
                            double cpuShare, double ioShare, double lockShare, double waitShare, double stoppedShare, double unseenShare) {
        static ThreadRow of(ThreadLedger t) {
            return new ThreadRow(t.name(), t.virtual(), t.infrastructure(), t.role().name(), t.executionSamples(), t.nativeSamples(),
                    t.wallSamples(), t.cpuNanos(), t.cpuSource().name(), t.ioNanos(), t.lockNanos(), t.waitNanos(), t.stoppedNanos(),
                    t.unseenNanos(), t.observedNanos(), t.remoteCallNanos(), t.nativeBlockedNanos(),
                    Double.isNaN(t.measuredCpuCores()) ? null : t.measuredCpuCores(),
                    t.share(t.cpuNanos()), t.share(t.ioNanos()), t.share(t.lockNanos()), t.share(t.waitNanos()), t.share(t.stoppedNanos()),
                    t.share(t.unseenNanos()));
        }
    }

    /**
     * A phase of the recording with its own verdict; {@code topCause} is null where nothing is named
     * (an idle phase). A recording that behaved one way has one phase.
     */
    public record PhaseRow(long startMillis, long endMillis, String verdict, Confidence confidence, double cpuShare, double ioShare,
                           double lockShare, double busyThreads, Phase.Cause topCause) {
        static PhaseRow of(Phase p) {
            return new PhaseRow(p.startMillis(), p.endMillis(), p.kind().name(), p.confidence(), p.cpuShare(), p.ioShare(), p.lockShare(),
                    p.busyThreads(), p.topCause());
        }
    }

    /**
     * The application threads' time over the recording, in buckets of {@code bucketMillis} from its
     * start (the last ends with it): thread-seconds on CPU, in I/O, on locks and waiting for work.
     * {@code cpuFrom} names the series the CPU's shape follows; the sums match the ledger's.
     */
    public record TimelineRow(long bucketMillis, String cpuFrom, List<BucketRow> buckets) {
        static TimelineRow of(Timeline t) {
            return new TimelineRow(t.bucketMillis(), t.cpuFrom(), t.buckets().stream()
                    .map(b -> new BucketRow(b.offsetMillis(), b.lengthMillis(), b.cpuNanos(), b.ioNanos(), b.lockNanos(), b.waitNanos(),
                            b.stoppedNanos()))
                    .toList());
        }
    }

    /**
     * Where the verdict's time went most: {@code kind} CPU, IO or LOCK, the application method, what
     * it was on (the I/O event, the lock's class; null for CPU), its time and its share of all
     * time of its kind, and the sentence; null for an idle or unknown verdict.
     */
    public record TopCauseRow(String kind, String method, String on, long nanos, double share, String text) {
        static TopCauseRow of(TopCause c) {
            return c == null ? null : new TopCauseRow(c.kind().name(), c.method(), c.on(), c.nanos(), c.share(), c.describe());
        }
    }

    /**
     * The JVM's own work: the JIT compiler threads' CPU and its share of the JVM's (null where
     * unmeasured), the GC pauses' share of the time, and whether each is a cause of its own.
     */
    public record JvmWorkRow(long compilerCpuNanos, Double compilerShareOfJvmCpu, boolean warmUpIsACause, long gcPauses,
                             long gcPauseNanos, long longestGcPauseNanos, double gcPauseShareOfTime, boolean gcIsACause) {
        static JvmWorkRow of(JvmWork w) {
            return new JvmWorkRow(w.compilerCpuNanos(), Double.isNaN(w.compilerShareOfJvmCpu()) ? null : w.compilerShareOfJvmCpu(),
                    w.warmUpIsACause(), w.gcPauses(), w.gcPauseNanos(), w.longestGcPauseNanos(), w.gcPauseShareOfTime(), w.gcIsACause());
        }
    }

    public record BucketRow(long offsetMillis, long lengthMillis, long cpuNanos, long ioNanos, long lockNanos, long waitNanos,
                            long stoppedNanos) {
    }

    /**
     * The threads on the recording's time axis: {@code threads} threads in {@code lanes} lanes,
     * grouped as {@code groupedBy} says; the busiest {@value #MAX_LANE_ROWS} listed, the others
     * summed in {@code rest} (null when none are left).
     */
    public record LanesRow(String groupedBy, int threads, int lanes, List<LaneRow> listed, LaneRow rest) {
        static LanesRow of(List<Lane> lanes) {
            List<Lane> rest = lanes.stream().skip(MAX_LANE_ROWS).toList();
            return new LanesRow(Lane.GROUPED_BY, lanes.stream().mapToInt(Lane::threads).sum(), lanes.size(),
                    lanes.stream().limit(MAX_LANE_ROWS).map(LaneRow::of).toList(), rest.isEmpty() ? null : LaneRow.sum(rest));
        }
    }

    /**
     * One lane: a thread, a pool or the virtual threads, with the lifetime of its threads, its
     * ledger, the spread of its threads' CPU (cores over each one's lifetime) and, per bucket of
     * the timeline, its threads' time alive and its parts in thread-milliseconds. The median is null for the summed rest.
     */
    public record LaneRow(String name, String pattern, boolean virtual, String role, int threads, long firstSeenMillis,
                          long lastSeenMillis, long cpuNanos, long ioNanos, long lockNanos, long waitNanos, long unseenNanos,
                          long stoppedNanos, double minCpuCores, Double medianCpuCores, double maxCpuCores,
                          long[] aliveMillis, long[] cpuMillis, long[] ioMillis, long[] lockMillis, long[] waitMillis, long[] stoppedMillis) {
        static LaneRow of(Lane l) {
            return new LaneRow(l.name(), l.pattern(), l.virtual(), l.role().name(), l.threads(), l.firstSeenMillis(), l.lastSeenMillis(),
                    l.cpuNanos(), l.ioNanos(), l.lockNanos(), l.waitNanos(), l.unseenNanos(), l.stoppedNanos(), l.minCpuCores(),
                    l.medianCpuCores(), l.maxCpuCores(), millis(l.aliveByBucket()), millis(l.cpuByBucket()), millis(l.ioByBucket()),
                    millis(l.lockByBucket()), millis(l.waitByBucket()), millis(l.stoppedByBucket()));
        }

        /** Lanes past the listed ones, as one. */
        static LaneRow sum(List<Lane> lanes) {
            int buckets = lanes.getFirst().aliveByBucket().length;
            long[][] parts = new long[6][buckets];
            for (Lane l : lanes) {
                long[][] theirs = {l.aliveByBucket(), l.cpuByBucket(), l.ioByBucket(), l.lockByBucket(), l.waitByBucket(), l.stoppedByBucket()};
                for (int k = 0; k < parts.length; k++) {
                    for (int b = 0; b < buckets; b++) {
                        parts[k][b] += theirs[k][b];
                    }
                }
            }
            boolean allVirtual = lanes.stream().allMatch(Lane::virtual);
            boolean allJvm = lanes.stream().allMatch(Lane::infrastructure);
            return new LaneRow(lanes.size() + " more lanes", "*", allVirtual, allJvm ? "JVM" : "APPLICATION",
                    lanes.stream().mapToInt(Lane::threads).sum(),
                    lanes.stream().mapToLong(Lane::firstSeenMillis).min().orElse(0), lanes.stream().mapToLong(Lane::lastSeenMillis).max().orElse(0),
                    lanes.stream().mapToLong(Lane::cpuNanos).sum(), lanes.stream().mapToLong(Lane::ioNanos).sum(),
                    lanes.stream().mapToLong(Lane::lockNanos).sum(), lanes.stream().mapToLong(Lane::waitNanos).sum(),
                    lanes.stream().mapToLong(Lane::unseenNanos).sum(), lanes.stream().mapToLong(Lane::stoppedNanos).sum(),
                    lanes.stream().mapToDouble(Lane::minCpuCores).min().orElse(0), null,
                    lanes.stream().mapToDouble(Lane::maxCpuCores).max().orElse(0),
                    millis(parts[0]), millis(parts[1]), millis(parts[2]), millis(parts[3]), millis(parts[4]), millis(parts[5]));
        }

        private static long[] millis(long[] nanos) {
            long[] out = new long[nanos.length];
            for (int i = 0; i < nanos.length; i++) {
                out[i] = Math.round(nanos[i] / 1e6);
            }
            return out;
        }
    }

    public static AnalysisReport of(Analysis analysis, String jboundVersion, int top) {
        return of(analysis, jboundVersion, top, analysis.profile().recording().file());
    }

    /** @param shownAs what the report calls the recording, where its file is not the user's (a live recording's temporary copy) */
    public static AnalysisReport of(Analysis analysis, String jboundVersion, int top, String shownAs) {
        Profile p = analysis.profile();
        Diagnosis d = analysis.diagnosis();
        return new AnalysisReport(SCHEMA_VERSION, jboundVersion, RecordingRow.of(p.recording(), shownAs), d.verdict(), TopCauseRow.of(d.topCause()),
                d.phases().stream().map(PhaseRow::of).toList(), LedgerRow.of(d.ledger()),
                ProcessRow.of(p.process().load()), p.process().cpuCoverage(), d.load(),
                hotMethods(p.samples().hotMethods(), top), p.samples().hotApplicationMethods().stream().limit(top).toList(),
                hotMethods(p.samples().cpuTimeHotMethods(), top), hotMethods(p.samples().nativeMethods(), top), hotMethods(p.samples().wallHotMethods(), top),
                p.offCpu().ioByMethod().stream().limit(top).map(IoRow::of).toList(),
                p.offCpu().ioByTarget().stream().limit(top).map(IoRow::of).toList(),
                p.offCpu().waitSites().stream().limit(top).map(WaitRow::of).toList(),
                p.threads().stream().limit(MAX_THREAD_ROWS).map(ThreadRow::of).toList(), LanesRow.of(p.lanes()),
                p.process().cpuLoad(), TimelineRow.of(p.timeline()), p.process().gcPauses(), JvmWorkRow.of(d.jvmWork()), d.blindSpots(), SharedRemedy.of(d.blindSpots()), d.advice(), d.predictions(), p.settings().byEvent(), p.environment());
    }

    /** Every method seen executing, then the top ones by total that never were. */
    private static List<HotMethod> hotMethods(List<HotMethod> all, int top) {
        Stream<HotMethod> executing = all.stream().filter(m -> m.selfSamples() > 0);
        Stream<HotMethod> callers = all.stream().filter(m -> m.selfSamples() == 0)
                .sorted((a, b) -> Long.compare(b.totalSamples(), a.totalSamples())).limit(top);
        return Stream.concat(executing, callers).toList();
    }
}
