package jbound.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class RecordingSettingsTest {

    private final RecordingSettings settings = new RecordingSettings(Map.of(
            "jdk.SocketRead", Map.of("enabled", "true", "threshold", "20 ms", "throttle", "100/s"),
            "jdk.FileRead", Map.of("enabled", "true", "threshold", "0 ns", "throttle", "off"),
            "jdk.CPULoad", Map.of("enabled", "true", "period", "everyChunk"),
            "jdk.ExecutionSample", Map.of("enabled", "false", "period", "1 s")));

    @Test
    void durationsAreReadInTheirUnits() {
        assertEquals(20_000_000L, settings.nanos("jdk.SocketRead", "threshold").getAsLong());
        assertEquals(0L, settings.nanos("jdk.FileRead", "threshold").getAsLong());
        assertEquals(1_000_000_000L, settings.nanos("jdk.ExecutionSample", "period").getAsLong());
        assertTrue(settings.nanos("jdk.CPULoad", "period").isEmpty(), "everyChunk is not a duration");
    }

    @Test
    void throttlesAreEventsPerSecondAndOffIsNone() {
        assertEquals(100.0, settings.throttlePerSecond("jdk.SocketRead").orElseThrow());
        assertTrue(settings.throttlePerSecond("jdk.FileRead").isEmpty());
        assertEquals(10_000.0, RecordingSettings.parseRate("10/ms").orElseThrow(), 1e-9);
    }

    @Test
    void unknownEventsAreNeitherKnownNorEnabled() {
        assertFalse(settings.isKnown("jdk.SocketWrite"));
        assertFalse(settings.isEnabled("jdk.SocketWrite"));
        assertFalse(settings.isEnabled("jdk.ExecutionSample"));
        assertTrue(settings.isEnabled("jdk.FileRead"));
    }
}
