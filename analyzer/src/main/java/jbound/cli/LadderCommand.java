package jbound.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import jbound.Analysis;
import jbound.Analyzer;
import jbound.ladder.AmdahlProjection;
import jbound.ladder.Harness;
import jbound.ladder.LadderKernel;
import jbound.ladder.LadderReport;
import jbound.ladder.LadderRunner;
import jbound.ladder.Rung;
import jbound.profile.ApplicationCode;
import jbound.recording.UnreadableRecordingException;
import jbound.report.HtmlReport;

/** {@code jbound ladder}: each rung of the optimization ladder, measured on this machine. */
final class LadderCommand {

    private LadderCommand() {
    }

    static Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("kernel").hasArg().argName("K")
                        .desc("sum-of-squares, blur-3x3 or all (default all)").get())
                .addOption(Option.builder().longOpt("sizes").hasArg().argName("N,N,...")
                        .desc("element counts, e.g. 1e3,1e5,1e7 (default 10,100,1e3,1e5,1e7)").get())
                .addOption(Option.builder().longOpt("from").hasArg().argName("FILE.jfr")
                        .desc("project each rung's gain onto the program of this recording (Amdahl)").get())
                .addOption(Option.builder().longOpt("baseline").hasArg().argName("RUNG")
                        .desc("with --from: the rung the program's hotspot is today (default primitive)").get())
                .addOption(Option.builder().longOpt("json").hasArg().argName("OUT.json").desc("also write the results as JSON").get())
                .addOption(Option.builder().longOpt("html").hasArg().argName("OUT.html").desc("also write the results as an HTML page").get())
                .addOption(Option.builder().longOpt("debug").desc("print stack traces of errors").get())
                .addOption(Option.builder("h").longOpt("help").desc("show this help").get());
    }

    static void run(CommandLine line, PrintStream out, PrintStream err) throws UsageException, IOException, UnreadableRecordingException {
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
            recorded = Analyzer.analyze(from, ApplicationCode.everythingButTheJdk());
        }
        LadderReport measured = new LadderRunner(Harness.DEFAULT, message -> err.println("  " + message)).run(kernels, sizes);
        LadderReport report = recorded == null ? measured
                : measured.withProjection(AmdahlProjection.of(line.getOptionValue("from"), recorded, measured, baseline));
        print(report, outputs.terminal());
        outputs.write(report, html -> HtmlReport.writeLadder(report, Main.version(), html));
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

    static void print(LadderReport report, PrintStream out) {
        var m = report.machine();
        out.printf(Locale.ROOT, "Machine: %s, %d cores, SIMD %d bits (Vector API preferred species), memory bandwidth %s%n",
                m.cpu(), m.cores(), m.simdBits(), m.memoryBandwidthGBs() > 0 ? String.format(Locale.ROOT, "%.1f GB/s (one core, streaming read)", m.memoryBandwidthGBs()) : "not measured");
        out.println("JVM: " + m.jvm() + "  flags: " + String.join(" ", m.jvmFlags()));
        out.println(report.nativeMessage());
        if (report.downcallNanos() != null) {
            out.printf(Locale.ROOT, "Bare FFM downcall: %.1f ns, %.1f ns with Linker.Option.critical%n",
                    report.downcallNanos().plain(), report.downcallNanos().critical());
        }
        for (LadderReport.KernelResults kernel : report.kernels()) {
            out.println();
            out.println(kernel.name() + ": " + kernel.verdict());
            out.println("  (speedup over naive; 'of bw' is GB/s against the measured memory bandwidth, for inputs beyond 32 MB — over 100% means part was still in cache)");
            out.printf(Locale.ROOT, "  %11s  %-16s %12s %14s %12s %9s %9s %9s%n",
                    "n", "rung", "median", "spread", "elements/s", "GB/s", "speedup", "of bw");
            for (LadderReport.Result r : kernel.results()) {
                if (!r.verified()) {
                    out.printf(Locale.ROOT, "  %,11d  %-16s  WRONG RESULT: not timed%n", r.n(), r.rung());
                    continue;
                }
                out.printf(Locale.ROOT, "  %,11d  %-16s %12s %14s %12.3g %9.2f %8.1f× %9s%n", r.n(), r.rung(), time(r.medianNanos()),
                        time(r.minNanos()) + "–" + time(r.maxNanos()).strip(), r.elementsPerSecond(), r.gbPerSecond(), r.speedupOverNaive(),
                        r.bandwidthShare() == null ? "" : String.format(Locale.ROOT, "%.0f%%", 100 * r.bandwidthShare()));
            }
        }
        if (report.projection() != null) {
            printProjection(report.projection(), out);
        }
    }

    static void printProjection(AmdahlProjection p, PrintStream out) {
        out.println();
        if (p.hotspot() == null) {
            out.println("From " + p.recording() + ": no CPU samples, so no hotspot to project onto.");
            return;
        }
        out.printf(Locale.ROOT, "From %s: the hotspot %s holds %.1f%% of the CPU samples, about %.1f%% of the program's active time.%n",
                p.recording(), p.hotspot(), 100 * p.cpuSampleShare(), 100 * p.timeShare());
        out.printf(Locale.ROOT, "Amdahl: if a rung runs the hotspot k× faster than '%s' (measured above, largest size), the program runs 1 / ((1 - f) + f / k)× faster:%n",
                p.baseline());
        out.printf(Locale.ROOT, "  %-16s %-16s %10s %10s%n", "kernel", "rung", "hotspot", "program");
        for (AmdahlProjection.Projection row : p.projections()) {
            out.printf(Locale.ROOT, "  %-16s %-16s %9.2f× %9.2f×%n", row.kernel(), row.rung(), row.hotspotSpeedup(), row.programSpeedup());
        }
        out.println("Check the projection on JDK 25 with exact call counts and durations of the hotspot:");
        out.println("  java -XX:StartFlightRecording:method-timing='" + p.methodTimingFilter() + "',filename=timing.jfr ...");
        out.println("  jfr view method-timing timing.jfr");
    }

    private static String time(long nanos) {
        if (nanos >= 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
        }
        if (nanos >= 1_000_000L) {
            return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
        }
        if (nanos >= 1_000L) {
            return String.format(Locale.ROOT, "%.2f µs", nanos / 1e3);
        }
        return nanos + " ns";
    }
}
