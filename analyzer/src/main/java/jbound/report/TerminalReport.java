package jbound.report;

import static jbound.report.TerminalText.safe;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import jbound.diagnosis.Advice;
import jbound.diagnosis.Prediction;
import jbound.diagnosis.BlindSpot;
import jbound.profile.HotMethod;

/** The readable summary: verdict first, then its evidence, hot methods, I/O, waits, blind spots and advice. */
public final class TerminalReport {

    private final AnalysisReport report;
    private final int top;
    private final boolean showThreads;

    public TerminalReport(AnalysisReport report, int top, boolean showThreads) {
        this.report = report;
        this.top = top;
        this.showThreads = showThreads;
    }

    private static void phases(PrintStream out, List<AnalysisReport.PhaseRow> phases) {
        out.printf(Locale.ROOT, "  %-15s %-10s %-11s %6s %5s %5s %5s  %s%n", "seconds", "verdict", "confidence", "busy", "CPU", "I/O",
                "locks", "top cause");
        for (AnalysisReport.PhaseRow p : phases) {
            out.printf(Locale.ROOT, "  %6.1f – %6.1f %-10s %-6s %.2f %6.2f %4.0f%% %4.0f%% %4.0f%%  %s%n", p.startMillis() / 1000.0,
                    p.endMillis() / 1000.0, p.verdict(), p.confidence().level(), p.confidence().score(), p.busyThreads(),
                    100 * p.cpuShare(), 100 * p.ioShare(), 100 * p.lockShare(),
                    p.topCause() == null ? "" : safe(p.topCause().method()) + " (" + causeWords(p.topCause().kind()) + " "
                            + seconds(p.topCause().nanos()) + ")");
        }
    }

    private static String causeWords(jbound.diagnosis.Phase.CauseKind kind) {
        return switch (kind) {
            case CPU -> "CPU";
            case IO -> "I/O";
            case LOCK -> "lock";
            case GC -> "GC";
            case SAFEPOINT -> "safepoints";
        };
    }

