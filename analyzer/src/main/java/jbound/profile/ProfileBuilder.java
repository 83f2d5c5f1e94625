package jbound.profile;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jbound.recording.ChunkHeader;
import jbound.recording.EventCatalog;
import jbound.recording.EventSink;
import jbound.recording.MethodTable;
import jbound.recording.RecordedStack;
import jbound.recording.StackTable;
import jbound.recording.RecordingInput;
import jbound.recording.ThreadTable;

/** Attributes the events of one recording as they stream by; {@link #build} makes the {@link Profile}. */
public final class ProfileBuilder implements EventSink {

    /** JVM and JFR housekeeping threads: their time says nothing about the application's. */
    static final List<String> HOUSEKEEPING_THREAD_PREFIXES = List.of("JFR ", "Reference Handler", "Finalizer",
            "Signal Dispatcher", "Common-Cleaner", "Attach Listener", "Notification Thread", "Service Thread",
            "Monitor Deflation Thread", "process reaper", "C1 CompilerThread", "C2 CompilerThread");

    /** The JDK's default sampling periods, for recordings that do not say which was in force. */
    private static final long DEFAULT_EXECUTION_PERIOD_NANOS = 20_000_000L;
    private static final long DEFAULT_NATIVE_PERIOD_NANOS = 20_000_000L;

    private final MethodTable methods;
    private final ThreadTable threadTable;
    private final StackTable stacks;
    private final ApplicationFrames applicationFrames;

    private final StackTrie executionSamples = new StackTrie();
    private final StackTrie cpuTimeSamples = new StackTrie();
    private final StackTrie nativeSamples = new StackTrie();
    private final Map<TimeKind, StackTrie> offCpuNanos = new java.util.EnumMap<>(TimeKind.class);
    private final StackBatch executionBatch;
    private final StackBatch cpuTimeBatch;
    private final StackBatch nativeBatch;
    private final Map<TimeKind, StackBatch> offCpuBatches = new java.util.EnumMap<>(TimeKind.class);
    private final Map<Long, long[]> ioBySecond = new TreeMap<>();
    private long lastIoSecond;
    private static final int IO_TYPES = EventCatalog.FILE_FORCE.ordinal() - EventCatalog.SOCKET_READ.ordinal() + 1;
    /** Per stack and I/O type, the totals used last and the ones before: most stacks write to one or two targets. */
    private IoTotals[] recentIoTotals = new IoTotals[0];
    private long[] lastIoSums;
    private final List<ThreadActivity> threads = new ArrayList<>();
    private final Map<IoKey, IoTotals> io = new HashMap<>();
    private final Map<WaitKey, WaitTotals> waits = new HashMap<>();
    /** Per stack id: 0 not yet known, else 1 + whether the native stack is in I/O code. */
    private byte[] nativeIoByStack = new byte[0];
    /** Per stack id: 0 not yet known, else the first application frame + 2 (it may be -1, "JDK only"). */
    private int[] applicationFrameByStack = new int[0];
    private final Map<Integer, Long> samplesByApplicationFrame = new HashMap<>();
    private final List<double[]> cpuLoad = new ArrayList<>();
    private final Map<String, Map<String, String>> settings = new TreeMap<>();
    private final RecordedEnvironment.Builder environment = new RecordedEnvironment.Builder();
    private int hardwareThreads;
    private String cpu = "";
    private String jvm = "";
    private String jvmVersion = "";
    private long gcPauseCount;
    private long gcPauseNanos;
    private long gcPauseMaxNanos;
    private long truncatedStacks;

    public ProfileBuilder(ApplicationCode applicationCode, MethodTable methods, ThreadTable threads, StackTable stacks) {
        this.methods = methods;
        this.threadTable = threads;
        this.stacks = stacks;
        this.executionBatch = new StackBatch(executionSamples, stacks);
        this.cpuTimeBatch = new StackBatch(cpuTimeSamples, stacks);
        this.nativeBatch = new StackBatch(nativeSamples, stacks);
        this.applicationFrames = new ApplicationFrames(applicationCode, methods);
    }

