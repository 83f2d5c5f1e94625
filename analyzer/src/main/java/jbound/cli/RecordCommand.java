package jbound.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import jbound.live.AttachedJvm;
import jbound.live.LiveRecording;
import jbound.live.LocalJvm;
import jbound.live.LocalJvms;
import jbound.live.TargetException;
import jbound.recording.TemporaryFiles;
import jbound.recording.UnreadableRecordingException;
import jbound.report.OutputFile;
import jbound.report.TerminalText;

/**
 * {@code jbound record PID|NAME}: attach to a running JVM, record it with jbound's settings,
 * bring the bytes back over its management connection and analyze them as {@code analyze} does.
 */
final class RecordCommand implements Command {

    static final Duration DEFAULT_DURATION = Duration.ofSeconds(30);
    static final Duration SHORTEST = Duration.ofSeconds(1);
    /**
     * The target's own end for the recording comes this long after jbound's: jbound stops it
     * first and reads it; the target's end is only for a jbound that was killed.
     */
    static final Duration TARGET_GRACE = Duration.ofSeconds(60);

    @Override
    public String name() {
        return "record";
    }

    @Override
    public String summary() {
        return "attach to a running JVM, record it with jbound's settings, and analyze the recording";
    }

    @Override
    public List<String> usage() {
        return List.of("record PID|NAME [--duration 30s] [--out FILE.jfr] [--html OUT.html] [--json OUT.json] [--top N] [--threads]");
    }

    @Override
    public Options options() {
        return SharedOptions.report(new Options())
                .addOption(Option.builder().longOpt("duration").hasArg().argName("TIME")
                        .desc("how long to record, such as 30s or 2m (default 30s); Ctrl-C stops early").get())
                .addOption(Option.builder().longOpt("out").hasArg().argName("FILE.jfr").desc("also keep the recording").get())
                .addOption(Option.builder().longOpt("quiet").desc("no countdown or progress on stderr").get());
    }

    @Override
    public void run(CommandLine line, Io io) throws UsageException, UnreadableRecordingException, IOException, TargetException {
        Duration duration = SharedOptions.duration(line, "duration", DEFAULT_DURATION, SHORTEST);
        Outputs outputs = Outputs.of(line, io.out());
        OutputFile kept = outputs.recording(line, io.out());
        ReportOptions options = ReportOptions.of(line);
        boolean quiet = options.quiet();
        // Named last: a mistake in the options is said before any JVM is looked for.
        LocalJvm jvm = target(line, "record");

        Path folder = Files.createTempDirectory("jbound-record-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path recording = TemporaryFiles.create(folder, "pid-" + jvm.pid() + "-", ".jfr");
        try {
            LiveRecording.Retrieved retrieved = record(jvm, duration, folder, recording, io.err(), quiet);
            if (retrieved.targetEnded()) {
                io.err().println("jbound: pid " + jvm.pid() + " ended mid-recording; what follows is what it wrote as it exited");
            }
            if (kept != null) {
                kept.write(out -> Files.copy(recording, out));
                outputs.terminal().println("Recording kept in " + TerminalText.safe(kept.name()));
            }
            if (kept != null && kept.kind() == OutputFile.Kind.REGULAR_FILE) {
                // The user's file heads the report (a FIFO or device is not read back).
                AnalyzeCommand.report(kept.target(), null, options, outputs, io);
            } else {
                // Not the temporary copy's name, which is gone once jbound ends.
                AnalyzeCommand.report(recording, "pid " + jvm.pid() + " " + jvm.shownName() + ", recorded live", options, outputs, io);
            }
        } finally {
            TemporaryFiles.delete(recording);
            deleteFolder(folder);
        }
    }

    /** Attaches, records until the duration ends, Ctrl-C is pressed or the target ends, and brings the recording back. */
    private static LiveRecording.Retrieved record(LocalJvm jvm, Duration duration, Path folder, Path recording, PrintStream err, boolean quiet)
            throws TargetException, IOException {
        long attaching = System.nanoTime();
        try (CtrlC ctrlC = CtrlC.watch(); AttachedJvm attached = AttachedJvm.attach(jvm)) {
            try (LiveRecording live = LiveRecording.start(attached, "record", duration.plus(TARGET_GRACE), folder, null)) {
                if (!quiet) {
                    err.printf(Locale.ROOT, "jbound: recording pid %d (%s, Java %s) for %s with jbound's settings; attached in %d ms; Ctrl-C stops early%n",
                            jvm.pid(), TerminalText.safe(jvm.shownName()), TerminalText.safe(attached.javaVersion()), seconds(duration),
                            (System.nanoTime() - attaching) / 1_000_000);
                }
                Countdown.run(live, duration, ctrlC, err, quiet);
                long fetching = System.nanoTime();
                LiveRecording.Retrieved retrieved = live.stopAndCopy(recording);
                if (!quiet) {
                    err.printf(Locale.ROOT, "jbound: brought back %,.1f MB in %d ms%n", retrieved.bytes() / 1e6, (System.nanoTime() - fetching) / 1_000_000);
                }
                return retrieved;
            }
        }
    }

    /** The JVM the command line names: one argument, a pid or a name; a name that fits none or several is a usage error. */
    static LocalJvm target(CommandLine line, String command) throws UsageException, TargetException {
        List<String> args = line.getArgList();
        if (args.size() != 1) {
            throw new UsageException(command + " needs one JVM, by pid or main class: jbound " + command + " PID|NAME (jbound ps lists them)");
        }
        try {
            return LocalJvms.find(args.getFirst());
        } catch (LocalJvms.NamedWrongly e) {
            throw new UsageException(e.getMessage());
        }
    }

    static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1e3);
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (var left = Files.list(folder)) {
            for (Path file : left.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(folder);
    }
}
