package jbound.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

import jbound.live.TargetException;
import jbound.recording.UnreadableRecordingException;

import static jbound.report.TerminalText.safe;

/**
 * The {@code jbound} command. Every error the user can cause ends here as one line on stderr
 * and a documented exit code; stack traces only with {@code --debug}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command line; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, new LocalFleet());
    }

    /** Runs a command line whose fleet (and analyze of several recordings) reads with {@code fleetEngine}; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err, FleetEngine fleetEngine) {
        boolean debug = Arrays.asList(args).contains("--debug");
        try {
            return dispatch(args, out, err, commands(fleetEngine)).status;
        } catch (ReportedFailure e) {
            return e.status;
        } catch (UsageException e) {
            err.println("jbound: " + safe(e.getMessage()));
            err.println("Try 'jbound --help'.");
            return ExitCode.USAGE.status;
        } catch (UnreadableRecordingException e) {
            return fail(err, e.getMessage(), e, debug, ExitCode.UNREADABLE_INPUT);
        } catch (TargetException e) {
            return fail(err, e.getMessage(), e, debug, ExitCode.TARGET);
        } catch (IOException | UncheckedIOException e) {
            String message = e.getMessage() != null && e.getMessage().startsWith("cannot write") ? e.getMessage()
                    : "cannot write the output: " + e.getMessage();
            return fail(err, message, e, debug, ExitCode.USAGE);
        } catch (OutOfMemoryError e) {
            return fail(err, "out of memory (the heap holds at most " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB): give jbound more with JBOUND_JAVA_OPTS=-Xmx4g, or more still", e, debug, ExitCode.OUT_OF_MEMORY);
        } catch (RuntimeException | StackOverflowError e) {
            return fail(err, "internal error (" + e + "); please report it with --debug output", e, debug, ExitCode.INTERNAL_ERROR);
        }
    }

    /** One line on stderr, the stack trace only with --debug. */
    private static int fail(PrintStream err, String message, Throwable e, boolean debug, ExitCode code) {
        err.println("jbound: " + safe(message));
        if (debug) {
            e.printStackTrace(err);
        }
        return code.status;
    }

    /** Every command, in the order the help lists them. */
    private static List<Command> commands(FleetEngine fleetEngine) {
        FleetCommand fleet = new FleetCommand(fleetEngine);
        return List.of(new AnalyzeCommand(fleet), fleet, new DiffCommand(), new PsCommand(), new RecordCommand(), new TopCommand(),
                new LadderCommand(), new JfcCommand());
    }

    private static ExitCode dispatch(String[] args, PrintStream out, PrintStream err, List<Command> commands)
            throws UsageException, UnreadableRecordingException, IOException, ReportedFailure, TargetException {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            printHelp(commands, out);
            return ExitCode.OK;
        }
        if (args[0].equals("--version") || args[0].equals("-V")) {
            out.println("jbound " + version());
            return ExitCode.OK;
        }
        Command command = commands.stream().filter(c -> c.name().equals(args[0])).findFirst()
                .orElseThrow(() -> new UsageException("unknown command '" + safe(args[0]) + "'; the commands are "
                        + String.join(", ", commands.stream().map(Command::name).toList())));
        Options options = withCommonOptions(command.options());
        CommandLine line = parse(options, Arrays.copyOfRange(args, 1, args.length));
        if (line.hasOption("help")) {
            printHelp(command, options, out);
            return ExitCode.OK;
        }
        command.run(line, new Command.Io(out, err));
        return ExitCode.OK;
    }

    private static Options withCommonOptions(Options options) {
        return options
                .addOption(Option.builder().longOpt("debug").desc("print stack traces of errors").get())
                .addOption(Option.builder("h").longOpt("help").desc("show this help").get());
    }

    private static CommandLine parse(Options options, String[] args) throws UsageException {
        try {
            return DefaultParser.builder().get().parse(options, args);
        } catch (ParseException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static void printHelp(List<Command> commands, PrintStream out) {
        PrintWriter writer = new PrintWriter(out, true);
        writer.println("jbound " + version() + " — is this program waiting or thinking, and where?");
        writer.println();
        writer.println("Commands:");
        for (Command command : commands) {
            writer.printf("  %-8s %s%n", command.name(), command.summary());
        }
        writer.println();
        writer.println("  jbound COMMAND --help     the command's own usage and options");
        writer.println("  jbound --version");
        writer.println();
        printNotes(writer);
    }

    private static void printHelp(Command command, Options options, PrintStream out) {
        PrintWriter writer = new PrintWriter(out, true);
        writer.println("jbound " + command.name() + " — " + command.summary());
        writer.println();
        writer.println("Usage:");
        command.usage().forEach(u -> writer.println("  jbound " + u));
        writer.println();
        writer.println("Options:");
        for (Option option : options.getOptions()) {
            String flag = (option.getOpt() != null ? "-" + option.getOpt() + ", " : "") + "--" + option.getLongOpt()
                    + (option.hasArg() ? " " + option.getArgName() : "");
            writer.printf("  %-22s %s%n", flag, option.getDescription());
        }
        writer.println();
        printNotes(writer);
    }

    private static void printNotes(PrintWriter writer) {
        writer.println("FILE.jfr may be gzip-compressed, or - for standard input. OUT may be - for standard output");
        writer.println("(the terminal summary is then left out), a device or a FIFO (written into), or a link (its target is replaced).");
        writer.println("Exit status: 0 done, 2 usage error or unwritable output, 3 the recording cannot be read,");
        writer.println("4 out of memory (raise it with JBOUND_JAVA_OPTS=-Xmx...), 5 internal error (a bug in jbound),");
        writer.println("6 the JVM named cannot be attached to or recorded (not a JVM, ended, too old, attach disabled).");
        writer.flush();
    }

    static String version() {
        try (InputStream in = Main.class.getResourceAsStream("/jbound/version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
