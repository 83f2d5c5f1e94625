package jbound.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import jbound.Analysis;
import jbound.Analyzer;
import jbound.profile.ApplicationCode;
import jbound.recording.ReadProgress;
import jbound.recording.UnreadableRecordingException;
import jbound.report.AnalysisReport;
import jbound.report.HtmlReport;
import jbound.report.JsonReport;
import jbound.report.TerminalReport;

/** {@code jbound analyze FILE.jfr}: the verdict and its evidence, on the terminal and as JSON. */
final class AnalyzeCommand {

    static final int DEFAULT_TOP = 15;

    static Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("json").hasArg().argName("OUT.json").desc("also write the whole result as JSON").get())
                .addOption(Option.builder().longOpt("html").hasArg().argName("OUT.html").desc("also write a self-contained HTML report").get())
                .addOption(Option.builder().longOpt("top").hasArg().argName("N").desc("rows per table (default " + DEFAULT_TOP + ")").get())
                .addOption(Option.builder().longOpt("threads").desc("show how each thread spent its time").get())
                .addOption(Option.builder().longOpt("include").hasArgs().valueSeparator(',').argName("PKG")
                        .desc("count only these packages as application code (repeatable, or comma-separated)").get())
                .addOption(Option.builder().longOpt("exclude").hasArgs().valueSeparator(',').argName("PKG")
                        .desc("treat these packages like the JDK when charging I/O and waits to a method").get())
                .addOption(Option.builder().longOpt("include-environment")
                        .desc("also report the recorded environment variables, system properties and JVM command line "
                                + "(values of keys that look secret are masked)").get())
                .addOption(Option.builder().longOpt("quiet").desc("no progress bar on stderr").get())
                .addOption(Option.builder().longOpt("debug").desc("print stack traces of errors").get())
                .addOption(Option.builder("h").longOpt("help").desc("show this help").get());
    }

    static void run(CommandLine line, String version, PrintStream out, PrintStream err) throws UsageException, UnreadableRecordingException, IOException {
        List<String> files = line.getArgList();
        if (files.isEmpty()) {
            throw new UsageException("analyze needs a recording: jbound analyze FILE.jfr (or several, or a directory)");
        }
        if (files.size() > 1 || Files.isDirectory(Path.of(files.getFirst()))) {
            FleetCommand.run(line, recordings(files), out);
            return;
        }
        Path recording = Path.of(files.getFirst());
        int top = parseTop(line.getOptionValue("top"));
        Path json = output(line, "json", recording);
        Path html = output(line, "html", recording);
        ApplicationCode code = new ApplicationCode(packages(line, "include"), packages(line, "exclude"));

        ReadProgress progress = ProgressBar.forTerminal(err, line.hasOption("quiet"));
        Analysis analysis;
        try {
            analysis = Analyzer.analyze(recording, code, line.hasOption("include-environment"), progress);
        } finally {
            if (progress instanceof ProgressBar bar) {
                bar.close();
            }
        }
        AnalysisReport report = AnalysisReport.of(analysis, version, top);
        new TerminalReport(report, top, line.hasOption("threads")).print(out);
        if (json != null || html != null) {
            out.println();
        }
        if (json != null) {
            JsonReport.write(report, json);
            out.println("JSON written to " + json);
        }
        if (html != null) {
            HtmlReport.write(analysis, report, html);
            out.println("HTML report written to " + html);
        }
    }

    /** The path an output option names, checked writable and distinct from the input; null where the option is absent. */
    /** The output the option names, checked before any analysis: writable, and none of the {@code inputs}. */
    static Path output(CommandLine line, String option, Path... inputs) throws UsageException {
        if (!line.hasOption(option)) {
            return null;
        }
        Path output = Path.of(line.getOptionValue(option));
        checkWritable(output, inputs);
        return output;
    }

    /** The recordings named, with directories expanded to their .jfr and .jfr.gz files. */
    static List<Path> recordings(List<String> names) throws UnreadableRecordingException, IOException {
        List<Path> recordings = new java.util.ArrayList<>();
        for (String name : names) {
            Path path = Path.of(name);
            if (Files.isDirectory(path)) {
                try (var listing = Files.list(path)) {
                    List<Path> found = listing.filter(p -> Files.isRegularFile(p) && (p.toString().endsWith(".jfr") || p.toString().endsWith(".jfr.gz")))
                            .sorted().toList();
                    if (found.isEmpty()) {
                        throw new UnreadableRecordingException(path, "a directory with no .jfr or .jfr.gz files");
                    }
                    recordings.addAll(found);
                }
            } else {
                recordings.add(path);
            }
        }
        return recordings;
    }

    static int parseTop(String value) throws UsageException {
        if (value == null) {
            return DEFAULT_TOP;
        }
        try {
            int top = Integer.parseInt(value.trim());
            if (top < 1) {
                throw new NumberFormatException();
            }
            return top;
        } catch (NumberFormatException e) {
            throw new UsageException("--top takes a whole number from 1, not '" + value + "'");
        }
    }

    static List<String> packages(CommandLine line, String option) {
        String[] values = line.getOptionValues(option);
        return values == null ? List.of() : Arrays.stream(values).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Checked before any work, so a long analysis is not wasted on an output that cannot be
     * written; {@code input} (may be null) must not be overwritten.
     */
    static void checkWritable(Path output, Path... inputs) throws UsageException {
        Path absolute = output.toAbsolutePath().normalize();
        for (Path input : inputs) {
            if (input != null && absolute.equals(input.toAbsolutePath().normalize())) {
                throw new UsageException("the output " + output + (inputs.length == 1 ? " is the input recording" : " is one of the input recordings")
                        + "; choose another name");
            }
        }
        if (Files.isDirectory(absolute)) {
            throw new UsageException("the output " + output + " is a directory; name a file");
        }
        Path parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UsageException("cannot write " + output + ": its directory does not exist");
        }
        if (!Files.isWritable(parent) || (Files.exists(absolute) && !Files.isWritable(absolute))) {
            throw new UsageException("cannot write " + output + ": permission denied");
        }
    }
}
