package jbound.cli;

import static jbound.report.TerminalText.safe;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import jbound.Analysis;
import jbound.Analyzer;
import jbound.profile.ApplicationCode;
import jbound.recording.UnreadableRecordingException;
import jbound.report.DiffFlameData;
import jbound.report.DiffReport;
import jbound.report.HtmlReport;

/** {@code jbound diff BEFORE.jfr AFTER.jfr}: what changed, normalised by duration and sampling. */
final class DiffCommand {

    private DiffCommand() {
    }

    static Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("json").hasArg().argName("OUT.json").desc("also write the comparison as JSON").get())
                .addOption(Option.builder().longOpt("html").hasArg().argName("OUT.html")
                        .desc("also write a self-contained HTML page with a differential flame graph").get())
                .addOption(Option.builder().longOpt("top").hasArg().argName("N").desc("rows per table (default 15)").get())
                .addOption(Option.builder().longOpt("debug").desc("print stack traces of errors").get())
                .addOption(Option.builder("h").longOpt("help").desc("show this help").get());
    }

    static void run(CommandLine line, PrintStream out) throws UsageException, UnreadableRecordingException, IOException {
        List<String> files = line.getArgList();
        if (files.size() != 2) {
            throw new UsageException("diff takes two recordings, before and after: jbound diff BEFORE.jfr AFTER.jfr");
        }
        int top = AnalyzeCommand.parseTop(line.getOptionValue("top"));
        List<Path> named = AnalyzeCommand.inputs(files);
        Path before = named.get(0);
        Path after = named.get(1);
        Outputs outputs = Outputs.of(line, out, before, after);
        Analysis b = Analyzer.analyze(before, ApplicationCode.everythingButTheJdk());
        Analysis a = Analyzer.analyze(after, ApplicationCode.everythingButTheJdk());
        DiffReport diff = DiffReport.of(files.get(0), b, files.get(1), a, top);
        print(diff, outputs.terminal());
        outputs.write(diff, html -> HtmlReport.write(diff, DiffFlameData.of(b.profile(), a.profile()), Main.version(), html));
    }

    static void print(DiffReport d, PrintStream out) {
        out.println("jbound diff — " + safe(d.before().file()) + " → " + safe(d.after().file()));
        out.printf(Locale.ROOT, "Verdict: %s (%s) → %s (%s)%n", d.before().verdict(), d.before().confidence(), d.after().verdict(), d.after().confidence());
        out.printf(Locale.ROOT, "Active time: CPU %.0f%% → %.0f%%, I/O %.0f%% → %.0f%%, locks %.0f%% → %.0f%%; busy threads %.2f → %.2f; JVM cores %.2f → %.2f%n",
                100 * d.before().cpuShare(), 100 * d.after().cpuShare(), 100 * d.before().ioShare(), 100 * d.after().ioShare(),
                100 * d.before().lockShare(), 100 * d.after().lockShare(), d.before().busyThreads(), d.after().busyThreads(),
                d.before().jvmCores(), d.after().jvmCores());
        methods(out, "Methods that used more CPU (cores, and % of each recording's samples)", d.grew());
        methods(out, "Methods that used less CPU", d.shrank());
        if (!d.io().isEmpty()) {
            out.println();
            out.println("I/O by application method (threads waiting on average)");
            for (DiffReport.IoChange c : d.io()) {
                out.printf(Locale.ROOT, "  %-12s %6.2f → %6.2f  (%,d → %,d calls)  %s%n", c.kind().replace("jdk.", ""), c.threadsBefore(),
                        c.threadsAfter(), c.callsBefore(), c.callsAfter(), safe(c.method()));
            }
        }
    }

    private static void methods(PrintStream out, String title, List<DiffReport.MethodChange> changes) {
        out.println();
        out.println(title);
        if (changes.isEmpty()) {
            out.println("  (none by 0.01 cores or more)");
        }
        for (DiffReport.MethodChange c : changes) {
            out.printf(Locale.ROOT, "  %+6.2f cores  %5.2f → %5.2f  (%5.1f%% → %5.1f%%)  %s%n", c.coresChange(), c.coresBefore(),
                    c.coresAfter(), c.percentBefore(), c.percentAfter(), safe(c.method()));
        }
    }
}
