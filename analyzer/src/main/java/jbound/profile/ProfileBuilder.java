package jbound.profile;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jbound.recording.ChunkHeader;
import jbound.recording.EventCatalog;
import jbound.recording.EventSink;
import jbound.recording.MethodTable;
import jbound.recording.RecordedStack;
import jbound.recording.ReadIssue;
import jbound.recording.RecordingInput;
import jbound.recording.SampledState;
import jbound.recording.StackTable;
import jbound.recording.ThreadTable;
import jbound.recording.Writer;

/**
 * Receives a recording's events and hands each to the accumulator that owns it: stack tries of
 * samples and off-CPU time, per-thread evidence, I/O and wait totals. {@link #build} makes the
 * {@link Profile}; {@link #mergeFrom} adds what another builder read of other segments.
 */
public final class ProfileBuilder implements EventSink {

    private final MethodTable methods;
    private final ThreadTable threadTable;
    private final ApplicationFrames applicationFrames;
    private final StackMemos memos;

    private final SampledStacks samples;
    private final StackViews<TimeKind> offCpu;
    private final ThreadAccounts threads;
    private final IoAccumulator io = new IoAccumulator();
    private final NativeIoAccumulator nativeIo = new NativeIoAccumulator();
    private final WaitAccumulator waits = new WaitAccumulator();
    private final ActivitySeconds activity = new ActivitySeconds();
    private final LibraryNativeSamples libraryNative = new LibraryNativeSamples();
    private final CpuLoadReadings cpuLoad = new CpuLoadReadings();
    private final RecordingSettings.Builder settings = new RecordingSettings.Builder();
    private final RecordedEnvironment.Builder environment = new RecordedEnvironment.Builder();
    private final WritersBySegment writers = new WritersBySegment();
    private final RecordedJvm jvm = new RecordedJvm();
    private final GcPauseTotals gcPauses = new GcPauseTotals();
    private final PauseIntervals pauses = new PauseIntervals();
    private final AllocationAccumulator allocations = new AllocationAccumulator();
    /** Samples of threads selecting on sockets (a selector, an event loop): the threads that receive for async clients. */
    private final Count eventLoopSamples = new Count();
    private final Count truncatedStacks = new Count();
    private final TimedCalls timedCalls = new TimedCalls();

    public ProfileBuilder(ApplicationCode applicationCode, MethodTable methods, ThreadTable threads, StackTable stacks) {
        this.methods = methods;
        this.threadTable = threads;
        this.applicationFrames = new ApplicationFrames(applicationCode, methods);
        this.memos = new StackMemos(methods, applicationFrames, applicationCode.clients());
        this.samples = new SampledStacks(methods, applicationFrames, stacks);
        this.offCpu = new StackViews<>(TimeKind.class, TimeKind::fromEvents, stacks);
        this.threads = new ThreadAccounts(threads);
    }

