package jbound.recording;

/**
 * Every JFR event type jbound reads, with what it means for the analysis. This table is the one
 * place that says which events count as CPU, I/O or waiting; the reader subscribes to exactly
 * these types, so the JDK's parser skips everything else.
 */
public enum EventCatalog {

    /** The JDK's sampler (threads in Java code), and async-profiler's in cpu/itimer mode (threads on CPU). */
    EXECUTION_SAMPLE("jdk.ExecutionSample", Role.CPU_SAMPLE),
    CPU_TIME_SAMPLE("jdk.CPUTimeSample", Role.CPU_SAMPLE),
    NATIVE_METHOD_SAMPLE("jdk.NativeMethodSample", Role.CPU_SAMPLE),
    /** The Datadog profiler's CPU samples ({@code weight} sampling intervals each). */
    DATADOG_EXECUTION_SAMPLE("datadog.ExecutionSample", Role.CPU_SAMPLE),

    /** async-profiler in wall-clock mode: every thread, running or not, with its state and a batch count. */
    WALL_CLOCK_SAMPLE("profiler.WallClockSample", Role.WALL_SAMPLE),
    /** The Datadog profiler's wall-clock samples. */
    DATADOG_METHOD_SAMPLE("datadog.MethodSample", Role.WALL_SAMPLE),

    SOCKET_READ("jdk.SocketRead", Role.IO),
    SOCKET_WRITE("jdk.SocketWrite", Role.IO),
    FILE_READ("jdk.FileRead", Role.IO),
    FILE_WRITE("jdk.FileWrite", Role.IO),
    FILE_FORCE("jdk.FileForce", Role.IO),

    MONITOR_ENTER("jdk.JavaMonitorEnter", Role.WAIT),
    MONITOR_WAIT("jdk.JavaMonitorWait", Role.WAIT),
    THREAD_PARK("jdk.ThreadPark", Role.WAIT),
    THREAD_SLEEP("jdk.ThreadSleep", Role.WAIT),
    /** A monitor became contended (inflated): evidence of lock contention even where waits are under the threshold. */
    MONITOR_INFLATE("jdk.JavaMonitorInflate", Role.COUNTED),

    GC_PAUSE("jdk.GCPhasePause", Role.PAUSE),
    /**
     * A safepoint, from the moment the JVM asked threads to stop to its end (reaching it included,
     * which a GC pause phase leaves out): every application thread stood stopped.
     */
    SAFEPOINT("jdk.SafepointBegin", Role.PAUSE),
    /** Allocations sampled by weight (bytes allocated since the thread's last sample): where the collector's work comes from. */
    ALLOCATION_SAMPLE("jdk.ObjectAllocationSample", Role.ALLOCATION),

    /** JDK 25's method timing (JEP 520): exact calls of the methods a filter named, counted since the recording began. */
    METHOD_TIMING("jdk.MethodTiming", Role.TIMING),

    CPU_LOAD("jdk.CPULoad", Role.LOAD),
    THREAD_CPU_LOAD("jdk.ThreadCPULoad", Role.LOAD),

    ACTIVE_SETTING("jdk.ActiveSetting", Role.DESCRIPTION),
    CPU_INFORMATION("jdk.CPUInformation", Role.DESCRIPTION),
    JVM_INFORMATION("jdk.JVMInformation", Role.DESCRIPTION),
    /** The Datadog profiler's own settings: its CPU and wall sampling intervals. */
    DATADOG_PROFILER_CONFIG("datadog.DatadogProfilerConfig", Role.DESCRIPTION),

    INITIAL_ENVIRONMENT_VARIABLE("jdk.InitialEnvironmentVariable", Role.ENVIRONMENT),
    INITIAL_SYSTEM_PROPERTY("jdk.InitialSystemProperty", Role.ENVIRONMENT);

    /** What an event type contributes. */
    public enum Role {
        CPU_SAMPLE,
        /** Samples of threads in any state: where they wait as well as where they compute. */
        WALL_SAMPLE,
        IO, WAIT, PAUSE, LOAD, DESCRIPTION,
        /** Sampled allocations, weighted by bytes. */
        ALLOCATION,
        /** Exact call counts of instrumented methods. */
        TIMING,
        /** Only counted: evidence by its number. */
        COUNTED,
        /** Where secrets live: read only when the user asks for the environment. */
        ENVIRONMENT
    }

    private final String eventName;
    private final Role role;

    EventCatalog(String eventName, Role role) {
        this.eventName = eventName;
        this.role = role;
    }

    public String eventName() {
        return eventName;
    }

    /** Today's name and, for the JDK's own events, the name JDK 9's recordings (JFR format 1.0) gave the same event. */
    public java.util.List<String> eventNames() {
        return eventName.startsWith("jdk.") ? java.util.List.of(eventName, JDK9_PREFIX + eventName.substring("jdk.".length()))
                : java.util.List.of(eventName);
    }

    /** The prefix of event names in recordings of JDK 9, before JFR was open-sourced as jdk.jfr in JDK 11. */
    static final String JDK9_PREFIX = "com.oracle.jdk.";

    /** An event name as today's JDKs spell it: JDK 9's {@code com.oracle.jdk.X} becomes {@code jdk.X}. */
    public static String modernName(String eventName) {
        return eventName != null && eventName.startsWith(JDK9_PREFIX) ? "jdk." + eventName.substring(JDK9_PREFIX.length()) : eventName;
    }

    public Role role() {
        return role;
    }

    public boolean isSocket() {
        return this == SOCKET_READ || this == SOCKET_WRITE;
    }
}
