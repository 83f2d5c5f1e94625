package jbound.cli;

import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

import jbound.live.JboundJfc;

/** {@code jbound jfc}: the recording settings jbound ships, to save and pass to the JVM. */
final class JfcCommand implements Command {

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
        io.out().print(JboundJfc.text());
    }
}
