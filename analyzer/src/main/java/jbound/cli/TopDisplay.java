package jbound.cli;

import java.time.Duration;
import java.util.List;

/**
 * Where {@code jbound top} shows its views and how it waits between them: redrawn in place on a
 * terminal ({@link TerminalDisplay}) or appended one after another ({@link AppendedDisplay}).
 */
interface TopDisplay extends AutoCloseable {

    /** Why a wait ended. */
    enum Wake {
        /** The interval passed: time for a fresh view. */
        REFRESH,
        /** The terminal changed size: draw the same view again to fit. */
        RESIZED,
        /** The user asked to stop (q, Ctrl-C). */
        QUIT
    }

    /** How many columns a view may use. */
    int width();

    void show(List<String> lines);

    /** Waits up to {@code most}, or less when the user does something. */
    Wake await(Duration most, CtrlC ctrlC) throws InterruptedException;

    @Override
    void close();
}
