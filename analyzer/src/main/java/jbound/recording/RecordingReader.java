package jbound.recording;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.EventType;
import jdk.jfr.consumer.EventStream;
import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;

/**
 * Streams the events of the {@link EventCatalog} out of a recording, segment by segment, into
 * an {@link EventSink}. Memory stays bounded by distinct methods, stacks and threads: events
 * are handed on and forgotten.
 */
public final class RecordingReader {

    /** The target of file I/O without a path: standard input, a pipe, a stream opened from a descriptor. */
    public static final String NO_PATH = "(no path: standard input, a pipe or a descriptor)";

    /** Caches keyed by the parser's shared objects are dropped past this size, so they cannot grow with the file. */
    private static final int IDENTITY_CACHE_LIMIT = 200_000;
    /**
     * The stack cache holds the parser's stack objects, frames and all (kilobytes each for deep
     * stacks), which would otherwise be garbage once their chunk is read: it is kept smaller.
     */
    private static final int STACK_CACHE_LIMIT = 20_000;

    private final boolean readEnvironment;
    private final MethodTable methods = new MethodTable();
    private final ThreadTable threads = new ThreadTable();
    private final StackTable stacks;
    private final int stackCacheLimit;
    private final Map<EventCatalog, Long> eventCounts = new EnumMap<>(EventCatalog.class);

    private final Map<RecordedStackTrace, RecordedStack> stackCache = new IdentityHashMap<>();
    private final Map<RecordedMethod, Integer> methodCache = new IdentityHashMap<>();
    private final Map<RecordedThread, Integer> threadCache = new IdentityHashMap<>();
    private final SocketTargets socketTargets = new SocketTargets();
    private final EventShapes shapes = new EventShapes();
    /** Events whose reading failed (a field the parser could not give, or a fault of ours), and the first failure, in file order. */
    private long failedEvents;
    private String firstFailure;
    private long clockCorrectionNanos;
    /** The last answers of the identity caches: the parser hands consecutive events the same objects. */
    private RecordedThread lastThread;
    private int lastThreadId;
    private RecordedStackTrace lastTrace;
    private RecordedStack lastStack;
    private RecordedClass lastAllocatedClass;
    private String lastAllocatedTypeName;
    private String lastStateName;
    private SampledState lastState = SampledState.UNKNOWN;

    /**
     * @param readEnvironment whether to read environment variables, system properties and the
     *                        JVM's command line; they hold secrets, so only when the user asks
     */
    public RecordingReader(boolean readEnvironment) {
        this(readEnvironment, 1);
    }

    /**
     * @param readersAtOnce how many readers share the heap: each keeps that share of the stacks
     *                      listed and cached, so that reading on more threads holds no more of
     *                      jbound's own than reading on one (the parser's chunks are each reader's)
     */
    public RecordingReader(boolean readEnvironment, int readersAtOnce) {
        this.readEnvironment = readEnvironment;
        int share = Math.max(1, readersAtOnce);
        this.stacks = new StackTable(Math.max(1, StackTable.MAX_LISTED / share));
        this.stackCacheLimit = Math.max(1, STACK_CACHE_LIMIT / share);
    }

    public MethodTable methods() {
        return methods;
    }

    public ThreadTable threads() {
        return threads;
    }

    public StackTable stacks() {
        return stacks;
    }

    /** Adds counts read by another reader (of chunks read apart). */
    public void addCounts(EventCatalog type, long count) {
        eventCounts.merge(type, count, Long::sum);
    }

    /** What was ignored while reading (event types under a JDK name with other fields), one line each. */
    public List<ReadIssue> warnings() {
        return shapes.warnings();
    }

    /** How many events could not be read and were left out. */
    public long failedEvents() {
        return failedEvents;
    }

    /** What the first of them failed with, or null. */
    public String firstFailure() {
        return firstFailure;
    }

    /** Adds the failures of another reader (of later chunks read apart). */
    public void addFailures(long events, String first) {
        failedEvents += events;
        firstFailure = firstFailure == null ? first : firstFailure;
    }

    /** How many events of each type were read. */
    public Map<EventCatalog, Long> eventCounts() {
        return Map.copyOf(eventCounts);
    }

    public void read(RecordingInput input, EventSink sink) throws UnreadableRecordingException {
        read(input, sink, ReadProgress.NONE);
    }

