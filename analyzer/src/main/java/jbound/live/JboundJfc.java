package jbound.live;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Map;

import jdk.jfr.Configuration;

/** The recording settings jbound ships ({@code jbound jfc}): as a file's text, and as the settings a live recording is given. */
public final class JboundJfc {

    static final String RESOURCE = "/jbound/jbound.jfc";

    private JboundJfc() {
    }

    public static String text() {
        try (InputStream in = JboundJfc.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Event name and setting → value, as the Flight Recorder takes them; a target that lacks an
     * event (jdk.CPUTimeSample before JDK 25) ignores its settings.
     */
    public static Map<String, String> settings() {
        try {
            return Configuration.create(new StringReader(text())).getSettings();
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("jbound's own " + RESOURCE + " does not parse: " + e.getMessage(), e);
        }
    }
}
