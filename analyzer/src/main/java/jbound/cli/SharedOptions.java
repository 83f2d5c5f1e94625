package jbound.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import jbound.profile.ApplicationCode;
import jbound.recording.UnpackLimit;
import jbound.recording.UnreadableRecordingException;
import jbound.report.TerminalText;

/** The options several commands share, declared once, and how their values are read. */
final class SharedOptions {

    static final int DEFAULT_TOP = 15;
    /** Read like any pipe: once, into a temporary file. */
    static final Path STANDARD_INPUT = Path.of("/dev/stdin");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9}(?:\\.\\d{1,3})?)\\s*(ms|s|m|h)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SIZE = Pattern.compile("(\\d{1,15})\\s*([kmgt]?)b?", Pattern.CASE_INSENSITIVE);

    private SharedOptions() {
    }

    /** What a command that reports one analysis takes: --json, --html, --top, --threads, --include, --exclude, --clients. */
    static Options report(Options options) {
        return options
                .addOption(json("the whole result"))
                .addOption(html("the report"))
                .addOption(top())
                .addOption(Option.builder().longOpt("threads").desc("show how each thread spent its time").get())
                .addOption(include())
                .addOption(exclude())
                .addOption(clients());
    }

    static Option clients() {
        return Option.builder().longOpt("clients").hasArg().argName("CLIENTS.tsv")
                .desc("more client libraries whose blocking calls wait parked for a reply (library, frame prefix, what it waits on; "
                        + "tab-separated, as jbound's own table)").get();
    }

    static Option json(String what) {
        return Option.builder().longOpt("json").hasArg().argName("OUT.json").desc("also write " + what + " as JSON").get();
    }

    static Option html(String what) {
        return Option.builder().longOpt("html").hasArg().argName("OUT.html").desc("also write " + what + " as a self-contained HTML page").get();
    }

    static Option ladder() {
        return Option.builder().longOpt("ladder").hasArg().argName("LADDER.json")
                .desc("take how much faster a hotspot can be made from this 'jbound ladder --json' run (default: the last run kept, else the figures of docs/ladder.md)")
                .get();
    }

    /** How much faster a hotspot can be made: from --ladder, else the last ladder run kept on this machine, else the figures of docs/ladder.md. */
    static jbound.diagnosis.HotspotSpeedup hotspotSpeedup(CommandLine line) throws UsageException {
        if (!line.hasOption("ladder")) {
            return LadderCache.speedup();
        }
        Path file = Path.of(line.getOptionValue("ladder"));
        return LadderCache.speedup(file).orElseThrow(() -> new UsageException("--ladder " + file + " is not the JSON of a 'jbound ladder' run "
                + "that measured " + String.format(java.util.Locale.ROOT, "%,d", LadderCache.MIN_ELEMENTS) + " elements or more"));
    }

    static Option top() {
        return Option.builder().longOpt("top").hasArg().argName("N").desc("rows per table (default " + DEFAULT_TOP + ")").get();
    }

    static Option include() {
        return Option.builder().longOpt("include").hasArgs().valueSeparator(',').argName("PKG")
                .desc("count only these packages as application code (repeatable, or comma-separated)").get();
    }

    static Option exclude() {
        return Option.builder().longOpt("exclude").hasArgs().valueSeparator(',').argName("PKG")
                .desc("treat these packages like the JDK when charging I/O and waits to a method").get();
    }

    static Option maxUnpacked() {
        return Option.builder().longOpt("max-unpacked").hasArg().argName("SIZE")
                .desc("how large a gzip-compressed recording may unpack on disk, such as 20g (default: 100 times "
                        + "its compressed size, at least 64m)").get();
    }

    static int top(CommandLine line) throws UsageException {
        String value = line.getOptionValue("top");
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

    /** A duration option: 30s, 2m, 500ms, 1h, or a number of seconds; at least {@code least}. */
    static Duration duration(CommandLine line, String option, Duration fallback, Duration least) throws UsageException {
        String value = line.getOptionValue(option);
        if (value == null) {
            return fallback;
        }
        Matcher m = DURATION.matcher(value.strip());
        if (!m.matches()) {
            throw new UsageException("--" + option + " takes a duration such as 30s, 2m or 500ms, not '" + value + "'");
        }
        double number = Double.parseDouble(m.group(1));
        double millis = number * switch (m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT)) {
            case "ms" -> 1;
            case "m" -> 60_000;
            case "h" -> 3_600_000;
            default -> 1_000;
        };
        Duration duration = Duration.ofMillis(Math.round(millis));
        if (duration.compareTo(least) < 0) {
            throw new UsageException("--" + option + " " + value + " is too short: at least " + least.toMillis() + " ms");
        }
        return duration;
    }

    /** A whole number from 1. */
    static int positive(CommandLine line, String option) throws UsageException {
        String value = line.getOptionValue(option);
        try {
            int number = Integer.parseInt(value.trim());
            if (number < 1) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " takes a whole number from 1, not '" + value + "'");
        }
    }

    static ApplicationCode applicationCode(CommandLine line) throws UsageException {
        ApplicationCode code = new ApplicationCode(packages(line, "include"), packages(line, "exclude"));
        String clients = line.getOptionValue("clients");
        if (clients == null) {
            return code;
        }
        try {
            return code.withClients(jbound.profile.RemoteClients.withUserFile(Path.of(clients)));
        } catch (java.nio.file.InvalidPathException e) {
            throw new UsageException("--clients '" + TerminalText.safe(clients) + "' is not a possible file name: " + e.getReason());
        } catch (IOException e) {
            throw new UsageException("--clients " + TerminalText.safe(clients) + " cannot be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + TerminalText.safe(e.getMessage())) + "); name a tab-separated file of clients");
        } catch (IllegalArgumentException e) {
            throw new UsageException("--clients " + TerminalText.safe(e.getMessage()));
        }
    }

    static List<String> packages(CommandLine line, String option) {
        String[] values = line.getOptionValues(option);
        return values == null ? List.of() : Arrays.stream(values).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** {@code --max-unpacked}: bytes, or with a k, m, g or t suffix (powers of 1024). */
    static UnpackLimit unpackLimit(CommandLine line) throws UsageException {
        String value = line.getOptionValue("max-unpacked");
        if (value == null) {
            return UnpackLimit.DEFAULT;
        }
        Matcher m = SIZE.matcher(value.strip());
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new UsageException("--max-unpacked takes a size such as 20g or 512m, not '" + value + "'");
        }
        int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
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

    /**
     * The recordings named on the command line: "-" is standard input; an empty name is a
     * mistake (as a path it would mean the current directory).
     */
    static List<Path> inputs(List<String> names) throws UsageException {
        List<Path> paths = new ArrayList<>();
        for (String name : names) {
            if (name.isEmpty()) {
                throw new UsageException("an empty name is not a recording; name a .jfr file, a directory, or - for standard input");
            }
            try {
                paths.add(name.equals("-") ? STANDARD_INPUT : Path.of(name));
            } catch (InvalidPathException e) {
                throw new UsageException("'" + TerminalText.safe(name) + "' is not a possible file name: " + e.getReason());
            }
        }
        return paths;
    }

    /** The recordings named, with directories expanded to their .jfr and .jfr.gz files. */
    static List<Path> recordings(List<Path> named) throws UnreadableRecordingException, IOException {
        List<Path> recordings = new ArrayList<>();
        for (Path path : named) {
            if (Files.isDirectory(path)) {
                try (var listing = Files.list(path)) {
                    List<Path> found = listing.filter(p -> Files.isRegularFile(p) && FleetEngine.isRecordingName(p.toString()))
                            .sorted().toList();
                    if (found.isEmpty()) {
                        throw new UnreadableRecordingException(path, FleetEngine.EMPTY_DIRECTORY);
                    }
                    recordings.addAll(found);
                }
            } else {
                recordings.add(path);
            }
        }
        return recordings;
    }
}
