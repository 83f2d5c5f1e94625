package jbound.cli;

import java.io.PrintStream;
import java.time.Duration;

import jbound.live.LiveRecording;
import jbound.live.TargetException;

/** Waits out a live recording: a line counting down on a terminal, ended early by Ctrl-C or by the target's end. */
final class Countdown {

    private static final Duration TICK = Duration.ofSeconds(1);

    private Countdown() {
    }

    /** Returns when {@code duration} has passed, Ctrl-C was pressed, or the recording no longer runs. */
    static void run(LiveRecording live, Duration duration, CtrlC ctrlC, PrintStream err, boolean quiet) throws TargetException {
        boolean terminal = !quiet && ProgressBar.onTerminal();
        long end = System.nanoTime() + duration.toNanos();
        try {
            while (true) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                if (terminal) {
                    err.printf("\r  recording: %d s left (Ctrl-C stops early)   ", (left + 999_999_999L) / 1_000_000_000L);
                    err.flush();
                }
                if (ctrlC.awaitPress(Duration.ofNanos(Math.min(left, TICK.toNanos())))) {
                    if (!quiet) {
                        err.println((terminal ? "\r" : "") + "jbound: Ctrl-C: stopping the recording early and analyzing what it holds");
                    }
                    break;
                }
                if (!live.isRunning()) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (terminal) {
                err.print("\r" + " ".repeat(50) + "\r");
                err.flush();
            }
        }
    }
}