    @Override
    public void cpuSample(EventCatalog type, int thread, RecordedStack stack, long timeNanos, long weight) {
        countTruncation(stack);
        // Only the application's threads make the timeline, as they make the verdict.
        boolean overTime = threads.isApplication(thread);
        if (overTime) {
            activity.point(ActivitySeconds.Series.OBSERVATIONS, timeNanos, weight);
        }
        switch (type) {
            case EXECUTION_SAMPLE, DATADOG_EXECUTION_SAMPLE -> {
                samples.addExecution(stack, memos.applicationFrame(stack), weight);
                // async-profiler and Datadog take one sample per interval of a thread's CPU time;
                // the JDK's sampler takes a few threads per period: counted apart, read differently.
                boolean profiler = type == EventCatalog.DATADOG_EXECUTION_SAMPLE || writers.currentChunkByAsyncProfiler();
                threads.executionSample(thread, profiler, timeNanos, weight);
                if (overTime) {
                    activity.point(profiler ? ActivitySeconds.Series.PROFILER_CPU_SAMPLES : ActivitySeconds.Series.EXECUTION_SAMPLES,
                            timeNanos, weight);
                    activity.charge(ActivitySeconds.Cause.CPU, timeNanos, memos.applicationFrame(stack), weight);
                }
            }
            case CPU_TIME_SAMPLE -> {
                samples.add(SampledStacks.Kind.CPU_TIME, stack, weight);
                threads.cpuTimeSample(thread, timeNanos, weight);
                if (overTime) {
                    activity.point(ActivitySeconds.Series.CPU_TIME_SAMPLES, timeNanos, weight);
                    activity.charge(ActivitySeconds.Cause.CPU, timeNanos, memos.applicationFrame(stack), weight);
                }
            }
            case NATIVE_METHOD_SAMPLE -> {
                samples.add(SampledStacks.Kind.NATIVE, stack, weight);
                NativeActivity doing = memos.nativeActivity(stack);
                if (doing == NativeActivity.IDLE && memos.inEventLoop(stack)) {
                    eventLoopSamples.add(weight);
                }
                if (doing.isIo()) {
                    nativeIo.add(doing, memos.applicationFrame(stack), memos.library(stack), stack.topFrame(), weight);
                    samples.add(SampledStacks.Kind.NATIVE_IO, stack, weight);
                }
                if (overTime && doing == NativeActivity.LIBRARY) {
                    libraryNative.add(memos.applicationFrame(stack), memos.library(stack), stack.topFrame(), weight);
                }
                threads.nativeSample(thread, doing, timeNanos, weight);
                if (overTime && doing.isIo()) {
                    activity.point(ActivitySeconds.Series.NATIVE_IO_SAMPLES, timeNanos, weight);
                    activity.charge(ActivitySeconds.Cause.IO, timeNanos, memos.applicationFrame(stack),
                            (double) weight * ThreadLedgers.DEFAULT_NATIVE_PERIOD_NANOS);
                }
            }
            default -> throw new IllegalArgumentException("not a CPU sample: " + type);
        }
    }

    @Override
    public void wallSample(EventCatalog type, int thread, RecordedStack stack, long timeNanos, SampledState state, long weight) {
        countTruncation(stack);
        boolean application = threads.isApplication(thread);
        if (application) {
            // Wall samples take every thread: the JVM's own, idle by design, would bury the application's.
            samples.add(SampledStacks.Kind.WALL, stack, weight);
        }
        if (memos.inEventLoop(stack)) {
            eventLoopSamples.add(weight);
        }
        if (thread >= 0) {
            WallActivity doing = memos.wallActivity(stack, state);
            threads.wallSample(thread, doing, timeNanos, weight);
            if (application) {
                wallOverTime(doing, stack, timeNanos, weight);
            }
        }
    }

    @Override
    public void io(EventCatalog type, int thread, RecordedStack stack, long startNanos, long durationNanos, long bytes, String target) {
        countTruncation(stack);
        int applicationFrame = memos.applicationFrame(stack);
        boolean waitingForWork = IoPurpose.waitsForWork(type, applicationFrame, target,
                type == EventCatalog.FILE_READ && memos.readsStandardInput(stack));
        threads.io(thread, waitingForWork, startNanos, durationNanos);
        if (threads.isApplication(thread)) {
            activity.spread(waitingForWork ? ActivitySeconds.Series.WAIT_NANOS : ActivitySeconds.Series.IO_NANOS, startNanos, durationNanos);
            activity.point(ActivitySeconds.Series.OBSERVATIONS, startNanos, 1);
            if (!waitingForWork) {
                activity.charge(ActivitySeconds.Cause.IO, startNanos, applicationFrame, durationNanos);
            }
        }
        offCpu.get(waitingForWork ? TimeKind.WAIT : type.isSocket() ? TimeKind.SOCKET_IO : TimeKind.FILE_IO).add(stack, durationNanos);
        io.add(type, stack, applicationFrame, memos.library(stack), startNanos, durationNanos, bytes, target, waitingForWork);
    }

