package jbound.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jbound.Analysis;
import jbound.AnalysisRequest;
import jbound.Analyzer;
import jbound.profile.ApplicationCode;
import jbound.report.AnalysisReport;
import jbound.report.JsonReport;
import jbound.support.Recordings;
import jbound.support.Slow;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/** Taking event fields by position is only a faster way to the same result as taking them by name. */
@Slow
class EventFieldsTest {

    @Test
    void fieldsAreTakenByPositionInTheTestsJvm() {
        assertTrue(EventFields.positional(), "the tests' JVM opens jdk.jfr.consumer, as the jar's manifest does");
    }

    @Test
    void readingFieldsByPositionGivesExactlyWhatReadingThemByNameGives() throws Exception {
        for (String sample : new String[] {"IoBound", "LockContended", "Mixed"}) {
            Path recording = Recordings.of(sample);
            String byPosition = json(recording);
            EventFields.byNameOnly = true;
            try {
                assertEquals(byPosition, json(recording), sample);
            } finally {
                EventFields.byNameOnly = false;
            }
        }
    }

    /**
     * Fails loudly where a JDK changes how it keeps an event's values: the reader would fall back to
     * names, giving the same result slower (about 45% of its time on dense recordings), unnoticed.
     */
    @Test
    void everyHotEventTypeOfTheseRecordingsIsReadByPositionOnThisJdk() throws Exception {
        Map<EventCatalog, EventFields> read = new EnumMap<>(EventCatalog.class);
        for (Path recording : List.of(Recordings.of("IoBound"), Recordings.of("LockContended"))) {
            try (RecordingFile file = new RecordingFile(recording)) {
                while (file.hasMoreEvents()) {
                    RecordedEvent event = file.readEvent();
                    String name = event.getEventType().getName();
                    EventCatalog type = java.util.Arrays.stream(EventCatalog.values()).filter(t -> t.eventName().equals(name)).findFirst().orElse(null);
                    if (type != null && !read.containsKey(type)) {
                        EventFields fields = RecordingReader.fieldsOf(type);
                        fields.value(event, 0);
                        read.put(type, fields);
                    }
                }
            }
        }
        for (EventCatalog hot : List.of(EventCatalog.EXECUTION_SAMPLE, EventCatalog.SOCKET_READ,
                EventCatalog.MONITOR_ENTER, EventCatalog.ACTIVE_SETTING)) {
            assertTrue(read.containsKey(hot), () -> "the recordings hold " + hot + ": " + read.keySet());
        }
        read.forEach((type, fields) -> assertTrue(fields.readsByPosition(), () -> type + " is read by name on this JDK: its layout changed"));
    }

    private static String json(Path recording) throws Exception {
        Analysis analysis = Analyzer.analyze(recording, AnalysisRequest.of(ApplicationCode.everythingButTheJdk()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonReport.writeValue(out, AnalysisReport.of(analysis, "test", 10_000));
        return out.toString(StandardCharsets.UTF_8);
    }
}
