package jbound.recording;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Hands a segment's events on in file order, but holds those that come before the JVM describes
 * itself ({@code jdk.JVMInformation}, written at each chunk's start and flushed with the events of
 * its first second) until it has: what is the user's code depends on the main class it names, and
 * every event of the segment is then charged by the same rule. At most {@link #MOST_HELD} events
 * are held; a writer that never describes its JVM gets them handed on then, or at the segment's end.
 */
final class HeldUntilDescribed implements EventSink {

    static final int MOST_HELD = 100_000;

    private final EventSink sink;
    private List<Consumer<EventSink>> held = new ArrayList<>();

    HeldUntilDescribed(EventSink sink) {
        this.sink = sink;
    }

    /** Hands on what is held: the segment was read to its end. */
    void release() {
        if (held != null) {
            List<Consumer<EventSink>> events = held;
            held = null;
            events.forEach(event -> event.accept(sink));
        }
    }

    /** Whether events go straight on: the JVM was described, or the most that may be held were. */
    private boolean passing() {
        return held == null;
    }

    private void hold(Consumer<EventSink> event) {
        held.add(event);
        if (held.size() >= MOST_HELD) {
            release();
        }
    }

    @Override
    public void jvmInformation(String jvmName, String jvmVersion, String mainClass) {
        sink.jvmInformation(jvmName, jvmVersion, mainClass);
        release();
    }

    @Override
    public void cpuSample(EventCatalog type, int thread, RecordedStack stack, long timeNanos, long weight) {
        if (passing()) {
            sink.cpuSample(type, thread, stack, timeNanos, weight);
        } else {
            hold(s -> s.cpuSample(type, thread, stack, timeNanos, weight));
        }
    }

    @Override
    public void wallSample(EventCatalog type, int thread, RecordedStack stack, long timeNanos, SampledState state, long weight) {
        if (passing()) {
            sink.wallSample(type, thread, stack, timeNanos, state, weight);
        } else {
            hold(s -> s.wallSample(type, thread, stack, timeNanos, state, weight));
        }
    }

    @Override
    public void counted(EventCatalog type, int thread, long timeNanos) {
        if (passing()) {
            sink.counted(type, thread, timeNanos);
        } else {
            hold(s -> s.counted(type, thread, timeNanos));
        }
    }

    @Override
    public void writtenBy(int segment, java.util.Set<Writer> writers) {
        if (passing()) {
            sink.writtenBy(segment, writers);
        } else {
            hold(s -> s.writtenBy(segment, writers));
        }
    }

    @Override
    public void io(EventCatalog type, int thread, RecordedStack stack, long startNanos, long durationNanos, long bytes, String target) {
        if (passing()) {
            sink.io(type, thread, stack, startNanos, durationNanos, bytes, target);
        } else {
            hold(s -> s.io(type, thread, stack, startNanos, durationNanos, bytes, target));
        }
    }

    @Override
    public void waited(EventCatalog type, int thread, RecordedStack stack, long startNanos, long durationNanos, String subject,
                       int previousOwner) {
        if (passing()) {
            sink.waited(type, thread, stack, startNanos, durationNanos, subject, previousOwner);
        } else {
            hold(s -> s.waited(type, thread, stack, startNanos, durationNanos, subject, previousOwner));
        }
    }

    @Override
    public void paused(EventCatalog type, long startNanos, long durationNanos) {
        if (passing()) {
            sink.paused(type, startNanos, durationNanos);
        } else {
            hold(s -> s.paused(type, startNanos, durationNanos));
        }
    }

    @Override
    public void allocated(int thread, RecordedStack stack, long timeNanos, String objectClass, long bytes) {
        if (passing()) {
            sink.allocated(thread, stack, timeNanos, objectClass, bytes);
        } else {
            hold(s -> s.allocated(thread, stack, timeNanos, objectClass, bytes));
        }
    }

    @Override
    public void methodTiming(int segment, int method, long timeNanos, long invocations) {
        if (passing()) {
            sink.methodTiming(segment, method, timeNanos, invocations);
        } else {
            hold(s -> s.methodTiming(segment, method, timeNanos, invocations));
        }
    }

    @Override
    public void cpuLoad(long timeNanos, double jvmUser, double jvmSystem, double machineTotal) {
        if (passing()) {
            sink.cpuLoad(timeNanos, jvmUser, jvmSystem, machineTotal);
        } else {
            hold(s -> s.cpuLoad(timeNanos, jvmUser, jvmSystem, machineTotal));
        }
    }

    @Override
    public void threadCpuLoad(int thread, long timeNanos, double user, double system) {
        if (passing()) {
            sink.threadCpuLoad(thread, timeNanos, user, system);
        } else {
            hold(s -> s.threadCpuLoad(thread, timeNanos, user, system));
        }
    }

    @Override
    public void setting(String eventName, String name, String value) {
        if (passing()) {
            sink.setting(eventName, name, value);
        } else {
            hold(s -> s.setting(eventName, name, value));
        }
    }

    @Override
    public void cpuInformation(int hardwareThreads, String description) {
        if (passing()) {
            sink.cpuInformation(hardwareThreads, description);
        } else {
            hold(s -> s.cpuInformation(hardwareThreads, description));
        }
    }

    @Override
    public void segmentEnded() {
        release();
        sink.segmentEnded();
    }

    @Override
    public void environment(EnvironmentSource source, String key, String value) {
        if (passing()) {
            sink.environment(source, key, value);
        } else {
            hold(s -> s.environment(source, key, value));
        }
    }
}
