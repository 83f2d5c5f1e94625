package jbound.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import jbound.Analysis;
import jbound.AnalysisRequest;
import jbound.Analyzer;
import jbound.profile.ApplicationCode;
import jbound.report.AnalysisReport;
import jbound.report.JsonReport;
import jbound.support.Recordings;
import jbound.support.Slow;

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

    private static String json(Path recording) throws Exception {
        Analysis analysis = Analyzer.analyze(recording, AnalysisRequest.of(ApplicationCode.everythingButTheJdk()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonReport.writeValue(out, AnalysisReport.of(analysis, "test", 10_000));
        return out.toString(StandardCharsets.UTF_8);
    }
}