    @Override
    public void waited(EventCatalog type, int thread, RecordedStack stack, long startNanos, long durationNanos, String subject,
                       int previousOwner) {
        countTruncation(stack);
        WaitCategory category = WaitCategory.of(type, subject);
        RemoteClients.Client client = null;
        if (category == WaitCategory.WAIT) {
            // What a park or a monitor wait waits on is told by its stack: a client's blocking call, a future of the user's.
            int on = memos.waitOn(stack);
            if (on >= 0) {
                category = WaitCategory.REMOTE_CALL;
                client = memos.clients().clients().get(on);
            } else if (on == StackMemos.A_FUTURE) {
                category = WaitCategory.FUTURE;
            }
        }
        boolean remote = category == WaitCategory.REMOTE_CALL;
        threads.waited(thread, category, startNanos, durationNanos);
        if (threads.isApplication(thread)) {
            boolean lock = category == WaitCategory.LOCK;
            activity.spread(lock ? ActivitySeconds.Series.LOCK_NANOS : remote ? ActivitySeconds.Series.IO_NANOS
                    : ActivitySeconds.Series.WAIT_NANOS, startNanos, durationNanos);
            activity.point(ActivitySeconds.Series.OBSERVATIONS, startNanos, 1);
            if (lock) {
                activity.point(ActivitySeconds.Series.LOCK_EVENTS, startNanos, 1);
                activity.charge(ActivitySeconds.Cause.LOCK, startNanos, memos.applicationFrame(stack), durationNanos);
            } else if (remote) {
                activity.charge(ActivitySeconds.Cause.IO, startNanos, memos.applicationFrame(stack), durationNanos);
            }
        }
        offCpu.get(category == WaitCategory.LOCK ? TimeKind.LOCK : remote ? TimeKind.REMOTE_CALL : TimeKind.WAIT).add(stack, durationNanos);
        waits.add(category, memos.applicationFrame(stack), remote ? client.library() : memos.library(stack), remote ? client.describe() : subject,
                durationNanos, previousOwner);
    }

    @Override
    public void methodTiming(int segment, int method, long timeNanos, long invocations) {
        timedCalls.add(segment, method, invocations);
    }

    @Override
    public void paused(EventCatalog type, long startNanos, long durationNanos) {
        if (type == EventCatalog.GC_PAUSE) {
            gcPauses.add(durationNanos);
        }
        // A GC pause lies within its safepoint: the intervals overlap, and count once.
        pauses.add(startNanos, durationNanos);
    }

    @Override
    public void allocated(int thread, RecordedStack stack, long timeNanos, String objectClass, long bytes) {
        countTruncation(stack);
        if (threads.isApplication(thread)) {
            allocations.add(memos.applicationFrame(stack), memos.library(stack), objectClass, bytes);
            activity.charge(ActivitySeconds.Cause.GC, timeNanos, memos.applicationFrame(stack), bytes);
        }
    }

    @Override
    public void cpuLoad(long timeNanos, double jvmUser, double jvmSystem, double machineTotal) {
        cpuLoad.add(timeNanos, jvmUser, jvmSystem, machineTotal);
    }

    @Override
    public void threadCpuLoad(int thread, long timeNanos, double user, double system) {
        if (thread >= 0) {
            threads.cpuLoad(thread, timeNanos, user + system);
            ThreadRole role = threads.role(thread);
            if (role != ThreadRole.REMOTE_MANAGEMENT) {
                activity.point(role == ThreadRole.APPLICATION ? ActivitySeconds.Series.MEASURED_CPU_SHARE
                        : ActivitySeconds.Series.JVM_MEASURED_CPU_SHARE, timeNanos, user + system);
            }
        }
    }

    @Override
    public void setting(String eventName, String name, String value) {
        settings.add(eventName, name, value);
    }

