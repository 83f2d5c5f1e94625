package jbound.report;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jbound.diagnosis.VerdictKind;
import jbound.profile.HotMethod;

import static jbound.report.TerminalText.safe;

/**
 * One screen of {@code jbound top}: the verdict over the last window with its shares, cores,
 * busiest lanes, top methods, I/O and lock sites, and the changes of verdict seen so far. Made
 * of the same report as {@code analyze}'s, so a live verdict and the saved recording's agree.
 */
public final class TopScreen {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    /** A change of verdict, as seen at one refresh. */
    public record Change(LocalTime at, VerdictKind verdict) {
    }

    /** The verdicts seen so far: a line each time it changed. */
    public static final class Changes {
        private final List<Change> changes = new ArrayList<>();

        public void saw(java.time.Instant at, VerdictKind verdict) {
            if (changes.isEmpty() || changes.getLast().verdict() != verdict) {
                changes.add(new Change(LocalTime.ofInstant(at, ZoneId.systemDefault()), verdict));
            }
        }

        public List<Change> all() {
            return List.copyOf(changes);
        }
    }

    private TopScreen() {
    }

    /**
     * @param title  the target, said in a line (pid, main, Java version)
     * @param window what the screen covers, such as "last 10 s"
     * @param rows   rows per table
     * @param width  the terminal's width; lines are cut to it
     */
    public static List<String> lines(AnalysisReport report, Changes changes, String title, String window, int rows, int width) {
        List<String> lines = new ArrayList<>();
        lines.add(safe(title) + "  ·  " + window + "  ·  " + CLOCK.format(LocalTime.now()));
        lines.add(String.format(Locale.ROOT, "%-12s confidence %s (%.2f)   %s", report.verdict().kind(), report.verdict().confidence().level(),
                report.verdict().confidence().score(), safe(VerdictWords.headline(report.verdict()))));
        AnalysisReport.LedgerRow ledger = report.ledger();
        lines.add(String.format(Locale.ROOT, "CPU %s   I/O %s%s   locks %s%s   unseen %s   waiting for work %s s   %s",
                percent(ledger.cpuShare()), percent(ledger.ioShare()), ioParts(ledger), percent(ledger.lockShare()),
                ledger.stoppedNanos() > 0 ? "   stopped by the JVM " + percent(ledger.stoppedShare()) : "", percent(ledger.unseenWorkingShare()),
                String.format(Locale.ROOT, "%.1f", ledger.waitNanos() / 1e9), cores(report.process())));
        if (report.topCause() != null) {
            lines.add("Top cause: " + safe(report.topCause().text()));
        }
        lines.add("");
        lines.add("Busiest application threads              cpu      I/O    locks  threads");
        report.lanes().listed().stream().filter(lane -> lane.role().equals("APPLICATION")).limit(rows).forEach(lane -> lines.add(String.format(Locale.ROOT, "  %-36s %6.1f s %6.1f s %6.1f s %6d",
                cut(safe(lane.name()), 36), lane.cpuNanos() / 1e9, lane.ioNanos() / 1e9, lane.lockNanos() / 1e9, lane.threads())));
        // The report also lists callers (total time only); a self-time table leaves them out.
        List<HotMethod> methods = report.hotMethods().stream().filter(m -> m.selfSamples() > 0).toList();
        if (!methods.isEmpty()) {
            lines.add("");
            lines.add("Top methods (self %, of the CPU samples)");
            methods.stream().limit(rows).forEach(m -> lines.add(String.format(Locale.ROOT, "  %5.1f%%  %s", m.selfPercent(), safe(m.method()))));
        }
        List<AnalysisReport.IoRow> io = report.ioByMethod().stream().filter(r -> !r.waitingForWork()).limit(rows).toList();
        if (!io.isEmpty()) {
            lines.add("");
            lines.add("I/O sites       time    calls  kind                    method");
            io.forEach(r -> lines.add(String.format(Locale.ROOT, "  %10.2f s %8d  %-22s  %s", r.totalNanos() / 1e9, r.count(),
                    safe(r.kind()), safe(r.methodAndVia()))));
        }
        List<AnalysisReport.WaitRow> locks = report.waits().stream().filter(w -> w.category().equals("LOCK")).limit(rows).toList();
        if (!locks.isEmpty()) {
            lines.add("");
            lines.add("Lock sites      time    waits  on                      method");
            locks.forEach(w -> lines.add(String.format(Locale.ROOT, "  %10.2f s %8d  %-22s  %s", w.totalNanos() / 1e9, w.count(),
                    cut(safe(w.subject()), 22), safe(w.methodAndVia()))));
        }
        lines.add("");
        lines.add("Verdicts seen: " + String.join("  →  ",
                changes.all().stream().map(c -> CLOCK.format(c.at()) + " " + c.verdict()).toList()));
        return lines.stream().map(line -> cut(line, width)).toList();
    }

    /** The parts of the I/O no event of the waiting threads shows, where there are any: " (remote calls 80%, native 5%)". */
    private static String ioParts(AnalysisReport.LedgerRow ledger) {
        List<String> parts = new ArrayList<>();
        if (ledger.remoteCallNanos() > 0 && ledger.ioNanos() > 0) {
            parts.add("remote calls " + percent((double) ledger.remoteCallNanos() / ledger.ioNanos()));
        }
        if (ledger.nativeBlockedNanos() > 0 && ledger.ioNanos() > 0) {
            parts.add("blocked in native code " + percent((double) ledger.nativeBlockedNanos() / ledger.ioNanos()));
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static String cores(AnalysisReport.ProcessRow process) {
        if (process == null || process.meanJvmCores() == null) {
            return "";
        }
        return String.format(Locale.ROOT, "JVM %.2f of %d cores, machine %.2f", process.meanJvmCores(), process.cores(),
                process.meanMachineCores() == null ? 0 : process.meanMachineCores());
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, Math.max(1, width - 1)) + "…";
    }
}
