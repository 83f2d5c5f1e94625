package jbound.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

import jbound.live.TargetException;
import jbound.recording.UnreadableRecordingException;

/**
 * One jbound command, as the JDK's {@code jfr} tool has one class per subcommand: its name, what
 * it does in a line, how it is called, its own options (--help and --debug are added for all),
 * and what it does.
 */
interface Command {

    /** Where a command prints: results on {@code out}, progress and errors on {@code err}. */
    record Io(PrintStream out, PrintStream err) {
    }

    String name();

    /** One line for {@code jbound --help}. */
    String summary();

    /** How it is called, a line each, without the leading "jbound ". */
    List<String> usage();

    Options options();

    /**
     * @throws ReportedFailure where the command ran in a JVM of its own, which failed and said why
     * @throws TargetException where the JVM a live command names cannot be attached to or recorded
     */
    void run(CommandLine line, Io io) throws UsageException, UnreadableRecordingException, IOException, ReportedFailure, TargetException;
}
