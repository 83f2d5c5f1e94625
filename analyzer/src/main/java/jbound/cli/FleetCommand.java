package jbound.cli;

import static jbound.report.TerminalText.safe;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.commons.cli.CommandLine;

import jbound.Analyzer;
import jbound.profile.ApplicationCode;
import jbound.profile.HotMethod;
import jbound.recording.ReadProgress;
import jbound.recording.UnpackLimit;
import jbound.recording.UnreadableRecordingException;
import jbound.report.AnalysisReport;
import jbound.report.FleetReport;
import jbound.report.HtmlReport;

/** {@code jbound analyze A.jfr B.jfr ...} or {@code DIR/}: each recording, in parallel, and all of them together. */
final class FleetCommand {

    private FleetCommand() {
    }

    static void run(CommandLine line, List<Path> recordings, PrintStream out) throws UsageException, UnreadableRecordingException, IOException {
        int top = AnalyzeCommand.parseTop(line.getOptionValue("top"));
        Outputs outputs = Outputs.of(line, out, recordings.toArray(Path[]::new));
        ApplicationCode code = new ApplicationCode(AnalyzeCommand.packages(line, "include"), AnalyzeCommand.packages(line, "exclude"));
        List<FleetReport.Input> inputs = analyzeAll(recordings, code, AnalyzeCommand.unpackLimit(line.getOptionValue("max-unpacked")));
        if (inputs.stream().allMatch(i -> i.analysis() == null)) {
            throw new UnreadableRecordingException(recordings.getFirst(), "none of the " + recordings.size()
                    + " recordings could be read; the first: " + inputs.getFirst().error());
        }
        FleetReport fleet = FleetReport.of(inputs, top);
        print(fleet, outputs.terminal());
        outputs.write(fleet, html -> HtmlReport.write(fleet, Main.version(), html));
    }

    /** Each recording on a pool as wide as the machine, in the order given. */
    private static List<FleetReport.Input> analyzeAll(List<Path> recordings, ApplicationCode code, UnpackLimit unpackLimit) throws IOException {
        int cores = Runtime.getRuntime().availableProcessors();
        int threads = Math.max(1, Math.min(recordings.size(), cores));
        // The pool already keeps every core busy with a recording each; inside one, only the cores left over.
        int perRecording = Math.max(1, cores / threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<FleetReport.Input>> futures = new ArrayList<>();
            for (Path recording : recordings) {
                futures.add(pool.submit(() -> {
                    try {
                        return new FleetReport.Input(recording.toString(),
                                Analyzer.analyze(recording, code, false, ReadProgress.NONE, perRecording, unpackLimit), null);
                    } catch (UnreadableRecordingException e) {
                        return new FleetReport.Input(recording.toString(), null, e.getMessage());
                    }
                }));
            }
            List<FleetReport.Input> inputs = new ArrayList<>();
            for (Future<FleetReport.Input> future : futures) {
                inputs.add(future.get());
            }
            return inputs;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    static void print(FleetReport fleet, PrintStream out) {
        long read = fleet.recordings().stream().filter(r -> r.error() == null).count();
        out.printf(Locale.ROOT, "jbound — %d recordings (%d read%s)%n", fleet.recordings().size(), read,
                read == fleet.recordings().size() ? "" : ", " + (fleet.recordings().size() - read) + " unreadable");
        out.println("Verdicts: " + fleet.verdicts().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .reduce((a, b) -> a + ", " + b).orElse("none"));
        out.println();
        out.printf(Locale.ROOT, "  %-11s %-7s %5s %5s %5s  %s%n", "verdict", "conf", "cpu", "io", "lock", "recording (top method)");
        for (FleetReport.RecordingRow r : fleet.recordings()) {
            if (r.error() != null) {
                out.println("  unreadable: " + safe(r.error()));
                continue;
            }
            out.printf(Locale.ROOT, "  %-11s %-7s %4.0f%% %4.0f%% %4.0f%%  %s (%s)%n", r.verdict(), r.confidence(), 100 * r.cpuShare(),
                    100 * r.ioShare(), 100 * r.lockShare(), safe(r.file()), r.topMethod() == null ? "no samples" : safe(r.topMethod()));
        }
        out.println();
        out.println("Hot methods, all recordings together");
        out.printf(Locale.ROOT, "  %7s %8s  %s%n", "self", "samples", "method");
        for (HotMethod m : fleet.hotMethods()) {
            out.printf(Locale.ROOT, "  %6.2f%% %,8d  %s%n", m.selfPercent(), m.selfSamples(), safe(m.method()));
        }
        if (!fleet.ioHotspots().isEmpty()) {
            out.println();
            out.println("I/O hotspots, all recordings together");
            for (AnalysisReport.IoRow io : fleet.ioHotspots()) {
                out.printf(Locale.ROOT, "  %-12s %,8d calls %10.2f s  %s%n", io.kind().replace("jdk.", ""), io.count(), io.totalNanos() / 1e9, safe(io.method()));
            }
        }
        out.println();
        if (fleet.outliers().isEmpty()) {
            out.println("Outliers: none");
        } else {
            out.println("Outliers");
            fleet.outliers().forEach(o -> out.println("  " + safe(o.file()) + ": " + safe(o.reason())));
        }
    }
}
