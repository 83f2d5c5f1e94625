package jbound.report;

import static jbound.report.TerminalText.safe;

import java.io.PrintStream;
import java.util.Locale;

import jbound.profile.HotMethod;

/** The fleet's summary for the terminal: a line per recording, the hotspots of all, the outliers. */
public final class FleetTerminalReport {

    private final FleetReport fleet;

    public FleetTerminalReport(FleetReport fleet) {
        this.fleet = fleet;
    }

    public void print(PrintStream out) {
        long read = fleet.recordings().stream().filter(r -> r.error() == null).count();
        out.printf(Locale.ROOT, "jbound — %d recordings (%d read%s)%n", fleet.recordings().size(), read,
                read == fleet.recordings().size() ? "" : ", " + (fleet.recordings().size() - read) + " unreadable");
        out.println("Verdicts: " + fleet.verdicts().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .reduce((a, b) -> a + ", " + b).orElse("none"));
        out.println();
        out.printf(Locale.ROOT, "  %-11s %-7s %5s %5s %5s  %s%n", "verdict", "conf", "cpu", "io", "lock", "recording (top method)");
        for (FleetReport.RecordingRow r : fleet.recordings()) {
            if (r.error() != null) {
                out.println("  unreadable: " + safe(r.error()));
                continue;
            }
            out.printf(Locale.ROOT, "  %-11s %-7s %4.0f%% %4.0f%% %4.0f%%  %s (%s)%n", r.verdict(), r.confidence(), 100 * r.cpuShare(),
                    100 * r.ioShare(), 100 * r.lockShare(), safe(r.file()), r.topMethod() == null ? "no samples" : safe(r.topMethod()));
        }
        out.println();
        out.println("Hot methods, all recordings together");
        out.printf(Locale.ROOT, "  %7s %8s  %s%n", "self", "samples", "method");
        for (HotMethod m : fleet.hotMethods()) {
            out.printf(Locale.ROOT, "  %6.2f%% %,8d  %s%n", m.selfPercent(), m.selfSamples(), safe(m.method()));
        }
        if (!fleet.ioHotspots().isEmpty()) {
            out.println();
            out.println("I/O hotspots, all recordings together");
            for (AnalysisReport.IoRow io : fleet.ioHotspots()) {
                out.printf(Locale.ROOT, "  %-12s %,8d calls %10.2f s  %s%n", io.kind().replace("jdk.", ""), io.count(), io.totalNanos() / 1e9, safe(io.method()));
            }
        }
        if (!fleet.lockSites().isEmpty()) {
            out.println();
            out.println("Lock waits, all recordings together");
            for (FleetReport.LockRow lock : fleet.lockSites()) {
                out.printf(Locale.ROOT, "  %,8d waits %10.2f s  %s on %s%n", lock.count(), lock.totalNanos() / 1e9,
                        safe(lock.via() == null ? lock.method() : lock.method() + " → " + lock.via()), safe(String.valueOf(lock.subject())));
            }
        }
        if (fleet.services().size() > 1) {
            out.println();
            out.println("By service (main class)");
            for (FleetReport.ServiceRow service : fleet.services()) {
                out.printf(Locale.ROOT, "  %,5d recordings  cpu %3.0f%%  io %3.0f%%  lock %3.0f%%  %s  %s%n", service.recordings(),
                        100 * service.cpuShare(), 100 * service.ioShare(), 100 * service.lockShare(), safe(service.service()),
                        service.verdicts().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse(""));
            }
        }
        out.println();
        if (fleet.outliers().isEmpty()) {
            out.println("Outliers: none");
        } else {
            out.println("Outliers");
            fleet.outliers().forEach(o -> out.println("  " + safe(o.file()) + ": " + safe(o.reason())));
        }
    }
}