    public void print(PrintStream out) {
        AnalysisReport.RecordingRow r = report.recording();
        out.println("jbound " + report.jboundVersion() + " — " + safe(r.file()));
        out.printf(Locale.ROOT, "Recorded by %s %s on %s hardware threads: %s, %d chunk%s, %s%n",
                safe(orUnknown(r.jvm())), safe(r.jvmVersion()), r.hardwareThreads() > 0 ? r.hardwareThreads() : "?",
                seconds(r.durationNanos()), r.chunks(), r.chunks() == 1 ? "" : "s", bytes(r.bytes()));
        if (!r.mainClass().isEmpty()) {
            out.println("Main class " + safe(r.mainClass()));
        }
        for (String warning : r.warnings()) {
            out.println("Warning: " + safe(warning));
        }
        out.println();
        out.printf(Locale.ROOT, "VERDICT  %s   (confidence %s, %.2f)%n", report.verdict().kind(),
                report.verdict().confidence().level(), report.verdict().confidence().score());
        out.println("  " + safe(VerdictWords.headline(report.verdict())));
        if (report.topCause() != null) {
            out.println("  Top cause: " + safe(report.topCause().text()));
        }
        if (!report.advice().isEmpty()) {
            out.println("  First: " + safe(AdviceWords.action(report.advice().getFirst().id())) + " (see Advice)");
        }
        section(out, "Evidence");
        report.verdict().evidence().forEach(e -> out.println("  - " + safe(VerdictWords.text(e))));
        if (report.phases().size() > 1) {
            section(out, "Phases (each judged on its own)");
            phases(out, report.phases());
        }

        section(out, String.format(Locale.ROOT, "Hot methods (jdk.ExecutionSample, %,d samples)", count("jdk.ExecutionSample")));
        hotMethods(out, report.hotMethods());
        if (!report.hotApplicationMethods().isEmpty()) {
            section(out, "Hot application methods (CPU samples by the first frame of your code on the stack)");
            hotMethods(out, report.hotApplicationMethods());
        }
        if (!report.cpuTimeHotMethods().isEmpty()) {
            section(out, String.format(Locale.ROOT, "Hot methods by CPU time (jdk.CPUTimeSample, %,d samples)", count("jdk.CPUTimeSample")));
            hotMethods(out, report.cpuTimeHotMethods());
        }
        if (!report.wallHotMethods().isEmpty()) {
            section(out, "Where threads were, by wall-clock samples (running or waiting)");
            hotMethods(out, report.wallHotMethods());
        }
        if (!report.nativeMethods().isEmpty()) {
            section(out, String.format(Locale.ROOT, "Threads in native code (jdk.NativeMethodSample, %,d samples; usually blocked, not computing)",
                    count("jdk.NativeMethodSample")));
            hotMethods(out, report.nativeMethods());
        }

        section(out, "I/O by application method");
        if (report.ioByMethod().isEmpty()) {
            out.println("  (no socket or file I/O events)");
        } else {
            ioRows(out, report.ioByMethod(), AnalysisReport.IoRow::methodAndVia, "method (→ the library it went through)");
            section(out, "I/O by socket and file");
            ioRows(out, report.ioByTarget(), AnalysisReport.IoRow::target, "host:port or path");
        }

        section(out, "Waiting (locks, park, sleep, remote calls; only remote calls count as I/O)");
        if (report.waits().isEmpty()) {
            out.println("  (no lock, park or sleep events)");
        } else {
            out.printf(Locale.ROOT, "  %-11s %8s %10s %10s  %s%n", "kind", "count", "total", "max", "method (on)");
            for (AnalysisReport.WaitRow w : report.waits()) {
                out.printf(Locale.ROOT, "  %-11s %,8d %10s %10s  %s%s%n", w.category().toLowerCase(Locale.ROOT).replace('_', ' '), w.count(),
                        seconds(w.totalNanos()), millis(w.maxNanos()), safe(w.methodAndVia()), w.subject() == null ? "" : " (" + safe(w.subject()) + ")");
            }
        }
        if (report.gcPauses().count() > 0) {
            out.printf(Locale.ROOT, "  GC pauses: %,d, %s in all, longest %s%n", report.gcPauses().count(),
                    seconds(report.gcPauses().totalNanos()), millis(report.gcPauses().maxNanos()));
        }

        if (showThreads) {
            section(out, "Threads (ledger: share of the time each was seen; cores = CPU over that time, and where it comes from)");
            out.printf(Locale.ROOT, "  %6s %6s %6s %6s %6s %6s %6s  %-22s %s%n", "cpu", "io", "lock", "wait", "gc", "unseen", "cores", "cpu from",
                    "thread");
            report.threads().stream().filter(t -> !t.infrastructure()).limit(top).forEach(t -> out.printf(Locale.ROOT,
                    "  %5.0f%% %5.0f%% %5.0f%% %5.0f%% %5.0f%% %5.0f%% %6.2f  %-22s %s%n", 100 * t.cpuShare(), 100 * t.ioShare(),
                    100 * t.lockShare(), 100 * t.waitShare(), 100 * t.stoppedShare(), 100 * t.unseenShare(),
                    t.observedNanos() == 0 ? 0.0 : (double) t.cpuNanos() / t.observedNanos(),
                    t.cpuSource().toLowerCase(Locale.ROOT).replace('_', ' '), safe(t.name())));
            AnalysisReport.LanesRow lanes = report.lanes();
            section(out, "Thread lanes (" + lanes.threads() + " threads in " + lanes.lanes()
                    + " lanes: a pool is the names that differ only in their last number; all virtual threads are one lane)");
            out.printf(Locale.ROOT, "  %6s %6s %6s %6s  %15s  %-13s %s%n", "cpu", "io", "lock", "wait", "seen (s)", "cores/thread", "lane");
            lanes.listed().stream().limit(top).forEach(l -> {
                long seen = l.cpuNanos() + l.ioNanos() + l.lockNanos() + l.waitNanos() + l.unseenNanos();
                out.printf(Locale.ROOT, "  %5.0f%% %5.0f%% %5.0f%% %5.0f%%  %6.1f – %6.1f  %-13s %s%n", share(l.cpuNanos(), seen),
                        share(l.ioNanos(), seen), share(l.lockNanos(), seen), share(l.waitNanos(), seen), l.firstSeenMillis() / 1e3,
                        l.lastSeenMillis() / 1e3, l.threads() > 1 ? String.format(Locale.ROOT, "%.2f–%.2f", l.minCpuCores(), l.maxCpuCores())
                                : String.format(Locale.ROOT, "%.2f", l.maxCpuCores()),
                        safe(l.name()) + (l.threads() > 1 || l.virtual() ? " ×" + l.threads() : "")
                                + (l.role().equals("APPLICATION") ? "" : " (" + l.role().toLowerCase(Locale.ROOT).replace('_', ' ') + ")"));
            });
        }

        if (!report.blindSpots().isEmpty()) {
            section(out, "What this recording cannot show");
            for (SharedRemedy remedy : report.remedies()) {
                for (int i = 0; i < remedy.blindSpots().size(); i++) {
                    BlindSpot spot = report.blindSpots().get(remedy.blindSpots().get(i));
                    String detail = remedy.details().get(i);
                    out.println("  - " + safe(BlindSpotWords.what(spot)) + ": " + safe(BlindSpotWords.consequence(spot)) + (detail.isEmpty() ? "" : " " + safe(detail)) + ".");
                }
                out.println("    To see " + (remedy.blindSpots().size() == 1 ? "it" : "them") + ": " + safe(remedy.remedy()) + ".");
            }
        }
        if (report.environment() != null) {
            section(out, "Environment (included on request; values of keys that look secret are masked)");
            out.printf(Locale.ROOT, "  %d environment variables, %d system properties; listed in the JSON and HTML outputs%n",
                    report.environment().environmentVariables().size(), report.environment().systemProperties().size());
        }
        section(out, "Advice");
        for (Advice advice : report.advice()) {
            out.println("  * " + safe(AdviceWords.action(advice.id())) + ": " + safe(AdviceWords.why(advice)) + ".");
            AdviceWords.places(advice).forEach(m -> out.println("      " + safe(m)));
            report.predictions().stream().filter(p -> p.remedy().equals(advice.id())).forEach(p -> prediction(out, p));
        }
    }

