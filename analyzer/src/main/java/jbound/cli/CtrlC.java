package jbound.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C as "stop early", not "quit": while watched, the first SIGINT only marks the press (the
 * JVM does not begin to exit, so the command still stops the target's recording, brings back what
 * it holds and reports it); a second one is the default again and ends jbound. Shutdown hooks
 * cannot do this: on Ctrl-C they run beside the command, and jbound's own (temporary files) would
 * take away the files it is reading.
 */
final class CtrlC implements AutoCloseable {

    private static final Signal INTERRUPT = new Signal("INT");

    private final CountDownLatch pressed = new CountDownLatch(1);
    private final SignalHandler previous;

    private CtrlC() {
        previous = Signal.handle(INTERRUPT, signal -> {
            pressed.countDown();
            Signal.handle(INTERRUPT, SignalHandler.SIG_DFL);
        });
    }

    static CtrlC watch() {
        return new CtrlC();
    }

    boolean pressed() {
        return pressed.getCount() == 0;
    }

    /** Waits up to {@code most} for a press; true if there was one. */
    boolean awaitPress(Duration most) throws InterruptedException {
        return pressed.await(Math.max(1, most.toMillis()), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        Signal.handle(INTERRUPT, previous);
    }
}
