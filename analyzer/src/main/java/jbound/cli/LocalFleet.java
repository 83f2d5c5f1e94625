package jbound.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jbound.Analyzer;
import jbound.recording.UnreadableRecordingException;
import jbound.report.FleetReport;
import jbound.report.FleetSums;

/** A fleet on this machine: files and directories, each recording on a pool as wide as the machine, summed in the order named. */
final class LocalFleet implements FleetEngine {

    @Override
    public String names() {
        return "A.jfr B.jfr ... | DIR/";
    }

    @Override
    public Found find(List<String> names) throws UsageException, UnreadableRecordingException, IOException {
        List<Path> recordings = SharedOptions.recordings(SharedOptions.inputs(names));
        return new Found(recordings.stream().map(Path::toString).toList(), recordings);
    }

    @Override
    public FleetSums sum(Found found, Scope scope) throws IOException {
        List<Path> recordings = found.local();
        int cores = Runtime.getRuntime().availableProcessors();
        int threads = Math.max(1, Math.min(recordings.size(), cores));
        // The pool already keeps every core busy with a recording each; inside one, only the cores left over.
        int perRecording = Math.max(1, cores / threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<FleetSums>> futures = new ArrayList<>();
            for (Path recording : recordings) {
                futures.add(pool.submit(() -> FleetSums.of(analyze(recording, scope, perRecording))));
            }
            FleetSums sums = new FleetSums();
            for (Future<FleetSums> future : futures) {
                sums.add(future.get());
            }
            return sums;
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

    private static FleetReport.Input analyze(Path recording, Scope scope, int threads) {
        try {
            return new FleetReport.Input(recording.toString(),
                    Analyzer.analyze(recording, scope.request(threads)), null);
        } catch (UnreadableRecordingException e) {
            return new FleetReport.Input(recording.toString(), null, e.getMessage());
        }
    }
}