    @Override
    public void cpuSample(EventCatalog type, int thread, RecordedStack stack, long timeNanos) {
        countTruncation(stack);
        ThreadActivity activity = activity(thread);
        switch (type) {
            case EXECUTION_SAMPLE -> {
                executionBatch.add(stack, 1);
                int applicationFrame = applicationFrameOf(stack);
                samplesByApplicationFrame.merge(applicationFrame, 1L, Long::sum);
                if (activity != null) {
                    activity.executionSamples++;
                }
            }
            case CPU_TIME_SAMPLE -> cpuTimeBatch.add(stack, 1);
            case NATIVE_METHOD_SAMPLE -> {
                nativeBatch.add(stack, 1);
                if (activity != null) {
                    activity.nativeSamples++;
                    if (nativeIo(stack)) {
                        activity.nativeIoSamples++;
                    }
                }
            }
            default -> throw new IllegalArgumentException("not a sample: " + type);
        }
        if (activity != null) {
            activity.seen(timeNanos, timeNanos);
        }
    }

    @Override
    public void io(EventCatalog type, int thread, RecordedStack stack, long startNanos, long durationNanos, long bytes, String target) {
        countTruncation(stack);
        ThreadActivity activity = activity(thread);
        if (activity != null) {
            activity.ioEventNanos += durationNanos;
            activity.seen(startNanos, startNanos + durationNanos);
        }
        offCpuBatch(type.isSocket() ? TimeKind.SOCKET_IO : TimeKind.FILE_IO).add(stack, durationNanos);
        long[] second = ioSecond(Math.floorDiv(startNanos, 1_000_000_000L));
        second[0]++;
        second[1] += durationNanos;
        ioTotals(type, stack, target).add(durationNanos, bytes, stack.topFrame());
    }

    @Override
    public void waited(EventCatalog type, int thread, RecordedStack stack, long startNanos, long durationNanos, String subject) {
        countTruncation(stack);
        WaitCategory category = WaitCategory.of(type, subject);
        ThreadActivity activity = activity(thread);
        if (activity != null) {
            switch (category) {
                case LOCK -> activity.lockNanos += durationNanos;
                case WAIT -> activity.waitNanos += durationNanos;
                case SLEEP -> activity.sleepNanos += durationNanos;
            }
            activity.seen(startNanos, startNanos + durationNanos);
        }
        offCpuBatch(category == WaitCategory.LOCK ? TimeKind.LOCK : TimeKind.WAIT).add(stack, durationNanos);
        WaitKey key = new WaitKey(category, applicationFrameOf(stack), subject);
        waits.computeIfAbsent(key, k -> new WaitTotals()).add(durationNanos);
    }

    @Override
    public void gcPause(long startNanos, long durationNanos) {
        gcPauseCount++;
        gcPauseNanos += durationNanos;
        gcPauseMaxNanos = Math.max(gcPauseMaxNanos, durationNanos);
    }

    @Override
    public void cpuLoad(long timeNanos, double jvmUser, double jvmSystem, double machineTotal) {
        cpuLoad.add(new double[] {timeNanos, jvmUser, jvmSystem, machineTotal});
    }

    @Override
    public void threadCpuLoad(int thread, long timeNanos, double user, double system) {
        ThreadActivity activity = activity(thread);
        if (activity != null) {
            activity.cpuLoadReadings++;
            activity.cpuLoadSum += user + system;
            activity.seen(timeNanos, timeNanos);
        }
    }

    @Override
    public void setting(String eventName, String name, String value) {
        if (name == null || value == null) {
            return; // a damaged setting says nothing
        }
        settings.computeIfAbsent(eventName, e -> new TreeMap<>()).put(name, value);
    }

    @Override
    public void cpuInformation(int hardwareThreads, String description) {
        this.hardwareThreads = Math.max(this.hardwareThreads, hardwareThreads);
        this.cpu = description == null ? "" : description;
    }

