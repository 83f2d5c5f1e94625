package jbound.recording;

/**
 * Receives the events of a recording, already translated out of {@code jdk.jfr.consumer}
 * types: threads and methods as numbers of the reader's tables, times as nanoseconds since
 * the epoch. Arrays and stacks passed in are shared: copy what you keep.
 */
public interface EventSink {

    /**
     * A sample of a thread on CPU (or, for {@code jdk.NativeMethodSample}, in native code).
     *
     * @param weight how many sampling intervals it stands for (Datadog's {@code weight}); 1 for most writers
     */
    void cpuSample(EventCatalog type, int thread, RecordedStack stack, long timeNanos, long weight);

    /**
     * A wall-clock sample: a thread in any state. Also a CPU-sample event whose {@code state} says
     * the thread was not running (a sampler in wall mode writing {@code jdk.ExecutionSample}).
     *
     * @param weight how many sampling intervals it stands for (async-profiler batches idle threads' samples)
     */
    void wallSample(EventCatalog type, int thread, RecordedStack stack, long timeNanos, SampledState state, long weight);

    /** An event that is evidence by its number alone ({@link EventCatalog.Role#COUNTED}). */
    default void counted(EventCatalog type, int thread, long timeNanos) {
    }

    /** The writers whose event types a segment's metadata declares; told once per segment and metadata. */
    default void writtenBy(int segment, java.util.Set<Writer> writers) {
    }

    void io(EventCatalog type, int thread, RecordedStack stack, long startNanos, long durationNanos, long bytes, String target);

    /**
     * A thread blocked or waiting; {@code subject} is the monitor's or parked-on object's class, if known;
     * {@code previousOwner} the thread that held the monitor before it ({@code jdk.JavaMonitorEnter}), or -1.
     */
    void waited(EventCatalog type, int thread, RecordedStack stack, long startNanos, long durationNanos, String subject, int previousOwner);

    /** A stop-the-world pause ({@link EventCatalog.Role#PAUSE}): a GC pause or a safepoint, which overlap where the GC's is one. */
    void paused(EventCatalog type, long startNanos, long durationNanos);

    /**
     * One {@code jdk.ObjectAllocationSample}: {@code bytes} allocated by the thread since its last
     * sample, the last of them an object of {@code objectClass} (null where unknown).
     */
    default void allocated(int thread, RecordedStack stack, long timeNanos, String objectClass, long bytes) {
    }

    /**
     * One {@code jdk.MethodTiming}: the calls of {@code method} counted since timing began in the
     * JVM that wrote {@code segment}; each event of a method carries the running total.
     */
    default void methodTiming(int segment, int method, long timeNanos, long invocations) {
    }

    /** Shares of the whole machine's capacity, 0 to 1, as {@code jdk.CPULoad} reports them. */
    void cpuLoad(long timeNanos, double jvmUser, double jvmSystem, double machineTotal);

    /** Shares of the whole machine's capacity, 0 to 1, as {@code jdk.ThreadCPULoad} reports them. */
    void threadCpuLoad(int thread, long timeNanos, double user, double system);

    /** One {@code jdk.ActiveSetting}: the setting in force for an event type. */
    void setting(String eventName, String name, String value);

    void cpuInformation(int hardwareThreads, String description);

    /**
     * {@code jdk.JVMInformation}: the JVM's name and version, and the class it was launched with
     * (null where it ran a jar or the writer does not say).
     */
    void jvmInformation(String jvmName, String jvmVersion, String mainClass);

    /** A segment was read to its end: objects handed out for it (stacks) will not be seen again. */
    default void segmentEnded() {
    }

    /**
     * An environment variable, system property or the JVM's command line: only delivered when the
     * reader was asked for the environment. Values are raw here; secrets are the sink's to mask.
     */
    void environment(EnvironmentSource source, String key, String value);

    /** Where an {@link #environment} entry comes from. */
    enum EnvironmentSource { ENVIRONMENT_VARIABLE, SYSTEM_PROPERTY, JVM_COMMAND_LINE }
}
