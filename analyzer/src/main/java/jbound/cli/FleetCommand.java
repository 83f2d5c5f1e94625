package jbound.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

import jbound.Analyzer;
import jbound.profile.ApplicationCode;
import jbound.recording.ReadProgress;
import jbound.recording.UnpackLimit;
import jbound.recording.UnreadableRecordingException;
import jbound.report.FleetReport;
import jbound.report.FleetTerminalReport;
import jbound.report.HtmlReport;

/** {@code jbound fleet A.jfr B.jfr ... | DIR/}: each recording, in parallel, and all of them together. */
final class FleetCommand implements Command {

    @Override
    public String name() {
        return "fleet";
    }

    @Override
    public String summary() {
        return "many recordings at once: each one's verdict, the outliers, and the hot methods and I/O of all together";
    }

    @Override
    public List<String> usage() {
        return List.of("fleet A.jfr B.jfr ... | DIR/ [--html OUT.html] [--json OUT.json] [--top N] [--include PKG] [--exclude PKG]");
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(SharedOptions.json("the fleet's report"))
                .addOption(SharedOptions.html("the fleet's report"))
                .addOption(SharedOptions.top())
                .addOption(SharedOptions.include())
                .addOption(SharedOptions.exclude())
                .addOption(SharedOptions.maxUnpacked());
    }

    @Override
    public void run(CommandLine line, Io io) throws UsageException, UnreadableRecordingException, IOException {
        if (line.getArgList().isEmpty()) {
            throw new UsageException("fleet needs recordings: jbound fleet A.jfr B.jfr ... or a directory");
        }
        List<Path> recordings = SharedOptions.recordings(SharedOptions.inputs(line.getArgList()));
        int top = SharedOptions.top(line);
        Outputs outputs = Outputs.of(line, io.out(), recordings.toArray(Path[]::new));
        List<FleetReport.Input> inputs = analyzeAll(recordings, SharedOptions.applicationCode(line), SharedOptions.unpackLimit(line));
        if (inputs.stream().allMatch(i -> i.analysis() == null)) {
            throw new UnreadableRecordingException(recordings.getFirst(), "none of the " + recordings.size()
                    + " recordings could be read; the first: " + inputs.getFirst().error());
        }
        FleetReport fleet = FleetReport.of(inputs, top);
        new FleetTerminalReport(fleet).print(outputs.terminal());
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
}