    @Override
    public void writtenBy(int segment, Set<Writer> segmentWriters) {
        writers.writtenBy(segment, segmentWriters);
    }

    @Override
    public void cpuInformation(int hardwareThreads, String description) {
        jvm.cpuInformation(hardwareThreads, description);
    }

    @Override
    public void jvmInformation(String jvmName, String jvmVersion, String mainClass) {
        if (jvm.jvmInformation(jvmName, jvmVersion, mainClass)) {
            learnMainClass(mainClass);
        }
    }

    private void learnMainClass(String mainClass) {
        if (applicationFrames.learnMainClass(mainClass)) {
            memos.forgetApplicationFrames();
        }
    }

    @Override
    public void environment(EnvironmentSource source, String key, String value) {
        environment.add(source, key, value);
    }

    /**
     * Adds everything {@code other} gathered from other segments, read with tables of its own:
     * its methods and threads are renumbered into this builder's tables. Sums, maxima and tries
     * merge exactly, so reading segments apart and merging equals reading them in one pass.
     */
    public void mergeFrom(ProfileBuilder other) {
        other.segmentEnded();
        segmentEnded();
        int[] m = other.methods.remapInto(methods);
        int[] t = other.threadTable.remapInto(threadTable);
        Remap numbers = new Remap(m, t);
        List<Merging<?>> ours = parts();
        List<Merging<?>> others = other.parts();
        for (int i = 0; i < ours.size(); i++) {
            mergeInto(ours.get(i), others.get(i), numbers);
        }
        // The other's main classes make more of the methods the application's (learning one twice changes nothing).
        jvm.mainClasses().forEach(this::learnMainClass);
    }