    /**
     * Reads every segment into the sink, telling {@code progress} how far it has come. The JDK's
     * parser does not say where in the file it is, so the position is estimated from the time of
     * the events within their segment's time span.
     */
    public void read(RecordingInput input, EventSink sink, ReadProgress progress) throws UnreadableRecordingException {
        read(input, input.segments(), sink, progress);
    }

    /** Reads only {@code segments} of the input; progress counts bytes of these segments. */
    public void read(RecordingInput input, List<Segment> segments, EventSink sink, ReadProgress progress)
            throws UnreadableRecordingException {
        long total = segments.stream().mapToLong(Segment::bytes).sum();
        long before = 0;
        for (Segment segment : segments) {
            stopIfInterrupted(input);
            readSegment(input, segment, sink, new SegmentProgress(segment, before, total, progress));
            sink.segmentEnded();
            before += segment.bytes();
            progress.advanced(before, total);
        }
    }

    /** A reader whose thread was told to stop (another reader failed) stops between parts. */
    public static void stopIfInterrupted(RecordingInput input) {
        if (Thread.currentThread().isInterrupted()) {
            throw new java.util.concurrent.CancellationException("reading " + input.source() + " was stopped");
        }
    }

    /** Estimates the bytes behind us from event times, every {@value #EVENTS_PER_REPORT} events. */
    private static final class SegmentProgress {
        static final int EVENTS_PER_REPORT = 1 << 14;
        private final long startNanos;
        private final long spanNanos;
        private final long bytesBefore;
        private final long segmentBytes;
        private final long total;
        private final ReadProgress progress;
        private long events;
        private long furthest;

        SegmentProgress(Segment segment, long bytesBefore, long total, ReadProgress progress) {
            this.startNanos = segment.chunks().getFirst().startNanos();
            ChunkHeader last = segment.chunks().getLast();
            this.spanNanos = Math.max(1, last.startNanos() + last.durationNanos() - startNanos);
            this.bytesBefore = bytesBefore;
            this.segmentBytes = segment.bytes();
            this.total = total;
            this.progress = progress;
        }

        void eventRead(RecordedEvent event) {
            if (++events % EVENTS_PER_REPORT != 0) {
                return;
            }
            double fraction = Math.clamp((double) (epochNanos(event.getStartTime()) - startNanos) / spanNanos, 0.0, 1.0);
            furthest = Math.max(furthest, (long) (fraction * segmentBytes));
            progress.advanced(bytesBefore + furthest, total);
        }
    }

    private void readSegment(RecordingInput input, Segment segment, EventSink sink, SegmentProgress progress)
            throws UnreadableRecordingException {
        clockCorrectionNanos = segment.clockCorrectionNanos();
        // The parser's objects are only meaningful inside one segment.
        stackCache.clear();
        methodCache.clear();
        threadCache.clear();
        lastThread = null;
        lastTrace = null;
        lastAllocatedClass = null;
        Map<Long, String> eventNameByTypeId = new HashMap<>();
        List<Map.Entry<EventCatalog, long[]>> counts = new java.util.ArrayList<>();
        RecordingInput.SegmentFile file;
        try {
            file = input.fileOf(segment);
        } catch (IOException e) {
            throw new UnreadableRecordingException(input.source(), "cannot copy part of the recording to a temporary file in "
                    + System.getProperty("java.io.tmpdir") + " (" + RecordingInput.describe(e)
                    + "); free space there, or run with JBOUND_JAVA_OPTS=-Djava.io.tmpdir=DIR", e);
        }
        long heapMark = HeapExhaustion.mark();
        HeldUntilDescribed held = new HeldUntilDescribed(sink);
        try (file; EventStream stream = EventStream.openFile(file.path())) {
            stream.setOrdered(false);
            stream.setReuse(true);
            // The JDK's stream prints an exception thrown while handling an event and goes on; here
            // it is counted, and the report says how many events were left out and why.
            stream.onError(failure -> {
                failedEvents++;
                if (firstFailure == null) {
                    firstFailure = RecordingInput.describe(failure);
                }
            });
            stream.onMetadata(metadata -> {
                List<String> declared = new java.util.ArrayList<>();
                for (EventType type : metadata.getEventTypes()) {
                    eventNameByTypeId.put(type.getId(), EventCatalog.modernName(type.getName()));
                    declared.add(type.getName());
                }
                held.writtenBy(segment.index(), Writer.of(declared));
            });
            for (EventCatalog type : EventCatalog.values()) {
                if (type.role() == EventCatalog.Role.ENVIRONMENT && !readEnvironment) {
                    continue;
                }
                long[] count = new long[1];
                counts.add(Map.entry(type, count));
                EventFields fields = fieldsOf(type);
                for (String name : type.eventNames()) {
                    // The type's answer, asked again only when the parser hands another declaration (a new chunk's).
                    EventType[] lastDeclared = new EventType[1];
                    boolean[] lastTrusted = new boolean[1];
                    stream.onEvent(name, event -> {
                        EventType declared = event.getEventType();
                        if (declared != lastDeclared[0]) {
                            lastTrusted[0] = shapes.trusted(type, declared);
                            lastDeclared[0] = declared;
                        }
                        if (!lastTrusted[0]) {
                            return;
                        }
                        count[0]++;
                        dispatch(type, event, fields, segment.index(), eventNameByTypeId, held);
                        progress.eventRead(event);
                    });
                }
            }
            stream.start();
            held.release();
            counts.forEach(c -> eventCounts.merge(c.getKey(), c.getValue()[0], Long::sum));
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError | InternalError e) {
            // The JDK's parser reports damaged input in all of these ways (InternalError for a
            // mangled type name, OutOfMemoryError for an implausible declared size): all mean
            // "corrupt", except a heap that really filled up.
            if (e instanceof OutOfMemoryError full && HeapExhaustion.filledSince(heapMark)) {
                throw full;
            }
            if (e instanceof java.util.concurrent.CancellationException stopped) {
                throw stopped;
            }
            String where = segment.offset() > 0 ? " in the chunks starting at byte " + segment.offset() : "";
            throw UnreadableRecordingException.parserRefused(input.source(),
                    "corrupt recording: the JDK's parser failed" + where + " (" + RecordingInput.describe(e) + ")", e);
        }
    }

