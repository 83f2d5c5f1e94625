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

    /** Caches keyed by the parser's shared objects are dropped past this size, so they cannot grow with the file. */
    private static final int IDENTITY_CACHE_LIMIT = 200_000;

    private final boolean readEnvironment;
    private final MethodTable methods = new MethodTable();
    private final ThreadTable threads = new ThreadTable();
    private final Map<EventCatalog, Long> eventCounts = new EnumMap<>(EventCatalog.class);

    private final Map<RecordedStackTrace, RecordedStack> stackCache = new IdentityHashMap<>();
    private final Map<RecordedMethod, Integer> methodCache = new IdentityHashMap<>();
    private final Map<RecordedThread, Integer> threadCache = new IdentityHashMap<>();

    /**
     * @param readEnvironment whether to read environment variables, system properties and the
     *                        JVM's command line; they hold secrets, so only when the user asks
     */
    public RecordingReader(boolean readEnvironment) {
        this.readEnvironment = readEnvironment;
    }

    public MethodTable methods() {
        return methods;
    }

    public ThreadTable threads() {
        return threads;
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
            readSegment(input, segment, sink, new SegmentProgress(segment, before, total, progress));
            sink.segmentEnded();
            before += segment.bytes();
            progress.advanced(before, total);
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
        // The parser's objects are only meaningful inside one segment.
        stackCache.clear();
        methodCache.clear();
        threadCache.clear();
        Map<Long, String> eventNameByTypeId = new HashMap<>();
        try (EventStream stream = EventStream.openFile(segment.file())) {
            stream.setOrdered(false);
            stream.setReuse(true);
            stream.onMetadata(metadata -> {
                for (EventType type : metadata.getEventTypes()) {
                    eventNameByTypeId.put(type.getId(), type.getName());
                }
            });
            for (EventCatalog type : EventCatalog.values()) {
                if (type.role() == EventCatalog.Role.ENVIRONMENT && !readEnvironment) {
                    continue;
                }
                stream.onEvent(type.eventName(), event -> {
                    eventCounts.merge(type, 1L, Long::sum);
                    dispatch(type, event, segment.index(), eventNameByTypeId, sink);
                    progress.eventRead(event);
                });
            }
            stream.start();
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError | InternalError e) {
            // The JDK's parser reports damaged input in all of these ways (InternalError for a
            // mangled type name, OutOfMemoryError for an implausible declared size): all mean "corrupt".
            String where = input.segments().size() > 1 ? " in the recording starting at byte " + segment.chunks().getFirst().offset() : "";
            throw new UnreadableRecordingException(input.source(),
                    "corrupt recording: the JDK's parser failed" + where + " (" + RecordingInput.describe(e) + ")", e);
        }
    }

    private void dispatch(EventCatalog type, RecordedEvent event, int segment, Map<Long, String> eventNames, EventSink sink) {
        switch (type.role()) {
            case CPU_SAMPLE -> sink.cpuSample(type, sampledThread(type, event, segment), stackOf(event), epochNanos(event.getStartTime()));
            case IO -> sink.io(type, threadId(event.getThread(), segment), stackOf(event), epochNanos(event.getStartTime()),
                    durationNanos(event), ioBytes(type, event), ioTarget(type, event));
            case WAIT -> sink.waited(type, threadId(event.getThread(), segment), stackOf(event), epochNanos(event.getStartTime()),
                    durationNanos(event), waitSubject(type, event));
            case PAUSE -> sink.gcPause(epochNanos(event.getStartTime()), durationNanos(event));
            case LOAD -> load(type, event, segment, sink);
            case DESCRIPTION -> describe(type, event, eventNames, sink);
            case ENVIRONMENT -> sink.environment(type == EventCatalog.INITIAL_ENVIRONMENT_VARIABLE
                            ? EventSink.EnvironmentSource.ENVIRONMENT_VARIABLE : EventSink.EnvironmentSource.SYSTEM_PROPERTY,
                    event.getString("key"), event.getString("value"));
        }
    }

    private int sampledThread(EventCatalog type, RecordedEvent event, int segment) {
        RecordedThread thread = type == EventCatalog.CPU_TIME_SAMPLE ? event.getThread() : event.getThread("sampledThread");
        return threadId(thread, segment);
    }

    private static long ioBytes(EventCatalog type, RecordedEvent event) {
        return switch (type) {
            case SOCKET_READ, FILE_READ -> Math.max(0, event.getLong("bytesRead"));
            case SOCKET_WRITE, FILE_WRITE -> Math.max(0, event.getLong("bytesWritten"));
            default -> 0;
        };
    }

    private static String ioTarget(EventCatalog type, RecordedEvent event) {
        if (type.isSocket()) {
            String host = event.getString("host");
            if (host == null || host.isEmpty()) {
                host = event.getString("address");
            }
            return (host == null || host.isEmpty() ? "?" : host) + ":" + event.getInt("port");
        }
        String path = event.getString("path");
        return path == null || path.isEmpty() ? "(unknown file)" : path;
    }

    private static String waitSubject(EventCatalog type, RecordedEvent event) {
        String field = switch (type) {
            case MONITOR_ENTER, MONITOR_WAIT -> "monitorClass";
            case THREAD_PARK -> "parkedClass";
            default -> null;
        };
        if (field == null || !event.hasField(field)) {
            return null;
        }
        RecordedClass subject = event.getClass(field);
        return subject == null ? null : subject.getName();
    }

    private void load(EventCatalog type, RecordedEvent event, int segment, EventSink sink) {
        long time = epochNanos(event.getStartTime());
        if (type == EventCatalog.CPU_LOAD) {
            sink.cpuLoad(time, event.getFloat("jvmUser"), event.getFloat("jvmSystem"), event.getFloat("machineTotal"));
        } else {
            sink.threadCpuLoad(threadId(event.getThread(), segment), time, event.getFloat("user"), event.getFloat("system"));
        }
    }

    private void describe(EventCatalog type, RecordedEvent event, Map<Long, String> eventNames, EventSink sink) {
        switch (type) {
            case ACTIVE_SETTING -> {
                String eventName = eventNames.get(event.getLong("id"));
                if (eventName != null) {
                    sink.setting(eventName, event.getString("name"), event.getString("value"));
                }
            }
            case CPU_INFORMATION -> sink.cpuInformation(event.getInt("hwThreads"), event.getString("cpu"));
            case JVM_INFORMATION -> {
                sink.jvmInformation(event.getString("jvmName"), event.getString("jvmVersion"));
                if (readEnvironment) {
                    sink.environment(EventSink.EnvironmentSource.JVM_COMMAND_LINE, "jvmArguments", event.getString("jvmArguments"));
                    sink.environment(EventSink.EnvironmentSource.JVM_COMMAND_LINE, "javaArguments", event.getString("javaArguments"));
                }
            }
            default -> throw new IllegalStateException("not a description event: " + type);
        }
    }

    private RecordedStack stackOf(RecordedEvent event) {
        RecordedStackTrace trace = event.getStackTrace();
        if (trace == null) {
            return RecordedStack.NONE;
        }
        RecordedStack known = stackCache.get(trace);
        if (known != null) {
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
        RecordedStack stack = new RecordedStack(n == ids.length ? ids : java.util.Arrays.copyOf(ids, n), trace.isTruncated());
        if (stackCache.size() >= IDENTITY_CACHE_LIMIT) {
            stackCache.clear();
        }
        stackCache.put(trace, stack);
        return stack;
    }

    private int methodId(RecordedMethod method) {
        Integer known = methodCache.get(method);
        if (known != null) {
            return known;
        }
        RecordedClass type = method.getType();
        String className = type == null || type.getName() == null ? "(unknown)" : type.getName();
        int id = methods.intern(className, MethodTable.displayName(className, method.getName(), method.getDescriptor()));
        if (methodCache.size() >= IDENTITY_CACHE_LIMIT) {
            methodCache.clear();
        }
        methodCache.put(method, id);
        return id;
    }

    private int threadId(RecordedThread thread, int segment) {
        if (thread == null) {
            return -1;
        }
        Integer known = threadCache.get(thread);
        if (known != null) {
            return known;
        }
        long javaId = thread.getJavaThreadId();
        String name = thread.getJavaName() != null ? thread.getJavaName() : thread.getOSName();
        // Threads without a Java id (VM threads) are told apart by their OS id, kept negative.
        long key = javaId > 0 ? javaId : -1 - thread.getOSThreadId();
        int id = threads.intern(segment, key, name, isVirtual(thread));
        if (threadCache.size() >= IDENTITY_CACHE_LIMIT) {
            threadCache.clear();
        }
        threadCache.put(thread, id);
        return id;
    }

    private static boolean isVirtual(RecordedThread thread) {
        return thread.hasField("virtual") && thread.getBoolean("virtual");
    }

    private static long durationNanos(RecordedEvent event) {
        Duration duration = event.getDuration();
        return Math.max(0, duration.toNanos());
    }

    static long epochNanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
