package jbound.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** {@code jbound jfc}: the recording settings jbound ships, to save and pass to the JVM. */
final class JfcCommand implements Command {

    static final String RESOURCE = "/jbound/jbound.jfc";

    @Override
    public String name() {
        return "jfc";
    }

    @Override
    public String summary() {
        return "print recording settings that let jbound see CPU, I/O and locks (jbound jfc > jbound.jfc)";
    }

    @Override
    public List<String> usage() {
        return List.of("jfc > jbound.jfc");
    }

    @Override
    public Options options() {
        return new Options();
    }

    @Override
    public void run(CommandLine line, Io io) throws UsageException {
        if (!line.getArgList().isEmpty()) {
            throw new UsageException("jfc takes no arguments; it prints jbound's recording settings");
        }
        io.out().print(settings());
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