    /** Field positions of the hot event types, by {@link #THREAD}, {@link #STACK}, then the type's own fields. */
    private static final int THREAD = 0;
    private static final int STACK = 1;
    private static final int OWN = 2;

    /** The fields the reader takes from events of {@code type}, in the order it asks for them. */
    static EventFields fieldsOf(EventCatalog type) {
        String thread = switch (type) {
            case EXECUTION_SAMPLE, NATIVE_METHOD_SAMPLE, WALL_CLOCK_SAMPLE -> "sampledThread";
            default -> "eventThread";
        };
        if (type.role() == EventCatalog.Role.CPU_SAMPLE || type.role() == EventCatalog.Role.WALL_SAMPLE) {
            // Every sample is read alike (sample(...)): its state, then the number of intervals it stands for, as each writer names them.
            String state = type == EventCatalog.CPU_TIME_SAMPLE ? EventFields.ABSENT : "state";
            String intervals = switch (type) {
                case WALL_CLOCK_SAMPLE -> "samples";
                case DATADOG_EXECUTION_SAMPLE, DATADOG_METHOD_SAMPLE -> "weight";
                default -> EventFields.ABSENT;
            };
            return new EventFields(thread, "stackTrace", state, intervals);
        }
        return switch (type) {
            case SOCKET_READ -> new EventFields(thread, "stackTrace", "bytesRead", "host", "address", "port");
            case SOCKET_WRITE -> new EventFields(thread, "stackTrace", "bytesWritten", "host", "address", "port");
            case FILE_READ -> new EventFields(thread, "stackTrace", "bytesRead", "path");
            case FILE_WRITE -> new EventFields(thread, "stackTrace", "bytesWritten", "path");
            case FILE_FORCE -> new EventFields(thread, "stackTrace", EventFields.ABSENT, "path");
            case MONITOR_ENTER -> new EventFields(thread, "stackTrace", "monitorClass", "previousOwner");
            case MONITOR_WAIT -> new EventFields(thread, "stackTrace", "monitorClass");
            case THREAD_PARK -> new EventFields(thread, "stackTrace", "parkedClass");
            case ALLOCATION_SAMPLE -> new EventFields(thread, "stackTrace", "objectClass", "weight");
            // a recording repeats every setting at each chunk's start: hundreds of thousands in a long file
            case ACTIVE_SETTING -> new EventFields(thread, "stackTrace", "id", "name", "value");
            default -> new EventFields(thread, "stackTrace", EventFields.ABSENT);
        };
    }

