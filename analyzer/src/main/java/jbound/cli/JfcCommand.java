package jbound.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** {@code jbound jfc}: the recording settings jbound ships, to save and pass to the JVM. */
final class JfcCommand {

    static final String RESOURCE = "/jbound/jbound.jfc";

    private JfcCommand() {
    }

    static String settings() {
        try (InputStream in = JfcCommand.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
