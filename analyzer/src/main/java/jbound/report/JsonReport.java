package jbound.report;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Writes a report (an analysis, a fleet, a diff, the ladder's results) as JSON. */
public final class JsonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    public static void write(Object report, OutputFile target) throws IOException {
        target.write(out -> writeValue(out, report));
    }

    /** Any result record as indented JSON. */
    public static void writeValue(java.io.OutputStream out, Object value) throws IOException {
        MAPPER.writeValue(out, value);
    }
}