    private void dispatch(EventCatalog type, RecordedEvent event, EventFields fields, int segment, Map<Long, String> eventNames,
                          EventSink sink) {
        switch (type.role()) {
            case CPU_SAMPLE, WALL_SAMPLE -> sample(type, event, fields, segment, sink);
            case COUNTED -> sink.counted(type, threadId(fields, event, segment), time(event));
            case IO -> sink.io(type, threadId(fields, event, segment), stackOf(fields, event), time(event),
                    durationNanos(event), Math.clamp(fields.longValue(event, OWN, 0), 0, MAX_EVENT_BYTES), ioTarget(type, fields, event));
            case WAIT -> sink.waited(type, threadId(fields, event, segment), stackOf(fields, event), time(event),
                    durationNanos(event), fields.value(event, OWN) instanceof RecordedClass subject ? subject.getName() : null,
                    type == EventCatalog.MONITOR_ENTER && fields.value(event, OWN + 1) instanceof RecordedThread owner ? threadId(owner, segment) : -1);
            case PAUSE -> sink.paused(type, time(event), durationNanos(event));
            case ALLOCATION -> sink.allocated(threadId(fields, event, segment), stackOf(fields, event), time(event),
                    fields.value(event, OWN) instanceof RecordedClass allocated ? allocatedTypeName(allocated) : null,
                    Math.clamp(fields.longValue(event, OWN + 1, 0), 0, MAX_EVENT_BYTES));
            case TIMING -> {
                if (event.getValue("method") instanceof RecordedMethod method) {
                    sink.methodTiming(segment, methodId(method), time(event), Math.max(0, event.getLong("invocations")));
                }
            }
            case LOAD -> load(type, event, segment, sink);
            case DESCRIPTION -> describe(type, event, fields, eventNames, sink);
            case ENVIRONMENT -> sink.environment(type == EventCatalog.INITIAL_ENVIRONMENT_VARIABLE
                            ? EventSink.EnvironmentSource.ENVIRONMENT_VARIABLE : EventSink.EnvironmentSource.SYSTEM_PROPERTY,
                    event.getString("key"), event.getString("value"));
        }
    }

    /**
     * A CPU sample whose thread was not running is a wall-clock sample, whatever its event's name:
     * async-profiler in some modes writes sleeping threads as {@code jdk.ExecutionSample}.
     */
    private void sample(EventCatalog type, RecordedEvent event, EventFields fields, int segment, EventSink sink) {
        SampledState state = sampledState(stateName(fields.value(event, OWN)));
        long weight = Math.max(1, fields.longValue(event, OWN + 1, 1));
        int thread = threadId(fields, event, segment);
        RecordedStack stack = stackOf(fields, event);
        if (type.role() == EventCatalog.Role.WALL_SAMPLE || (state == SampledState.NOT_RUNNING && type != EventCatalog.NATIVE_METHOD_SAMPLE)) {
            sink.wallSample(type, thread, stack, time(event), state, weight);
        } else {
            sink.cpuSample(type, thread, stack, time(event), weight);
        }
    }

    /**
     * A sample's state, told from its name once per distinct name object: the names are constants
     * shared by every sample of a chunk, and nearly all samples carry the same one.
     */
    private SampledState sampledState(String name) {
        if (name != lastStateName) {
            lastStateName = name;
            lastState = SampledState.of(name);
        }
        return lastState;
    }

    /** A thread state is a constant of type jdk.types.ThreadState; the parser may hand it flattened to its name. */
    private static String stateName(Object state) {
        if (state instanceof String name) {
            return name;
        }
        if (state instanceof jdk.jfr.consumer.RecordedObject object && object.hasField("name")
                && object.getValue("name") instanceof String name) {
            return name;
        }
        return null;
    }

    private String ioTarget(EventCatalog type, EventFields fields, RecordedEvent event) {
        if (type.isSocket()) {
            String host = fields.value(event, OWN + 1) instanceof String h && !h.isEmpty() ? h
                    : fields.value(event, OWN + 2) instanceof String a && !a.isEmpty() ? a : "?";
            return socketTargets.of(host, (int) fields.longValue(event, OWN + 3, 0));
        }
        return fields.value(event, OWN + 1) instanceof String path && !path.isEmpty() ? path : NO_PATH;
    }