    @Override
    public void jvmInformation(String jvmName, String jvmVersion) {
        this.jvm = jvmName == null ? "" : jvmName;
        this.jvmVersion = shortVersion(jvmVersion == null ? "" : jvmVersion);
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
        executionSamples.merge(other.executionSamples, m);
        cpuTimeSamples.merge(other.cpuTimeSamples, m);
        nativeSamples.merge(other.nativeSamples, m);
        other.offCpuNanos.forEach((kind, trie) -> offCpuTrie(kind).merge(trie, m));
        other.ioBySecond.forEach((second, v) -> {
            long[] mine = ioBySecond.computeIfAbsent(second, s -> new long[2]);
            mine[0] += v[0];
            mine[1] += v[1];
        });
        for (int id = 0; id < other.threads.size(); id++) {
            ThreadActivity theirs = other.threads.get(id);
            if (theirs != null) {
                activity(t[id]).add(theirs);
            }
        }
        other.io.forEach((key, totals) -> io.computeIfAbsent(new IoKey(key.type(), remap(m, key.method()), key.target()), k -> new IoTotals(k.target()))
                .add(totals, remap(m, totals.topFrameOfLongest)));
        other.waits.forEach((key, totals) -> waits.computeIfAbsent(new WaitKey(key.category(), remap(m, key.method()), key.subject()),
                k -> new WaitTotals()).add(totals));
        other.samplesByApplicationFrame.forEach((method, count) -> samplesByApplicationFrame.merge(remap(m, method), count, Long::sum));
        cpuLoad.addAll(other.cpuLoad);
        other.settings.forEach((event, values) -> settings.computeIfAbsent(event, e -> new TreeMap<>()).putAll(values));
        environment.merge(other.environment);
        hardwareThreads = Math.max(hardwareThreads, other.hardwareThreads);
        cpu = cpu.isEmpty() ? other.cpu : cpu;
        jvm = jvm.isEmpty() ? other.jvm : jvm;
        jvmVersion = jvmVersion.isEmpty() ? other.jvmVersion : jvmVersion;
        gcPauseCount += other.gcPauseCount;
        gcPauseNanos += other.gcPauseNanos;
        gcPauseMaxNanos = Math.max(gcPauseMaxNanos, other.gcPauseMaxNanos);
        truncatedStacks += other.truncatedStacks;
    }

    private static int remap(int[] remap, int method) {
        return method < 0 ? method : remap[method];
    }

    @Override
    public void segmentEnded() {
        executionBatch.flush();
        cpuTimeBatch.flush();
        nativeBatch.flush();
        offCpuBatches.values().forEach(StackBatch::flush);
    }

