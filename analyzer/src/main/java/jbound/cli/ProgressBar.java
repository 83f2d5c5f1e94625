package jbound.cli;

import java.io.PrintStream;
import java.util.Locale;

import jbound.recording.ReadProgress;

/**
 * A one-line progress bar on stderr for long analyses: bytes read of all, rate and time left.
 * Redrawn at most five times a second, and only where stderr is a terminal.
 */
final class ProgressBar implements ReadProgress, AutoCloseable {

    private static final long REDRAW_NANOS = 200_000_000L;
    /** Short analyses finish before a bar would help; it appears only after this long. */
    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private boolean drawn;

    private ProgressBar(PrintStream err) {
        this.err = err;
    }

    /** A bar where it helps, or nothing: not with --quiet, and not when stderr is not a terminal. */
    static ReadProgress forTerminal(PrintStream err, boolean quiet) {
        return quiet || !onTerminal() ? ReadProgress.NONE : new ProgressBar(err);
    }

    /** Whether jbound runs on a terminal: the one place that asks, for progress lines and redrawn views. */
    static boolean onTerminal() {
        java.io.Console console = System.console();
        return console != null && console.isTerminal();
    }

    @Override
    public void advanced(long done, long total) {
        long now = System.nanoTime();
        if (now - started < SHOW_AFTER_NANOS || now - lastDrawn < REDRAW_NANOS || total <= 0) {
            return;
        }
        lastDrawn = now;
        double fraction = Math.min(1, (double) done / total);
        double seconds = (now - started) / 1e9;
        double rate = done / seconds;
        int filled = (int) Math.round(fraction * WIDTH);
        err.printf(Locale.ROOT, "\r[%s%s] %3.0f%%  %,.0f of %,.0f MB  %,.0f MB/s  ETA %s   ", "#".repeat(filled), ".".repeat(WIDTH - filled),
                100 * fraction, done / 1e6, total / 1e6, rate / 1e6, rate > 0 ? Math.round((total - done) / rate) + " s" : "?");
        err.flush();
        drawn = true;
    }

    @Override
    public void close() {
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
            err.flush();
        }
    }
}