    /** What a remedy would buy: the range first, then what it assumes. */
    private static void prediction(PrintStream out, Prediction p) {
        out.println("      Would buy " + Predicted.range(p) + " if you " + safe(PredictionWords.change(p)) + "; it assumes:");
        PredictionWords.assumptions(p).forEach(a -> out.println("        - " + safe(a)));
    }

    private static void ioRows(PrintStream out, List<AnalysisReport.IoRow> rows,
                               java.util.function.Function<AnalysisReport.IoRow, String> label, String labelTitle) {
        out.printf(Locale.ROOT, "  %-18s %8s %10s %10s %10s  %s%n", "kind", "calls", "total", "max", "bytes", labelTitle);
        for (AnalysisReport.IoRow io : rows) {
            out.printf(Locale.ROOT, "  %-18s %,8d %10s %10s %10s  %s%s%n", io.kind().replace("jdk.", ""), io.count(),
                    seconds(io.totalNanos()), millis(io.maxNanos()), bytes(io.bytes()), safe(label.apply(io)),
                    io.waitingForWork() ? "  (waiting for work: not counted as I/O)" : "");
        }
    }

    private void hotMethods(PrintStream out, List<HotMethod> methods) {
        List<HotMethod> shown = methods.stream().filter(m -> m.selfSamples() > 0).limit(top).toList();
        if (shown.isEmpty()) {
            out.println("  (no samples)");
            return;
        }
        out.printf(Locale.ROOT, "  %7s %8s %7s  %s%n", "self", "samples", "total", "method");
        for (HotMethod m : shown) {
            out.printf(Locale.ROOT, "  %6.2f%% %,8d %6.2f%%  %s%n", m.selfPercent(), m.selfSamples(), m.totalPercent(), safe(m.method()));
        }
    }

    private long count(String eventName) {
        return report.recording().eventCounts().getOrDefault(eventName, 0L);
    }

    private static void section(PrintStream out, String title) {
        out.println();
        out.println(title);
    }

    private static String orUnknown(String s) {
        return s == null || s.isEmpty() ? "an unknown JVM" : s;
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        if (n < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", n / 1024.0);
        }
        if (n < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.2f GB", n / (1024.0 * 1024 * 1024));
    }

    private static double share(long part, long whole) {
        return whole <= 0 ? 0 : 100.0 * part / whole;
    }
}
