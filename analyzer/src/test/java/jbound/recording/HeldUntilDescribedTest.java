package jbound.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Events that come before the JVM describes itself reach the sink after the description, in file order. */
class HeldUntilDescribedTest {

    /** Writes down what it is told, in order. */
    private static final class Told implements EventSink {
        final List<String> told = new ArrayList<>();

        @Override
        public void cpuSample(EventCatalog type, int thread, RecordedStack stack, long timeNanos, long weight) {
            told.add("sample " + timeNanos);
        }

        @Override
        public void wallSample(EventCatalog type, int thread, RecordedStack stack, long timeNanos, SampledState state, long weight) {
            told.add("wall " + timeNanos);
        }

        @Override
        public void io(EventCatalog type, int thread, RecordedStack stack, long startNanos, long durationNanos, long bytes, String target) {
            told.add("io " + startNanos);
        }

        @Override
        public void waited(EventCatalog type, int thread, RecordedStack stack, long startNanos, long durationNanos, String subject,
                           int previousOwner) {
            told.add("wait " + startNanos);
        }

        @Override
        public void paused(EventCatalog type, long startNanos, long durationNanos) {
            told.add("pause " + startNanos);
        }

        @Override
        public void cpuLoad(long timeNanos, double jvmUser, double jvmSystem, double machineTotal) {
        }

        @Override
        public void threadCpuLoad(int thread, long timeNanos, double user, double system) {
        }

        @Override
        public void setting(String eventName, String name, String value) {
        }

        @Override
        public void cpuInformation(int hardwareThreads, String description) {
        }

        @Override
        public void jvmInformation(String jvmName, String jvmVersion, String mainClass) {
            told.add("jvm " + mainClass);
        }

        @Override
        public void segmentEnded() {
            told.add("end");
        }

        @Override
        public void environment(EnvironmentSource source, String key, String value) {
        }
    }

    @Test
    void everyKindOfEventIsHeldAndHandedOnNotDroppedByADefaultMethod() throws NoSuchMethodException {
        for (java.lang.reflect.Method method : EventSink.class.getMethods()) {
            if (!java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
                assertEquals(HeldUntilDescribed.class, HeldUntilDescribed.class.getMethod(method.getName(), method.getParameterTypes())
                        .getDeclaringClass(), method.getName());
            }
        }
    }

    @Test
    void eventsBeforeTheDescriptionFollowItInTheirOrderAndLaterOnesPassStraightOn() {
        Told sink = new Told();
        HeldUntilDescribed held = new HeldUntilDescribed(sink);
        held.cpuSample(EventCatalog.EXECUTION_SAMPLE, 1, RecordedStack.NONE, 1, 1);
        held.io(EventCatalog.SOCKET_READ, 1, RecordedStack.NONE, 2, 5, 10, "db:5432");
        held.waited(EventCatalog.THREAD_PARK, 1, RecordedStack.NONE, 3, 5, null, -1);
        assertEquals(List.of(), sink.told, "nothing before the JVM is described");

        held.jvmInformation("OpenJDK 64-Bit Server VM", "25", "com.acme.Main");
        held.paused(EventCatalog.GC_PAUSE, 4, 1);
        held.segmentEnded();

        assertEquals(List.of("jvm com.acme.Main", "sample 1", "io 2", "wait 3", "pause 4", "end"), sink.told);
    }

    @Test
    void aWriterThatNeverDescribesItsJvmHasItsEventsHandedOnAtTheMostHeldAndAtTheSegmentsEnd() {
        Told sink = new Told();
        HeldUntilDescribed held = new HeldUntilDescribed(sink);
        for (int i = 0; i < HeldUntilDescribed.MOST_HELD; i++) {
            held.wallSample(EventCatalog.WALL_CLOCK_SAMPLE, 1, RecordedStack.NONE, i, SampledState.NOT_RUNNING, 1);
        }
        assertEquals(HeldUntilDescribed.MOST_HELD, sink.told.size(), "memory stays bounded");
        held.wallSample(EventCatalog.WALL_CLOCK_SAMPLE, 1, RecordedStack.NONE, -1, SampledState.NOT_RUNNING, 1);
        assertEquals("wall -1", sink.told.getLast(), "once handed on, events pass straight on");

        Told other = new Told();
        HeldUntilDescribed fewHeld = new HeldUntilDescribed(other);
        fewHeld.paused(EventCatalog.SAFEPOINT, 7, 1);
        fewHeld.release();
        assertEquals(List.of("pause 7"), other.told, "the segment read to its end hands on what is held");
    }
}
