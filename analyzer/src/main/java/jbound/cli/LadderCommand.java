package jbound.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import jbound.Analysis;
import jbound.AnalysisRequest;
import jbound.Analyzer;
import jbound.ladder.AmdahlProjection;
import jbound.ladder.Harness;
import jbound.ladder.LadderKernel;
import jbound.ladder.LadderReport;
import jbound.ladder.LadderRunner;
import jbound.ladder.LadderTerminalReport;
import jbound.ladder.Rung;
import jbound.profile.ApplicationCode;
import jbound.profile.HotMethod;
import jbound.recording.UnreadableRecordingException;
import jbound.report.HtmlReport;

/**
 * {@code jbound ladder}: each rung of the optimization ladder, measured on this machine. The
 * rungs need the incubating Vector API and native access, which the analyzer does not: where this
 * JVM lacks them, the command runs again in a JVM of its own that has them, so no launcher has to
 * know which command needs which flags, and the measurement starts in a JVM that did nothing else.
 */
final class LadderCommand implements Command {

    static final String VECTOR_MODULE = "jdk.incubator.vector";

    @Override
    public String name() {
        return "ladder";
    }

    @Override
    public String summary() {
        return "measure each rung of the optimization ladder on this machine, up to a C kernel through FFM";
    }

    @Override
    public List<String> usage() {
        return List.of("ladder [--kernel K] [--sizes 1e3,1e5,1e7] [--from FILE.jfr [--baseline RUNG]] [--json OUT.json] [--html OUT.html]");
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("kernel").hasArg().argName("K")
                        .desc("sum-of-squares, blur-3x3 or all (default all)").get())
                .addOption(Option.builder().longOpt("sizes").hasArg().argName("N,N,...")
                        .desc("element counts, e.g. 1e3,1e5,1e7 (default 10,100,1e3,1e5,1e7)").get())
                .addOption(Option.builder().longOpt("from").hasArg().argName("FILE.jfr")
                        .desc("project each rung's gain onto the program of this recording (Amdahl)").get())
                .addOption(Option.builder().longOpt("baseline").hasArg().argName("RUNG")
                        .desc("with --from: the rung the program's hotspot is today (default primitive)").get())
                .addOption(SharedOptions.json("the results"))
                .addOption(SharedOptions.html("the results"));
    }

    @Override
    public void run(CommandLine line, Io io) throws UsageException, IOException, UnreadableRecordingException, ReportedFailure {
        if (ModuleLayer.boot().findModule(VECTOR_MODULE).isEmpty()) {
            relaunch(line, io);
            return;
        }
        PrintStream out = io.out();
        PrintStream err = io.err();
        if (!line.getArgList().isEmpty()) {
            throw new UsageException("ladder takes no file arguments, got: " + String.join(" ", line.getArgList()));
        }
        List<LadderKernel> kernels = kernels(line.getOptionValue("kernel", "all"));
        List<Integer> sizes = line.hasOption("sizes") ? sizes(line.getOptionValue("sizes")) : LadderRunner.DEFAULT_SIZES;
        java.nio.file.Path from = line.hasOption("from") ? java.nio.file.Path.of(line.getOptionValue("from")) : null;
        Outputs outputs = Outputs.of(line, out, from);
        Rung baseline = baseline(line.getOptionValue("baseline", Rung.PRIMITIVE.label()));
        Analysis recorded = null;
        if (line.hasOption("from")) {
            recorded = Analyzer.analyze(from, AnalysisRequest.of(ApplicationCode.everythingButTheJdk()));
        }
        LadderReport measured = new LadderRunner(Harness.DEFAULT, message -> err.println("  " + message)).run(kernels, sizes);
        LadderReport report = recorded == null ? measured
                : measured.withProjection(projection(line.getOptionValue("from"), recorded, measured, baseline));
        new LadderTerminalReport(report).print(outputs.terminal());
        outputs.write(report, html -> HtmlReport.writeLadder(report, Main.version(), html));
        err.println("jbound: these results are " + LadderCache.save(measured));
    }

    /** The projection onto the recorded program: its hotspot's share of the CPU samples, and the CPU's share of its active time. */
    private static AmdahlProjection projection(String file, Analysis recorded, LadderReport measured, Rung baseline) {
        HotMethod hotspot = recorded.profile().samples().hotMethods().stream().filter(m -> m.selfSamples() > 0).findFirst().orElse(null);
        return AmdahlProjection.of(file, hotspot == null ? null : hotspot.method(), hotspot == null ? 0 : hotspot.selfPercent() / 100,
                recorded.diagnosis().ledger().cpuShare(), measured, baseline);
    }

    /** The same command line in a JVM with the Vector API and native access, its output passed on, its status returned. */
    private static void relaunch(CommandLine line, Io io) throws IOException, ReportedFailure {
        List<String> command = new ArrayList<>(List.of(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", VECTOR_MODULE, "--enable-native-access=ALL-UNNAMED"));
        // jbound's own settings (-Djbound.native=...) hold there too.
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("jbound.")).sorted()
                .forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "ladder"));
        for (Option option : line.getOptions()) {
            command.add("--" + option.getLongOpt());
            if (option.hasArg()) {
                command.add(option.getValue());
            }
        }
        Process child = new ProcessBuilder(command).start();
        Thread errors = Thread.ofPlatform().start(() -> copy(child.getErrorStream(), io.err()));
        copy(child.getInputStream(), io.out());
        try {
            int status = child.waitFor();
            errors.join();
            if (status != 0) {
                throw new ReportedFailure(status);
            }
        } catch (InterruptedException e) {
            child.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the ladder ran", e);
        }
    }

    private static void copy(java.io.InputStream from, PrintStream to) {
        try (from) {
            from.transferTo(to);
            to.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Rung baseline(String label) throws UsageException {
        for (Rung rung : Rung.values()) {
            if (rung.label().equals(label)) {
                return rung;
            }
        }
        throw new UsageException("unknown rung '" + label + "'; the rungs are naive, primitive, vector, native, native-critical, parallel");
    }

    static List<LadderKernel> kernels(String name) throws UsageException {
        if (name.equals("all")) {
            return LadderRunner.KERNELS;
        }
        for (LadderKernel kernel : LadderRunner.KERNELS) {
            if (kernel.name().equals(name)) {
                return List.of(kernel);
            }
        }
        throw new UsageException("unknown kernel '" + name + "'; the kernels are sum-of-squares, blur-3x3 and all");
    }

    static List<Integer> sizes(String text) throws UsageException {
        List<Integer> sizes = new ArrayList<>();
        for (String part : text.split(",")) {
            try {
                double value = Double.parseDouble(part.strip());
                if (value < 0 || value > 200_000_000 || value != Math.rint(value)) {
                    throw new NumberFormatException();
                }
                sizes.add((int) value);
            } catch (NumberFormatException e) {
                throw new UsageException("--sizes takes whole numbers from 0 to 2e8, like 1e3,1e5,1e7; not '" + part + "'");
            }
        }
        return sizes.stream().sorted().distinct().toList();
    }
}
