package jbound.report;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Writes an {@link AnalysisReport} as JSON, atomically. */
public final class JsonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    public static void write(AnalysisReport report, Path target) throws IOException {
        AtomicFile.write(target, out -> writeValue(out, report));
    }

    /** Any result record as indented JSON. */
    public static void writeValue(java.io.OutputStream out, Object value) throws IOException {
        MAPPER.writeValue(out, value);
    }
}