    public Profile build(RecordingInput input, Map<EventCatalog, Long> eventCounts) {
        segmentEnded();
        RecordingSettings recordingSettings = new RecordingSettings(settings);
        List<ChunkHeader> chunks = input.segments().stream().flatMap(s -> s.chunks().stream()).toList();
        long startNanos = chunks.stream().mapToLong(ChunkHeader::startNanos).min().orElse(0);
        long endNanos = chunks.stream().mapToLong(c -> c.startNanos() + c.durationNanos()).max().orElse(startNanos);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (EventCatalog type : EventCatalog.values()) {
            counts.put(type.eventName(), eventCounts.getOrDefault(type, 0L));
        }
        RecordingFacts facts = new RecordingFacts(input.source().toString(), input.bytes(), input.chunkCount(),
                input.segments().size(), jvm, jvmVersion, hardwareThreads, cpu,
                Instant.ofEpochSecond(0, startNanos), Duration.ofNanos(endNanos - startNanos), counts, input.warnings());
        int cores = Math.max(1, hardwareThreads);
        return new Profile(facts, recordingSettings, methods, executionSamples, cpuTimeSamples, nativeSamples,
                hotMethods(executionSamples), hotApplicationMethods(), hotMethods(cpuTimeSamples), hotMethods(nativeSamples),
                ioSites(), waitSites(), threadProfiles(recordingSettings, cores), cpuLoadPoints(startNanos, cores),
                new GcPauses(gcPauseCount, gcPauseNanos, gcPauseMaxNanos), truncatedStacks,
                java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(offCpuNanos)), ioTimeline(startNanos), executionPeriodNanos(recordingSettings),
                applicationFrames.all(methods.size()), environment.build());
    }

    private int applicationFrameOf(RecordedStack stack) {
        int id = stack.id();
        if (id >= applicationFrameByStack.length) {
            applicationFrameByStack = Arrays.copyOf(applicationFrameByStack, Math.max(id + 1, 2 * applicationFrameByStack.length));
        }
        int known = applicationFrameByStack[id];
        if (known == 0) {
            known = applicationFrames.firstApplicationFrame(stack) + 2;
            applicationFrameByStack[id] = known;
        }
        return known - 2;
    }

    private boolean nativeIo(RecordedStack stack) {
        int id = stack.id();
        if (id >= nativeIoByStack.length) {
            nativeIoByStack = Arrays.copyOf(nativeIoByStack, Math.max(id + 1, 2 * nativeIoByStack.length));
        }
        if (nativeIoByStack[id] == 0) {
            nativeIoByStack[id] = (byte) (NativeActivity.of(stack, methods).isIo() ? 2 : 1);
        }
        return nativeIoByStack[id] == 2;
    }

    /**
     * Weights summed per stack id before they go into the trie: most events cost an array add
     * instead of a walk down the trie; each touched stack goes into the trie once per flush.
     */
    private static final class StackBatch {
        private final StackTrie trie;
        private final StackTable stacks;
        private long[] weights = new long[0];
        private int[] touched = new int[16];
        private int touchedCount;

        StackBatch(StackTrie trie, StackTable stacks) {
            this.trie = trie;
            this.stacks = stacks;
        }

        void add(RecordedStack stack, long weight) {
            int id = stack.id();
            if (id >= weights.length) {
                weights = Arrays.copyOf(weights, Math.max(id + 1, 2 * weights.length));
            }
            if (weights[id] == 0) {
                // A stack of weight 0 may be listed twice; the second flush of it adds nothing.
                if (touchedCount == touched.length) {
                    touched = Arrays.copyOf(touched, 2 * touched.length);
                }
                touched[touchedCount++] = id;
            }
            weights[id] += weight;
        }

        void flush() {
            for (int i = 0; i < touchedCount; i++) {
                int id = touched[i];
                trie.add(stacks.get(id).framesLeafFirst(), weights[id]);
                weights[id] = 0;
            }
            touchedCount = 0;
        }
    }

    private StackTrie offCpuTrie(TimeKind kind) {
        return offCpuNanos.computeIfAbsent(kind, k -> new StackTrie());
    }

    private StackBatch offCpuBatch(TimeKind kind) {
        StackBatch batch = offCpuBatches.get(kind);
        if (batch == null) {
            batch = new StackBatch(offCpuTrie(kind), stacks);
            offCpuBatches.put(kind, batch);
        }
        return batch;
    }

    /**
     * The totals of an I/O event's (type, application method, target). Most events of a stack go
     * to one or two targets, so the totals last used for that stack and type are tried before the map.
     */
    private IoTotals ioTotals(EventCatalog type, RecordedStack stack, String target) {
        int slot = 2 * (stack.id() * IO_TYPES + type.ordinal() - EventCatalog.SOCKET_READ.ordinal());
        if (slot >= recentIoTotals.length) {
            recentIoTotals = Arrays.copyOf(recentIoTotals, Math.max(slot + 2, 2 * recentIoTotals.length));
        }
        IoTotals last = recentIoTotals[slot];
        if (last != null && (last.target == target || last.target.equals(target))) {
            return last;
        }
        IoTotals previous = recentIoTotals[slot + 1];
        IoTotals totals = previous != null && (previous.target == target || previous.target.equals(target)) ? previous
                : io.computeIfAbsent(new IoKey(type, applicationFrameOf(stack), target), k -> new IoTotals(k.target()));
        recentIoTotals[slot + 1] = last;
        recentIoTotals[slot] = totals;
        return totals;
    }

    /** The sums of one second; events come mostly in time order, so the last one is usually it. */
    private long[] ioSecond(long second) {
        if (second != lastIoSecond || lastIoSums == null) {
            lastIoSums = ioBySecond.computeIfAbsent(second, s -> new long[2]);
            lastIoSecond = second;
        }
        return lastIoSums;
    }

    private List<IoTimeline> ioTimeline(long startNanos) {
        return ioBySecond.entrySet().stream()
                .map(e -> new IoTimeline(Math.max(0, e.getKey() * 1000 - startNanos / 1_000_000L), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    private List<HotMethod> hotMethods(StackTrie trie) {
        long all = trie.totalWeight();
        return trie.methodWeights(methods.size()).stream()
                .sorted(Comparator.comparingLong(StackTrie.MethodWeight::self).reversed()
                        .thenComparing(Comparator.comparingLong(StackTrie.MethodWeight::total).reversed())
                        .thenComparing(w -> methods.name(w.method())))
                .map(w -> new HotMethod(methods.name(w.method()), w.self(), percent(w.self(), all), w.total(), percent(w.total(), all),
                        applicationFrames.isApplication(w.method())))
                .toList();
    }

    /** CPU samples charged to the first application frame of their stacks: where in the user's code the time goes. */
    private List<HotMethod> hotApplicationMethods() {
        long all = executionSamples.totalWeight();
        return samplesByApplicationFrame.entrySet().stream()
                .sorted(Map.Entry.<Integer, Long>comparingByValue().reversed().thenComparing(e -> methodName(e.getKey())))
                .map(e -> new HotMethod(methodName(e.getKey()), e.getValue(), percent(e.getValue(), all), e.getValue(),
                        percent(e.getValue(), all), e.getKey() >= 0))
                .toList();
    }

    private List<IoSite> ioSites() {
        return io.entrySet().stream()
                .map(e -> new IoSite(e.getKey().type(), methodName(e.getKey().method()), methodName(e.getValue().topFrameOfLongest),
                        e.getKey().target(), e.getValue().count, e.getValue().totalNanos, e.getValue().maxNanos, e.getValue().bytes))
                .sorted(Comparator.comparingLong(IoSite::totalNanos).reversed().thenComparing(IoSite::method)
                        .thenComparing(IoSite::target).thenComparing(IoSite::kind))
                .toList();
    }

    private List<WaitSite> waitSites() {
        return waits.entrySet().stream()
                .map(e -> new WaitSite(e.getKey().category(), methodName(e.getKey().method()), e.getKey().subject(),
                        e.getValue().count, e.getValue().totalNanos, e.getValue().maxNanos))
                .sorted(Comparator.comparingLong(WaitSite::totalNanos).reversed().thenComparing(WaitSite::method)
                        .thenComparing(w -> String.valueOf(w.subject())).thenComparing(WaitSite::category))
                .toList();
    }

    private static long executionPeriodNanos(RecordingSettings recordingSettings) {
        return recordingSettings.nanos(EventCatalog.EXECUTION_SAMPLE.eventName(), "period").orElse(DEFAULT_EXECUTION_PERIOD_NANOS);
    }

    private List<ThreadProfile> threadProfiles(RecordingSettings recordingSettings, int cores) {
        long executionPeriod = executionPeriodNanos(recordingSettings);
        long nativePeriod = recordingSettings.nanos(EventCatalog.NATIVE_METHOD_SAMPLE.eventName(), "period")
                .orElse(DEFAULT_NATIVE_PERIOD_NANOS);
        List<ThreadProfile> profiles = new ArrayList<>();
        for (int id = 0; id < threads.size(); id++) {
            ThreadActivity a = threads.get(id);
            if (a == null) {
                continue;
            }
            String name = threadTable.name(id);
            long ioNanos = Math.max(a.ioEventNanos, a.nativeIoSamples * nativePeriod);
            double measuredCores = a.cpuLoadReadings == 0 ? Double.NaN : a.cpuLoadSum / a.cpuLoadReadings * cores;
            profiles.add(new ThreadProfile(name, threadTable.isVirtual(id), isHousekeeping(name),
                    a.executionSamples, a.nativeSamples, a.nativeIoSamples, a.executionSamples * executionPeriod,
                    a.ioEventNanos, ioNanos, a.lockNanos, a.waitNanos, a.sleepNanos, Math.max(0, a.lastNanos - a.firstNanos),
                    measuredCores));
        }
        profiles.sort(Comparator.comparingLong(ThreadProfile::activeNanos).reversed().thenComparing(ThreadProfile::name));
        return profiles;
    }

    private List<CpuLoadPoint> cpuLoadPoints(long startNanos, int cores) {
        return cpuLoad.stream()
                .sorted(Comparator.comparingDouble(p -> p[0]))
                .map(p -> new CpuLoadPoint(((long) p[0] - startNanos) / 1_000_000L, p[1] * cores, p[2] * cores, p[3] * cores))
                .toList();
    }

    /** {@code jdk.JVMInformation} gives a banner ("OpenJDK 64-Bit Server VM (25.0.3+9-LTS) for linux-amd64 ..."); keep the version. */
    private static String shortVersion(String banner) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(([^)\\s]+)\\)").matcher(banner);
        return m.find() ? m.group(1) : banner;
    }

    private static boolean isHousekeeping(String threadName) {
        return HOUSEKEEPING_THREAD_PREFIXES.stream().anyMatch(threadName::startsWith);
    }

    private String methodName(int method) {
        return method < 0 ? "(JDK only)" : methods.name(method);
    }

    private ThreadActivity activity(int thread) {
        if (thread < 0) {
            return null;
        }
        while (threads.size() <= thread) {
            threads.add(null);
        }
        ThreadActivity activity = threads.get(thread);
        if (activity == null) {
            activity = new ThreadActivity();
            threads.set(thread, activity);
        }
        return activity;
    }

    private void countTruncation(RecordedStack stack) {
        if (stack.truncated()) {
            truncatedStacks++;
        }
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    /** Per-thread sums while reading. */
    private static final class ThreadActivity {
        long executionSamples;
        long nativeSamples;
        long nativeIoSamples;
        long ioEventNanos;
        long lockNanos;
        long waitNanos;
        long sleepNanos;
        long cpuLoadReadings;
        double cpuLoadSum;
        long firstNanos = Long.MAX_VALUE;
        long lastNanos = Long.MIN_VALUE;

        void seen(long from, long to) {
            firstNanos = Math.min(firstNanos, from);
            lastNanos = Math.max(lastNanos, to);
        }

        void add(ThreadActivity o) {
            executionSamples += o.executionSamples;
            nativeSamples += o.nativeSamples;
            nativeIoSamples += o.nativeIoSamples;
            ioEventNanos += o.ioEventNanos;
            lockNanos += o.lockNanos;
            waitNanos += o.waitNanos;
            sleepNanos += o.sleepNanos;
            cpuLoadReadings += o.cpuLoadReadings;
            cpuLoadSum += o.cpuLoadSum;
            firstNanos = Math.min(firstNanos, o.firstNanos);
            lastNanos = Math.max(lastNanos, o.lastNanos);
        }
    }

    private record IoKey(EventCatalog type, int method, String target) {
    }

    private static final class IoTotals {
        final String target;
        long count;
        long totalNanos;
        long maxNanos = -1;
        long bytes;
        int topFrameOfLongest = -1;

        IoTotals(String target) {
            this.target = target;
        }

        void add(long nanos, long eventBytes, int topFrame) {
            count++;
            totalNanos += nanos;
            bytes += eventBytes;
            if (nanos > maxNanos) {
                maxNanos = nanos;
                topFrameOfLongest = topFrame;
            }
        }

        void add(IoTotals o, int topFrameOfTheirLongest) {
            count += o.count;
            totalNanos += o.totalNanos;
            bytes += o.bytes;
            if (o.maxNanos > maxNanos) {
                maxNanos = o.maxNanos;
                topFrameOfLongest = topFrameOfTheirLongest;
            }
        }
    }

    private record WaitKey(WaitCategory category, int method, String subject) {
    }

    private static final class WaitTotals {
        long count;
        long totalNanos;
        long maxNanos;

        void add(long nanos) {
            count++;
            totalNanos += nanos;
            maxNanos = Math.max(maxNanos, nanos);
        }

        void add(WaitTotals o) {
            count += o.count;
            totalNanos += o.totalNanos;
            maxNanos = Math.max(maxNanos, o.maxNanos);
        }
    }
}
