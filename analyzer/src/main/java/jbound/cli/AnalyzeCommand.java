package jbound.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import jbound.Analysis;
import jbound.Analyzer;
import jbound.recording.ReadProgress;
import jbound.recording.UnreadableRecordingException;
import jbound.report.AnalysisReport;
import jbound.report.HtmlReport;
import jbound.report.TerminalReport;

/**
 * {@code jbound analyze FILE.jfr}: the verdict and its evidence, on the terminal, as JSON and as
 * a page. Several recordings, or a directory, are a fleet.
 */
final class AnalyzeCommand implements Command {

    private final FleetCommand fleet;

    AnalyzeCommand(FleetCommand fleet) {
        this.fleet = fleet;
    }

    @Override
    public String name() {
        return "analyze";
    }

    @Override
    public String summary() {
        return "the verdict (CPU-, I/O-, lock-bound, mixed, idle), its evidence, what the recording cannot see, advice";
    }

    @Override
    public List<String> usage() {
        return List.of("analyze FILE.jfr [--html OUT.html] [--json OUT.json] [--top N] [--threads] [--include PKG] [--exclude PKG] [--ladder L.json]",
                "analyze A.jfr B.jfr ... | DIR/    (as jbound fleet)");
    }

    @Override
    public Options options() {
        return SharedOptions.report(new Options())
                .addOption(Option.builder().longOpt("include-environment")
                        .desc("also report the recorded environment variables, system properties and JVM command line "
                                + "(secrets masked)").get())
                .addOption(SharedOptions.maxUnpacked())
                .addOption(SharedOptions.ladder())
                .addOption(Option.builder().longOpt("quiet").desc("no progress bar on stderr").get());
    }

    @Override
    public void run(CommandLine line, Io io) throws UsageException, UnreadableRecordingException, IOException {
        List<String> files = line.getArgList();
        if (files.isEmpty()) {
            throw new UsageException("analyze needs a recording: jbound analyze FILE.jfr (or several, or a directory)");
        }
        List<Path> named = SharedOptions.inputs(files);
        if (files.size() > 1 || Files.isDirectory(named.getFirst())) {
            fleet.run(line, io);
            return;
        }
        Path recording = named.getFirst();
        Outputs outputs = Outputs.of(line, io.out(), recording);
        report(recording, null, ReportOptions.of(line), outputs, io);
    }

    /**
     * Analyzes one recording and reports as the options ask: the terminal, then the outputs.
     *
     * @param shownAs what the report calls the recording; null for its file's name
     */
    static void report(Path recording, String shownAs, ReportOptions options, Outputs outputs, Io io)
            throws UnreadableRecordingException, IOException {
        ReadProgress progress = ProgressBar.forTerminal(io.err(), options.quiet());
        Analysis analysis;
        try {
            analysis = Analyzer.analyze(recording, options.request().withProgress(progress));
        } finally {
            if (progress instanceof ProgressBar bar) {
                bar.close();
            }
        }
        int top = options.top();
        AnalysisReport report = shownAs == null ? AnalysisReport.of(analysis, Main.version(), top)
                : AnalysisReport.of(analysis, Main.version(), top, shownAs);
        new TerminalReport(report, top, options.threads()).print(outputs.terminal());
        outputs.write(report, html -> HtmlReport.write(analysis, report, top, html));
    }
}
