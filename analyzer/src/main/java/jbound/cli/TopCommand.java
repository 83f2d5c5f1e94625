package jbound.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import jbound.Analysis;
import jbound.AnalysisRequest;
import jbound.Analyzer;
import jbound.live.AttachedJvm;
import jbound.live.LiveRecording;
import jbound.live.LocalJvm;
import jbound.live.TargetException;
import jbound.profile.ApplicationCode;
import jbound.recording.TemporaryFiles;
import jbound.recording.UnreadableRecordingException;
import jbound.report.AnalysisReport;
import jbound.report.OutputFile;
import jbound.report.TerminalText;
import jbound.report.TopScreen;

/**
 * {@code jbound top PID|NAME}: a live view of a running JVM, refreshed every interval over a
 * sliding window. Each refresh brings back the window's part of jbound's recording in the target
 * and analyzes it as {@code analyze} does, so the live verdict is the saved recording's.
 */
final class TopCommand implements Command {

    static final Duration DEFAULT_WINDOW = Duration.ofSeconds(10);
    static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(2);
    static final Duration SHORTEST_INTERVAL = Duration.ofMillis(500);
    /** The target ends jbound's recording by itself this long after the last refresh: a killed jbound leaves nothing running for long. */
    static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);
    /** Shorter, and a refresh slowed by a long analysis could find the recording ended. */
    static final Duration SHORTEST_LEASE = Duration.ofSeconds(5);
    private static final int ROWS = 5;
    private static final int PLAIN_WIDTH = 160;

    @Override
    public String name() {
        return "top";
    }

    @Override
    public String summary() {
        return "a live view of a running JVM: verdict, shares, threads, methods, I/O and locks over a sliding window";
    }

    @Override
    public List<String> usage() {
        return List.of("top PID|NAME [--window 10s] [--interval 2s] [--iterations N] [--out FILE.jfr] [--lease 30s]");
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("window").hasArg().argName("TIME").desc("how much of the past each view covers (default 10s)").get())
                .addOption(Option.builder().longOpt("interval").hasArg().argName("TIME").desc("how often the view is refreshed (default 2s)").get())
                .addOption(Option.builder().longOpt("iterations").hasArg().argName("N")
                        .desc("stop after N views, printed one after another (for scripts)").get())
                .addOption(Option.builder().longOpt("out").hasArg().argName("FILE.jfr").desc("on exit, keep all that was recorded").get())
                .addOption(Option.builder().longOpt("lease").hasArg().argName("TIME")
                        .desc("if jbound is killed, the target ends its recording this long after the last view (default 30s, at least 5s)").get())
                .addOption(SharedOptions.top())
                .addOption(SharedOptions.include())
                .addOption(SharedOptions.exclude())
                .addOption(SharedOptions.clients());
    }

    @Override
    public void run(CommandLine line, Io io) throws UsageException, UnreadableRecordingException, IOException, TargetException {
        Duration window = SharedOptions.duration(line, "window", DEFAULT_WINDOW, Duration.ofSeconds(1));
        Duration interval = SharedOptions.duration(line, "interval", DEFAULT_INTERVAL, SHORTEST_INTERVAL);
        Duration lease = SharedOptions.duration(line, "lease", DEFAULT_LEASE, SHORTEST_LEASE);
        Integer iterations = line.hasOption("iterations") ? SharedOptions.positive(line, "iterations") : null;
        OutputFile kept = Outputs.of(line, io.out()).recording(line, io.out());
        int rows = line.hasOption("top") ? SharedOptions.top(line) : ROWS;
        ApplicationCode code = SharedOptions.applicationCode(line);
        boolean redraw = iterations == null && ProgressBar.onTerminal();
        // Named last: a mistake in the options is said before any JVM is looked for.
        LocalJvm jvm = RecordCommand.target(line, "top");

        Path snapshot = TemporaryFiles.create(null, "jbound-top-", ".jfr");
        // The display opens before Ctrl-C is watched: the terminal library sets signal handlers of its own.
        try (TopDisplay display = display(redraw, io); CtrlC ctrlC = CtrlC.watch(); AttachedJvm attached = AttachedJvm.attach(jvm);
             LiveRecording live = LiveRecording.start(attached, "top", interval.plus(lease), null, kept == null ? window.plus(interval) : null)) {
            String title = "jbound top  ·  pid " + jvm.pid() + " " + jvm.shownName() + " (Java " + attached.javaVersion() + ")"
                    + (display instanceof TerminalDisplay ? "  ·  q quits" : "");
            String covers = "last " + RecordCommand.seconds(window) + ", every " + RecordCommand.seconds(interval);
            TopScreen.Changes changes = new TopScreen.Changes();
            AnalysisReport shown = null;
            Instant due = Instant.now().plus(interval);
            for (int view = 0; iterations == null || view < iterations; ) {
                TopDisplay.Wake wake = display.await(Duration.between(Instant.now(), due), ctrlC);
                if (wake == TopDisplay.Wake.QUIT) {
                    break;
                }
                if (wake == TopDisplay.Wake.RESIZED) {
                    if (shown != null) {
                        display.show(TopScreen.lines(shown, changes, title, covers, rows, display.width()));
                    }
                    continue;
                }
                live.extend(interval.plus(lease));
                Instant now = Instant.now();
                due = now.plus(interval);
                try {
                    live.copyRecent(snapshot, now.minus(window));
                } catch (TargetException e) {
                    if (jvm.isAlive()) {
                        throw e;
                    }
                    io.err().println("jbound: pid " + jvm.pid() + " ended; the last view stands");
                    return;
                }
                shown = AnalysisReport.of(analyze(snapshot, code), Main.version(), rows);
                changes.saw(now, shown.verdict().kind());
                display.show(TopScreen.lines(shown, changes, title, covers, rows, display.width()));
                view++;
            }
            if (kept != null) {
                live.stopAndCopy(snapshot);
                kept.write(out -> Files.copy(snapshot, out));
                io.out().println("Recording kept in " + TerminalText.safe(kept.name()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            TemporaryFiles.delete(snapshot);
        }
    }

    /** Redrawn in place where jbound drives the terminal; appended otherwise (or where the terminal cannot be driven). */
    private static TopDisplay display(boolean redraw, Io io) {
        TopDisplay terminal = redraw ? TerminalDisplay.openSystem() : null;
        return terminal != null ? terminal : new AppendedDisplay(io.out(), redraw ? columns() : PLAIN_WIDTH);
    }

    private static Analysis analyze(Path snapshot, ApplicationCode code) throws UnreadableRecordingException {
        return Analyzer.analyze(snapshot, AnalysisRequest.of(code));
    }

    /** The terminal's width from COLUMNS, where the shell exports it; 120 otherwise. */
    private static int columns() {
        try {
            return Math.max(40, Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "120")));
        } catch (NumberFormatException e) {
            return 120;
        }
    }
}
