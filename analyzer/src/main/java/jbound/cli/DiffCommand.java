package jbound.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

import jbound.Analysis;
import jbound.AnalysisRequest;
import jbound.Analyzer;
import jbound.profile.ApplicationCode;
import jbound.recording.UnreadableRecordingException;
import jbound.report.DiffFlameData;
import jbound.report.DiffReport;
import jbound.report.DiffTerminalReport;
import jbound.report.HtmlReport;

/** {@code jbound diff BEFORE.jfr AFTER.jfr}: what changed, normalised by duration and sampling. */
final class DiffCommand implements Command {

    @Override
    public String name() {
        return "diff";
    }

    @Override
    public String summary() {
        return "what changed between two recordings: verdict, shares, methods and I/O per second; a differential flame graph";
    }

    @Override
    public List<String> usage() {
        return List.of("diff BEFORE.jfr AFTER.jfr [--html OUT.html] [--json OUT.json] [--top N] [--ladder L.json]");
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(SharedOptions.json("the comparison"))
                .addOption(SharedOptions.html("the comparison, with a differential flame graph,"))
                .addOption(SharedOptions.top())
                .addOption(SharedOptions.ladder());
    }

    @Override
    public void run(CommandLine line, Io io) throws UsageException, UnreadableRecordingException, IOException {
        List<String> files = line.getArgList();
        if (files.size() != 2) {
            throw new UsageException("diff takes two recordings, before and after: jbound diff BEFORE.jfr AFTER.jfr");
        }
        int top = SharedOptions.top(line);
        jbound.diagnosis.HotspotSpeedup k = SharedOptions.hotspotSpeedup(line);
        List<Path> named = SharedOptions.inputs(files);
        Path before = named.get(0);
        Path after = named.get(1);
        Outputs outputs = Outputs.of(line, io.out(), before, after);
        // The prediction is the before's: the after is read for what changed.
        Analysis b = Analyzer.analyze(before, AnalysisRequest.of(ApplicationCode.everythingButTheJdk()).withSpeedup(k));
        Analysis a = Analyzer.analyze(after, AnalysisRequest.of(ApplicationCode.everythingButTheJdk()));
        DiffReport diff = DiffReport.of(files.get(0), b, files.get(1), a, top);
        new DiffTerminalReport(diff).print(outputs.terminal());
        outputs.write(diff, html -> HtmlReport.write(diff, DiffFlameData.of(b.profile(), a.profile()), Main.version(), html));
    }
}