    /**
     * The accumulators that merge themselves, in one order for every builder: one added to the
     * builder is merged by being listed here (MergingPartsTest fails where one is not).
     */
    List<Merging<?>> parts() {
        return List.of(samples, offCpu, threads, io, nativeIo, waits, activity, libraryNative, cpuLoad,
                settings, environment, writers, jvm, pauses, allocations, gcPauses, eventLoopSamples, truncatedStacks, timedCalls);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Merging<T>> void mergeInto(Merging<?> mine, Merging<?> theirs, Remap numbers) {
        ((T) mine).merge((T) theirs, numbers);
    }

    @Override
    public void segmentEnded() {
        samples.flush();
        offCpu.flush();
    }

    /** The warnings, and one for each view whose stacks were too varied to keep whole. */
    private List<ReadIssue> withFolding(List<ReadIssue> readIssues) {
        List<ReadIssue> all = new ArrayList<>(readIssues);
        Map<String, StackTrie> views = new LinkedHashMap<>();
        samples.forEach((kind, trie) -> views.put(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " samples", trie));
        offCpu.forEach((kind, stacks) -> views.put(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " time", stacks.trie()));
        views.forEach((view, trie) -> {
            if (trie.foldedWeight() > 0) {
                all.add(new ReadIssue(ReadIssue.Kind.STACKS_FOLDED, String.format(java.util.Locale.ROOT, "the stacks of the %s have more "
                        + "distinct call paths than jbound keeps (%,d frames per view): %.1f%% of their weight is shown as \"(other stacks)\" "
                        + "under the frames it shares, so methods' self and total are lower bounds there; the verdict and the I/O and wait "
                        + "tables are unaffected", view, StackTrie.MAX_NODES, 100.0 * trie.foldedWeight() / Math.max(1, trie.totalWeight()))));
            }
        });
        return List.copyOf(all);
    }

    public Profile build(RecordingInput input, Map<EventCatalog, Long> eventCounts) {
        return build(input, eventCounts, input.warnings());
    }

    /** @param readIssues what to say about the reading: the input's own, chunks the parser refused, events left out, how it was read */
    public Profile build(RecordingInput input, Map<EventCatalog, Long> eventCounts, List<ReadIssue> readIssues) {
        segmentEnded();
        RecordingSettings recordingSettings = settings.build();
        ThreadLedgers.Periods periods = ThreadLedgers.Periods.of(recordingSettings);
        Span span = Span.of(input);
        RecordingFacts facts = new RecordingFacts(input.source().toString(), input.bytes(), input.chunkCount(),
                input.segments().size(), jvm.jvm(), jvm.jvmVersion(), jvm.firstMainClass().orElse(""), jvm.hardwareThreads(), jvm.cpu(),
                Instant.ofEpochSecond(0, span.startNanos()), Duration.ofNanos(span.nanos()), eventCounts, withFolding(readIssues),
                writers.descriptions());
        List<CpuLoadPoint> loadPoints = cpuLoad.points(span.startNanos(), facts.cores());
        ProcessLoad process = ProcessLoad.of(loadPoints, facts.hardwareThreads(), span.nanos());
        threads.joinThreadsOfOneJvm(JfrsyncPairs.of(input.segments(), writers.bySegment(), threadTable));
        ThreadLedgers.Result ledgers = threads.ledgers(recordingSettings, jvm.hardwareThreads(), span.startNanos(), process,
                new ThreadLedgers.JvmContext(pauses, eventLoopsReceived()));
        List<NativeSite> nativeSites = libraryNative.sites(this::methodName);
        Timeline timeline = Timeline.of(activity, pauses, span.startNanos(), span.endNanos(), periods, facts.cores(),
                Timeline.Totals.of(ledgers.threads()), this::methodName);
        return new Profile(facts, recordingSettings, methods,
                samples.result(periods.execution(), nativeSites),
                offCpu(span, periods, nativeSites, ledgers.threads()),
                ledgers.threads(),
                threads.lanes(ledgers.threads(), timeline, span.startNanos(), span.endNanos(), periods, pauses),
                new ProcessView(process, ledgers.coverage(), loadPoints, gcPauses.summary(pauses.unionNanos()), allocations.sites(this::methodName)),
                timeline, truncatedStacks.value(), applicationFrames.all(methods.size()), environment.build(),
                timedCalls.byMethod(methods::name));
    }

    /** From the first chunk's start to the last one's end. */
    private record Span(long startNanos, long endNanos) {

        static Span of(RecordingInput input) {
            List<ChunkHeader> chunks = input.segments().stream().flatMap(s -> s.chunks().stream()).toList();
            long start = chunks.stream().mapToLong(ChunkHeader::startNanos).min().orElse(0);
            long end = chunks.stream().mapToLong(c -> c.startNanos() + c.durationNanos()).max().orElse(start);
            return new Span(start, end);
        }

        long nanos() {
            return endNanos - startNanos;
        }
    }

    /**
     * The I/O and waits: as the events gave them, the I/O that native samples and time blocked in
     * native code show beyond them, and the off-CPU time's stacks.
     */
    private OffCpu offCpu(Span span, ThreadLedgers.Periods periods, List<NativeSite> nativeSites, List<ThreadLedger> threadLedgers) {
        List<IoSite> ioSites = io.sites(this::methodName);
        List<IoSite> nativeIoRows = nativeIo.beyond(ioSites, periods.nativeSamples(), this::methodName);
        List<IoSite> inferredIo = new ArrayList<>(nativeIoRows);
        inferredIo.addAll(blockedInNativeCode(nativeSites, threadLedgers));
        boolean futuresAreRemote = eventLoopsReceived();
        List<WaitSite> waitSites = waits.sites(this::methodName, id -> threadTable.name(id)).stream()
                .map(w -> futuresAreRemote && w.category() == WaitCategory.FUTURE ? w.asRemoteCall(RemoteClients.FUTURE) : w).toList();
        Map<TimeKind, StackTrie> offCpuNanos = new EnumMap<>(TimeKind.class);
        offCpu.forEach((kind, stacks) -> {
            if (stacks.trie().totalWeight() > 0) {
                offCpuNanos.put(kind, stacks.trie());
            }
        });
        return new OffCpu(ioSites, inferredIo, waitSites, java.util.Collections.unmodifiableMap(offCpuNanos),
                io.timeline(span.startNanos(), span.endNanos()), samples.trie(SampledStacks.Kind.NATIVE_IO),
                nativeIoNanosPerSample(nativeIoRows, periods));
    }

    /**
     * What one native I/O sample stands for in the flame graphs: the sampler's period, scaled down
     * so that all of them add up to the I/O the events did not show (the rows of {@code inferredIo}),
     * so that the graphs count that time once, as the ledger does.
     */
    private double nativeIoNanosPerSample(List<IoSite> inferredIo, ThreadLedgers.Periods periods) {
        long samplesTaken = samples.trie(SampledStacks.Kind.NATIVE_IO).totalWeight();
        long beyondEvents = inferredIo.stream().mapToLong(IoSite::totalNanos).sum();
        return samplesTaken == 0 ? 0 : Math.min(periods.nativeSamples(), (double) beyondEvents / samplesTaken);
    }

    /**
     * Whether threads were seen selecting on sockets (a selector, an event loop) in a fair number
     * of samples: then a future the application waited on is most likely a reply they received.
     */
    private boolean eventLoopsReceived() {
        return eventLoopSamples.value() >= MIN_EVENT_LOOP_SAMPLES;
    }

    /** A few samples: one stray selector (an attach listener's, a JMX connection's) does not make futures remote. */
    static final long MIN_EVENT_LOOP_SAMPLES = 5;

    /** The I/O tables' name for time blocked in native code, in place of a socket address or path. */
    static final String BLOCKED_IN_NATIVE_CODE = "(blocked in native code, beyond the threads' measured CPU)";

    /**
     * The application threads' time blocked in native code (see {@link ThreadLedger#nativeBlockedNanos()})
     * as I/O rows, shared out over the native sites by their samples: the tables then show what the
     * verdict counted, at the application method that called the library.
     */
    private static List<IoSite> blockedInNativeCode(List<NativeSite> sites, List<ThreadLedger> threads) {
        long blocked = threads.stream().filter(t -> !t.infrastructure()).mapToLong(ThreadLedger::nativeBlockedNanos).sum();
        long samples = sites.stream().mapToLong(NativeSite::samples).sum();
        if (blocked <= 0 || samples <= 0) {
            return List.of();
        }
        return sites.stream().map(s -> new IoSite(EventCatalog.NATIVE_METHOD_SAMPLE, s.method(), s.via(), s.nativeMethod(), BLOCKED_IN_NATIVE_CODE,
                s.samples(), (long) ((double) blocked * s.samples() / samples), 0, 0, false)).filter(s -> s.totalNanos() > 0).toList();
    }

    private String methodName(int method) {
        return method < 0 ? ApplicationCode.NO_APPLICATION_FRAME : methods.name(method);
    }

    /** An application thread's wall-clock sample, by what it was doing, in the second it was taken. */
    private void wallOverTime(WallActivity doing, RecordedStack stack, long timeNanos, long weight) {
        activity.point(ActivitySeconds.Series.OBSERVATIONS, timeNanos, weight);
        switch (doing) {
            case CPU -> {
                activity.point(ActivitySeconds.Series.WALL_CPU, timeNanos, weight);
                activity.charge(ActivitySeconds.Cause.CPU, timeNanos, memos.applicationFrame(stack), weight);
            }
            case IO -> activity.point(ActivitySeconds.Series.WALL_IO, timeNanos, weight);
            case LOCK -> activity.point(ActivitySeconds.Series.WALL_LOCK, timeNanos, weight);
            case WAITING -> activity.point(ActivitySeconds.Series.WALL_WAITING, timeNanos, weight);
            case OTHER -> {
            }
        }
    }

    private void countTruncation(RecordedStack stack) {
        if (stack.truncated()) {
            truncatedStacks.add(1);
        }
    }
}
