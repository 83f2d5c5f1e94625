package jbound.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;

/**
 * Views redrawn in place on a terminal, through JLine: each fits the terminal's size as it is
 * when drawn, a resize redraws at once, and {@code q} quits. Keys are read raw (no echo, no
 * waiting for Enter, Ctrl-C a key that quits too); an interrupt sent from elsewhere still stops
 * through {@link CtrlC}. The terminal's modes are put back on close.
 */
final class TerminalDisplay implements TopDisplay {

    /** How often a wait looks at the keyboard and the size. */
    private static final long TICK_MILLIS = 100;
    private static final int NARROWEST = 40;
    /** Ctrl-C as the raw terminal delivers it. */
    private static final int END_OF_TEXT = 3;

    private final Terminal terminal;
    private final boolean closesTerminal;
    private final Attributes before;
    private final AtomicBoolean resized = new AtomicBoolean();

    /** A display on a terminal its caller keeps (and closes). */
    TerminalDisplay(Terminal terminal) {
        this(terminal, false);
    }

    private TerminalDisplay(Terminal terminal, boolean closesTerminal) {
        this.terminal = terminal;
        this.closesTerminal = closesTerminal;
        this.before = terminal.enterRawMode();
        terminal.handle(Terminal.Signal.WINCH, signal -> resized.set(true));
        terminal.puts(Capability.cursor_invisible);
    }

    /**
     * The terminal jbound runs on, or null where JLine finds none it can drive (then views are
     * appended). Opened before {@link CtrlC#watch()}, which must own the interrupt signal.
     */
    static TerminalDisplay openSystem() {
        try {
            Terminal terminal = TerminalBuilder.builder().system(true).dumb(false).build();
            return new TerminalDisplay(terminal, true);
        } catch (IOException | IllegalStateException | UnsupportedOperationException e) {
            return null;
        }
    }

    @Override
    public int width() {
        return Math.max(NARROWEST, size().getColumns());
    }

    @Override
    public void show(List<String> lines) {
        int rows = size().getRows();
        List<String> fitting = rows > 1 && lines.size() >= rows ? lines.subList(0, rows - 1) : lines;
        terminal.puts(Capability.clear_screen);
        fitting.forEach(line -> terminal.writer().append(line).append('\n'));
        terminal.flush();
    }

    @Override
    public Wake await(Duration most, CtrlC ctrlC) throws InterruptedException {
        long deadline = System.nanoTime() + most.toNanos();
        NonBlockingReader keys = terminal.reader();
        while (System.nanoTime() < deadline) {
            if (ctrlC.pressed()) {
                return Wake.QUIT;
            }
            if (resized.getAndSet(false)) {
                return Wake.RESIZED;
            }
            int key = read(keys, Math.min(TICK_MILLIS, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            if (key == 'q' || key == 'Q' || key == END_OF_TEXT) {
                return Wake.QUIT;
            }
            if (key == NonBlockingReader.EOF) {
                // No keyboard any more: wait out the interval; Ctrl-C still stops.
                return ctrlC.awaitPress(Duration.ofNanos(Math.max(0, deadline - System.nanoTime()))) ? Wake.QUIT : Wake.REFRESH;
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
        return Wake.REFRESH;
    }

    private static int read(NonBlockingReader keys, long millis) {
        try {
            return keys.read(millis);
        } catch (IOException e) {
            return NonBlockingReader.EOF;
        }
    }

    private Size size() {
        return terminal.getSize();
    }

    @Override
    public void close() {
        terminal.puts(Capability.cursor_visible);
        terminal.flush();
        terminal.setAttributes(before);
        if (closesTerminal) {
            try {
                terminal.close();
            } catch (IOException e) {
                // The modes are back; a terminal that will not close has nothing left to lose.
            }
        }
    }
}
