package jbound.report;

import static jbound.report.TerminalText.safe;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The comparison for the terminal: verdicts, shares, the methods that grew and shrank, the I/O. */
public final class DiffTerminalReport {

    private final DiffReport diff;

    public DiffTerminalReport(DiffReport diff) {
        this.diff = diff;
    }

    public void print(PrintStream out) {
        DiffReport d = diff;
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
        if (!d.predictions().isEmpty()) {
            out.println();
            out.println("Predicted by BEFORE's advice, measured in AFTER");
            for (DiffReport.CheckedPrediction c : d.predictions()) {
                out.println("  " + safe(c.change()) + ": predicted " + Predicted.factor(c.low()) + "–" + Predicted.factor(c.high()) + "×, "
                        + measured(c));
                out.println("      by " + c.measureDescription());
            }
        }
    }

    private static String measured(DiffReport.CheckedPrediction c) {
        String gain = c.measuredGain() == null ? "" : Predicted.factor(c.measuredGain()) + "×";
        return switch (c.outcome()) {
            case NOT_MEASURED -> "not measurable (" + safe(c.why()) + ")";
            case AT_LEAST -> "measured at least " + gain + (c.measuredGain() >= c.low() ? ", which reaches the range" : "")
                    + " (" + safe(c.why()) + ")";
            case WITHIN -> "measured " + gain + " (within)";
            case BELOW -> "measured " + gain + " (below the range)";
            case ABOVE -> "measured " + gain + " (above the range)";
        };
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