    private void load(EventCatalog type, RecordedEvent event, int segment, EventSink sink) {
        long time = time(event);
        // A load is a share of the machine: a reading outside [0, 1] (or NaN) is not one.
        if (type == EventCatalog.CPU_LOAD) {
            float user = event.getFloat("jvmUser");
            float system = event.getFloat("jvmSystem");
            float machine = event.getFloat("machineTotal");
            if (isShare(user) && isShare(system) && isShare(machine)) {
                sink.cpuLoad(time, user, system, machine);
            }
        } else {
            float user = event.getFloat("user");
            float system = event.getFloat("system");
            if (isShare(user) && isShare(system)) {
                sink.threadCpuLoad(threadId(event.getThread(), segment), time, user, system);
            }
        }
    }

    private static boolean isShare(float value) {
        return value >= 0 && value <= 1;
    }

    private void describe(EventCatalog type, RecordedEvent event, EventFields fields, Map<Long, String> eventNames, EventSink sink) {
        switch (type) {
            case ACTIVE_SETTING -> {
                String eventName = eventNames.get(fields.longValue(event, OWN, -1));
                if (eventName != null) {
                    sink.setting(eventName, fields.value(event, OWN + 1) instanceof String name ? name : null,
                            fields.value(event, OWN + 2) instanceof String value ? value : null);
                }
            }
            case CPU_INFORMATION -> {
                // Zero (unknown) unless plausible: the count divides CPU time into cores.
                long hardwareThreads = event.getLong("hwThreads");
                sink.cpuInformation(hardwareThreads > 0 && hardwareThreads <= MAX_HARDWARE_THREADS ? (int) hardwareThreads : 0,
                        event.getString("cpu"));
            }
            case DATADOG_PROFILER_CONFIG -> {
                // Its intervals are the sampling periods of its CPU and wall samples.
                datadogInterval(event, "cpuInterval").ifPresent(p -> sink.setting(EventCatalog.DATADOG_EXECUTION_SAMPLE.eventName(), "period", p));
                datadogInterval(event, "wallInterval").ifPresent(p -> sink.setting(EventCatalog.DATADOG_METHOD_SAMPLE.eventName(), "period", p));
            }
            case JVM_INFORMATION -> {
                sink.jvmInformation(event.getString("jvmName"), event.getString("jvmVersion"),
                        event.hasField("javaArguments") ? MainClass.of(event.getString("javaArguments")) : null);
                if (readEnvironment) {
                    sink.environment(EventSink.EnvironmentSource.JVM_COMMAND_LINE, "jvmArguments", event.getString("jvmArguments"));
                    sink.environment(EventSink.EnvironmentSource.JVM_COMMAND_LINE, "javaArguments", event.getString("javaArguments"));
                }
            }
            default -> throw new IllegalStateException("not a description event: " + type);
        }
    }

    private static java.util.Optional<String> datadogInterval(RecordedEvent event, String field) {
        if (!event.hasField(field)) {
            return java.util.Optional.empty();
        }
        try {
            Duration interval = event.getDuration(field);
            return interval.isNegative() || interval.isZero() ? java.util.Optional.empty()
                    : java.util.Optional.of(interval.toNanos() + " ns");
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty(); // not a time span in this writer's version: say nothing
        }
    }

    private RecordedStack stackOf(EventFields fields, RecordedEvent event) {
        if (!(fields.value(event, STACK) instanceof RecordedStackTrace trace)) {
            return RecordedStack.NONE;
        }
        if (trace == lastTrace) {
            return lastStack;
        }
        RecordedStack known = stackCache.get(trace);
        if (known != null) {
            lastTrace = trace;
            lastStack = known;
            return known;
        }
        List<RecordedFrame> frames = trace.getFrames();
        int[] ids = new int[frames.size()];
        int n = 0;
        for (RecordedFrame frame : frames) {
            RecordedMethod method = frame.getMethod();
            if (method != null) {
                ids[n++] = methodId(method);
            }
        }
        RecordedStack stack = stacks.intern(n == ids.length ? ids : java.util.Arrays.copyOf(ids, n), trace.isTruncated());
        if (stackCache.size() >= stackCacheLimit) {
            stackCache.clear();
        }
        stackCache.put(trace, stack);
        lastTrace = trace;
        lastStack = stack;
        return stack;
    }

    private int methodId(RecordedMethod method) {
        Integer known = methodCache.get(method);
        if (known != null) {
            return known;
        }
        RecordedClass type = method.getType();
        String className = type == null || type.getName() == null ? "(unknown)" : type.getName();
        String name = method.getName();
        int id = methods.intern(className, name == null ? "(unknown)" : name, method.getDescriptor());
        if (methodCache.size() >= IDENTITY_CACHE_LIMIT) {
            methodCache.clear();
        }
        methodCache.put(method, id);
        return id;
    }

