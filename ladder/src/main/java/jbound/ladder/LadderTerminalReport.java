package jbound.ladder;

import java.io.PrintStream;
import java.util.Locale;

/** The ladder's results for the terminal: the machine, each kernel's rungs over sizes, the projection. */
public final class LadderTerminalReport {

    private final LadderReport report;

    public LadderTerminalReport(LadderReport report) {
        this.report = report;
    }

    public void print(PrintStream out) {
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

    private static void printProjection(AmdahlProjection p, PrintStream out) {
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
