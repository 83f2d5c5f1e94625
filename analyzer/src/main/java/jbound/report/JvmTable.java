package jbound.report;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jbound.live.JvmSurvey;

/** {@code jbound ps}'s table: a line per JVM, with what jbound needs to pick one. */
public final class JvmTable {

    private static final int MAIN_WIDTH = 44;

    private JvmTable() {
    }

    public static void print(List<JvmSurvey.Status> jvms, boolean agentsAsked, PrintStream out) {
        if (jvms.isEmpty()) {
            out.println("No other JVM runs here as this user (jbound lists those the attach mechanism sees).");
            return;
        }
        out.printf(Locale.ROOT, "%8s  %-" + MAIN_WIDTH + "s  %-12s  %9s  %s%n", "PID", "MAIN", "JAVA", "UPTIME", "RECORDINGS");
        boolean unasked = false;
        for (JvmSurvey.Status jvm : jvms) {
            String recordings = jvm.recordings().map(JvmTable::recordings).orElse(jvm.javaVersion().isPresent() ? "?" : "-");
            unasked |= jvm.recordings().isEmpty() && jvm.javaVersion().isPresent() && jvm.problem().isEmpty();
            out.printf(Locale.ROOT, "%8d  %-" + MAIN_WIDTH + "s  %-12s  %9s  %s%n", jvm.jvm().pid(),
                    cut(TerminalText.safe(jvm.jvm().shownName())), TerminalText.safe(jvm.javaVersion().orElse("?")),
                    jvm.uptime().map(JvmTable::uptime).orElse("?"), TerminalText.safe(recordings));
            jvm.problem().ifPresent(problem -> out.println("          " + TerminalText.safe(problem)));
        }
        if (unasked && !agentsAsked) {
            out.println();
            out.println("? : not asked, as its management agent is not started; jbound ps --recordings starts it to ask (as jconsole would).");
        }
    }

    private static String recordings(List<JvmSurvey.Running> running) {
        if (running.isEmpty()) {
            return "none";
        }
        long jbounds = running.stream().filter(JvmSurvey.Running::jbounds).count();
        return running.size() + " running" + (jbounds > 0 ? " (" + jbounds + " jbound's)" : "") + ": "
                + String.join(", ", running.stream().map(JvmSurvey.Running::name).toList());
    }

    private static String cut(String name) {
        return name.length() <= MAIN_WIDTH ? name : "…" + name.substring(name.length() - MAIN_WIDTH + 1);
    }

    static String uptime(Duration uptime) {
        long s = uptime.toSeconds();
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
        }
        if (s < 86_400) {
            return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s % 3600 / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dd %02d:%02d", s / 86_400, s % 86_400 / 3600, s % 3600 / 60);
    }
}