    private int threadId(EventFields fields, RecordedEvent event, int segment) {
        return fields.value(event, THREAD) instanceof RecordedThread thread ? threadId(thread, segment) : -1;
    }

    private int threadId(RecordedThread thread, int segment) {
        if (thread == null) {
            return -1;
        }
        // Consecutive events are mostly of one thread: the parser hands the same object, asked once.
        if (thread == lastThread) {
            return lastThreadId;
        }
        // Remembered only once worked out: a damaged thread whose reading throws must not leave the
        // previous thread's number behind for its next event (a fuzz case charged evidence to a
        // number the table never named).
        int id = threadIdOf(thread, segment);
        lastThread = thread;
        lastThreadId = id;
        return id;
    }

    private int threadIdOf(RecordedThread thread, int segment) {
        Integer known = threadCache.get(thread);
        if (known != null) {
            return known;
        }
        long javaId = thread.getJavaThreadId();
        String name = thread.getJavaName() != null ? thread.getJavaName() : thread.getOSName();
        // Threads without a Java id (VM threads) are told apart by their OS id, kept negative.
        long key = javaId > 0 ? javaId : -1 - thread.getOSThreadId();
        int id = threads.intern(segment, key, name, isVirtual(thread), isCarrier(thread));
        if (threadCache.size() >= IDENTITY_CACHE_LIMIT) {
            threadCache.clear();
        }
        threadCache.put(thread, id);
        return id;
    }

    /**
     * The JDK's virtual-thread scheduler runs them on carrier threads of its own thread group; a
     * sample or event taken while one is mounted names the virtual thread, not its carrier.
     */
    private static boolean isCarrier(RecordedThread thread) {
        return thread.getThreadGroup() != null && CARRIER_THREAD_GROUP.equals(thread.getThreadGroup().getName());
    }

    private static final String CARRIER_THREAD_GROUP = "CarrierThreads";

    private static boolean isVirtual(RecordedThread thread) {
        return thread.hasField("virtual") && thread.getBoolean("virtual");
    }

    /**
     * A class as Java source names it: the JVM names arrays by descriptor ({@code [B},
     * {@code [Ljava.lang.String;}), which is {@code byte[]} and {@code java.lang.String[]} to a reader.
     */
    /** The allocated class's name as Java spells it, worked out once for consecutive samples of one class. */
    private String allocatedTypeName(RecordedClass allocated) {
        if (allocated != lastAllocatedClass) {
            String name = javaTypeName(allocated.getName());
            lastAllocatedClass = allocated;
            lastAllocatedTypeName = name;
        }
        return lastAllocatedTypeName;
    }

    static String javaTypeName(String name) {
        if (name == null || !name.startsWith("[")) {
            return name;
        }
        int dimensions = 0;
        while (dimensions < name.length() && name.charAt(dimensions) == '[') {
            dimensions++;
        }
        String element = name.substring(dimensions);
        String type = switch (element) {
            case "Z" -> "boolean";
            case "B" -> "byte";
            case "C" -> "char";
            case "S" -> "short";
            case "I" -> "int";
            case "J" -> "long";
            case "F" -> "float";
            case "D" -> "double";
            default -> element.startsWith("L") && element.endsWith(";") ? element.substring(1, element.length() - 1) : element;
        };
        return type + "[]".repeat(dimensions);
    }

    /** At most a year: no event of a real recording lasts longer, and sums of them stay far from overflow. */
    private static long durationNanos(RecordedEvent event) {
        Duration duration = event.getDuration();
        return duration.isNegative() ? 0 : duration.compareTo(MAX_EVENT_DURATION) > 0 ? MAX_EVENT_DURATION.toNanos() : duration.toNanos();
    }

    private static final Duration MAX_EVENT_DURATION = Duration.ofDays(365);
    /** More than any machine has; a larger count is a damaged or forged CPUInformation. */
    private static final int MAX_HARDWARE_THREADS = 1 << 16;
    /** A petabyte: no single read or write moves more; a larger count is forged, and would overflow the totals. */
    private static final long MAX_EVENT_BYTES = 1L << 50;

    /** The event's start in nanoseconds since the epoch, on the clock of its whole recording. */
    private long time(RecordedEvent event) {
        return epochNanos(event.getStartTime()) + clockCorrectionNanos;
    }

    static long epochNanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
