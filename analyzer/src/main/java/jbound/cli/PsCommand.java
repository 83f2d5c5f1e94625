package jbound.cli;

import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import jbound.live.JvmSurvey;
import jbound.live.LocalJvms;
import jbound.report.JvmTable;

/** {@code jbound ps}: the local JVMs, like jps, with what jbound needs to pick one. */
final class PsCommand implements Command {

    @Override
    public String name() {
        return "ps";
    }

    @Override
    public String summary() {
        return "the JVMs running here: pid, main class or jar, Java version, uptime, recordings they run";
    }

    @Override
    public List<String> usage() {
        return List.of("ps [--recordings]");
    }

    @Override
    public Options options() {
        return new Options().addOption(Option.builder().longOpt("recordings")
                .desc("ask every JVM which recordings it runs, starting its local management agent where it is not (as jconsole does)").get());
    }

    @Override
    public void run(CommandLine line, Io io) throws UsageException {
        if (!line.getArgList().isEmpty()) {
            throw new UsageException("ps takes no arguments; it lists the JVMs running here");
        }
        boolean startAgents = line.hasOption("recordings");
        JvmTable.print(JvmSurvey.of(LocalJvms.list(), startAgents), startAgents, io.out());
    }
}
