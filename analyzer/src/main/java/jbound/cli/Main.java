package jbound.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Properties;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

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
        boolean debug = Arrays.asList(args).contains("--debug");
        try {
            return dispatch(args, out, err).status;
        } catch (UsageException e) {
            err.println("jbound: " + safe(e.getMessage()));
            err.println("Try 'jbound --help'.");
            return ExitCode.USAGE.status;
        } catch (UnreadableRecordingException e) {
            return fail(err, e.getMessage(), e, debug, ExitCode.UNREADABLE_INPUT);
        } catch (IOException | UncheckedIOException e) {
            String message = e.getMessage() != null && e.getMessage().startsWith("cannot write") ? e.getMessage()
                    : "cannot write the output: " + e.getMessage();
            return fail(err, message, e, debug, ExitCode.USAGE);
        } catch (OutOfMemoryError e) {
            return fail(err, "out of memory (the heap holds at most " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB): give jbound more with JBOUND_JAVA_OPTS=-Xmx4g, or more still", e, debug, ExitCode.OUT_OF_MEMORY);
        } catch (RuntimeException | StackOverflowError e) {
            return fail(err, "internal error (" + e + "); please report it with --debug output", e, debug, ExitCode.UNREADABLE_INPUT);
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

    private static ExitCode dispatch(String[] args, PrintStream out, PrintStream err) throws UsageException, UnreadableRecordingException, IOException {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            printHelp(out);
            return ExitCode.OK;
        }
        if (args[0].equals("--version") || args[0].equals("-V")) {
            out.println("jbound " + version());
            return ExitCode.OK;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "analyze" -> {
                CommandLine line = parse(AnalyzeCommand.options(), rest);
                if (line.hasOption("help")) {
                    printHelp(out);
                    return ExitCode.OK;
                }
                AnalyzeCommand.run(line, version(), out, err);
            }
            case "ladder" -> {
                CommandLine line = parse(LadderCommand.options(), rest);
                if (line.hasOption("help")) {
                    printHelp(out);
                    return ExitCode.OK;
                }
                LadderCommand.run(line, out, err);
            }
            case "diff" -> {
                CommandLine line = parse(DiffCommand.options(), rest);
                if (line.hasOption("help")) {
                    printHelp(out);
                    return ExitCode.OK;
                }
                DiffCommand.run(line, out);
            }
            case "jfc" -> {
                if (rest.length > 0) {
                    throw new UsageException("jfc takes no arguments; it prints jbound's recording settings");
                }
                out.print(JfcCommand.settings());
            }
            default -> throw new UsageException("unknown command '" + args[0] + "'; the commands are analyze, diff, ladder and jfc");
        }
        return ExitCode.OK;
    }

    private static CommandLine parse(Options options, String[] args) throws UsageException {
        try {
            return DefaultParser.builder().get().parse(options, args);
        } catch (ParseException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static void printHelp(PrintStream out) {
        PrintWriter writer = new PrintWriter(out, true);
        writer.println("jbound " + version() + " — is this program waiting or thinking, and where?");
        writer.println();
        writer.println("Usage:");
        writer.println("  jbound analyze FILE.jfr [--html OUT.html] [--json OUT.json] [--top N] [--threads]");
        writer.println("                          [--include PKG] [--exclude PKG]");
        writer.println("  jbound analyze A.jfr B.jfr ... | DIR/ [--html OUT.html] [--json OUT.json] [--top N]");
        writer.println("                              each recording's verdict, the outliers, and all of them together");
        writer.println("  jbound diff BEFORE.jfr AFTER.jfr [--html OUT.html] [--json OUT.json] [--top N]");
        writer.println("                              what changed: verdict, shares, methods and I/O, per second;");
        writer.println("                              the page holds a differential flame graph");
        writer.println("  jbound ladder [--kernel K] [--sizes 1e3,1e5,1e7] [--from FILE.jfr [--baseline RUNG]]");
        writer.println("                [--json OUT.json] [--html OUT.html]");
        writer.println("                              measure each rung of the optimization ladder on this machine");
        writer.println("  jbound jfc > jbound.jfc     print recording settings that let jbound see CPU, I/O and locks");
        writer.println("  jbound --help | --version");
        writer.println();
        writer.println("Options of analyze:");
        for (Option option : AnalyzeCommand.options().getOptions()) {
            String flag = (option.getOpt() != null ? "-" + option.getOpt() + ", " : "") + "--" + option.getLongOpt()
                    + (option.hasArg() ? " " + option.getArgName() : "");
            writer.printf("  %-22s %s%n", flag, option.getDescription());
        }
        writer.println();
        writer.println("FILE.jfr may be gzip-compressed, or - for standard input. OUT may be - for standard output");
        writer.println("(the terminal summary is then left out), a device or a FIFO (written into), or a link (its target is replaced).");
        writer.println("Exit status: 0 done, 2 usage error or unwritable output, 3 the recording cannot be read,");
        writer.println("4 out of memory (raise it with JBOUND_JAVA_OPTS=-Xmx...).");
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
