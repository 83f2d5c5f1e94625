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
import jbound.recording.UnpackLimit;
import jbound.recording.UnreadableRecordingException;
import jbound.report.AnalysisReport;
import jbound.report.HtmlReport;
import jbound.report.TerminalReport;

/** {@code jbound analyze FILE.jfr}: the verdict and its evidence, on the terminal, as JSON and as a page. */
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
                .addOption(Option.builder().longOpt("max-unpacked").hasArg().argName("SIZE")
                        .desc("how large a gzip-compressed recording may unpack on disk, such as 20g (default: 100 times "
                                + "its compressed size, at least 64m)").get())
                .addOption(Option.builder().longOpt("quiet").desc("no progress bar on stderr").get())
                .addOption(Option.builder().longOpt("debug").desc("print stack traces of errors").get())
                .addOption(Option.builder("h").longOpt("help").desc("show this help").get());
    }

    static void run(CommandLine line, String version, PrintStream out, PrintStream err) throws UsageException, UnreadableRecordingException, IOException {
        List<String> files = line.getArgList();
        if (files.isEmpty()) {
            throw new UsageException("analyze needs a recording: jbound analyze FILE.jfr (or several, or a directory)");
        }
        List<Path> named = inputs(files);
        if (files.size() > 1 || Files.isDirectory(named.getFirst())) {
            FleetCommand.run(line, recordings(named), out);
            return;
        }
        Path recording = named.getFirst();
        int top = parseTop(line.getOptionValue("top"));
        Outputs outputs = Outputs.of(line, out, recording);
        ApplicationCode code = new ApplicationCode(packages(line, "include"), packages(line, "exclude"));
        UnpackLimit unpackLimit = unpackLimit(line.getOptionValue("max-unpacked"));

        ReadProgress progress = ProgressBar.forTerminal(err, line.hasOption("quiet"));
        Analysis analysis;
        try {
            analysis = Analyzer.analyze(recording, code, line.hasOption("include-environment"), progress,
                    Runtime.getRuntime().availableProcessors(), unpackLimit);
        } finally {
            if (progress instanceof ProgressBar bar) {
                bar.close();
            }
        }
        AnalysisReport report = AnalysisReport.of(analysis, version, top);
        new TerminalReport(report, top, line.hasOption("threads")).print(outputs.terminal());
        outputs.write(report, html -> HtmlReport.write(analysis, report, html));
    }

    /**
     * The recordings named on the command line: "-" is standard input; an empty name is a
     * mistake (as a path it would mean the current directory).
     */
    static List<Path> inputs(List<String> names) throws UsageException {
        List<Path> paths = new java.util.ArrayList<>();
        for (String name : names) {
            if (name.isEmpty()) {
                throw new UsageException("an empty name is not a recording; name a .jfr file, a directory, or - for standard input");
            }
            try {
                paths.add(name.equals("-") ? STANDARD_INPUT : Path.of(name));
            } catch (java.nio.file.InvalidPathException e) {
                throw new UsageException("'" + jbound.report.TerminalText.safe(name) + "' is not a possible file name: " + e.getReason());
            }
        }
        return paths;
    }

    /** Read like any pipe: once, into a temporary file. */
    static final Path STANDARD_INPUT = Path.of("/dev/stdin");

    /** {@code --max-unpacked}: bytes, or with a k, m, g or t suffix (powers of 1024). */
    static UnpackLimit unpackLimit(String value) throws UsageException {
        if (value == null) {
            return UnpackLimit.DEFAULT;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,15})\\s*([kmgt]?)b?", java.util.regex.Pattern.CASE_INSENSITIVE)
                .matcher(value.strip());
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new UsageException("--max-unpacked takes a size such as 20g or 512m, not '" + value + "'");
        }
        int shift = switch (m.group(2).toLowerCase(java.util.Locale.ROOT)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            case "t" -> 40;
            default -> 0;
        };
        long number = Long.parseLong(m.group(1));
        if (number > (Long.MAX_VALUE >> shift)) {
            throw new UsageException("--max-unpacked " + value + " is more than any disk holds");
        }
        return new UnpackLimit(number << shift);
    }

    /** The recordings named, with directories expanded to their .jfr and .jfr.gz files. */
    static List<Path> recordings(List<Path> named) throws UnreadableRecordingException, IOException {
        List<Path> recordings = new java.util.ArrayList<>();
        for (Path path : named) {
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
}
