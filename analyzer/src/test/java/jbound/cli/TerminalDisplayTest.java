package jbound.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.IntStream;

import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** jbound top's in-place view, on a JLine terminal whose keyboard and screen are the test's. */
class TerminalDisplayTest {

    /** Closing a terminal ends its output pump with an I/O error that JLine logs as a warning with its stack: noise here. */
    private static final Logger JLINE = Logger.getLogger("org.jline");

    static {
        JLINE.setLevel(Level.SEVERE);
    }

    private final PipedOutputStream keyboard = new PipedOutputStream();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private Terminal terminal;
    private CtrlC ctrlC;

    @BeforeEach
    void openTerminal() throws IOException {
        terminal = TerminalBuilder.builder().system(false).type("xterm").size(new Size(80, 24))
                .streams(new PipedInputStream(keyboard), screen).build();
        ctrlC = CtrlC.watch();
    }

    @AfterEach
    void closeTerminal() throws IOException {
        ctrlC.close();
        keyboard.close();
        terminal.close();
    }

    @Test
    void aViewIsCutToTheTerminalsHeightAndDrawnOverTheLastOne() {
        try (TerminalDisplay display = new TerminalDisplay(terminal)) {
            assertEquals(80, display.width());
            display.show(IntStream.rangeClosed(1, 30).mapToObj(i -> "line " + i).toList());
            String drawn = drawnBefore(display, "the next view");
            assertTrue(drawn.contains("\033[H\033[2J") && drawn.indexOf("\033[H\033[2J") < drawn.indexOf("line 1"), "cleared before drawing: " + drawn.replace("\033", "ESC"));
            assertTrue(drawn.contains("line 23"), drawn);
            assertFalse(drawn.contains("line 24"), "a 24-row terminal keeps its last row for the cursor: " + drawn);
        }
    }

    @Test
    void qQuitsAtOnceWithoutWaitingOutTheInterval() throws Exception {
        try (TerminalDisplay display = new TerminalDisplay(terminal)) {
            keyboard.write('q');
            keyboard.flush();
            long started = System.nanoTime();
            assertEquals(TopDisplay.Wake.QUIT, display.await(Duration.ofSeconds(60), ctrlC));
            assertTrue(System.nanoTime() - started < Duration.ofSeconds(30).toNanos());
        }
    }

    @Test
    void ctrlCIsAKeyOnTheRawTerminalAndQuitsToo() throws Exception {
        try (TerminalDisplay display = new TerminalDisplay(terminal)) {
            keyboard.write(3);
            keyboard.flush();
            assertEquals(TopDisplay.Wake.QUIT, display.await(Duration.ofSeconds(60), ctrlC));
        }
    }

    @Test
    void otherKeysAreIgnoredAndTheIntervalRunsOut() throws Exception {
        try (TerminalDisplay display = new TerminalDisplay(terminal)) {
            keyboard.write("x \r".getBytes(StandardCharsets.US_ASCII));
            keyboard.flush();
            assertEquals(TopDisplay.Wake.REFRESH, display.await(Duration.ofMillis(400), ctrlC));
        }
    }

    @Test
    void aResizeWakesTheWaitAndTheNextViewFitsTheNewSize() throws Exception {
        try (TerminalDisplay display = new TerminalDisplay(terminal)) {
            terminal.setSize(new Size(60, 5));
            terminal.raise(Terminal.Signal.WINCH);
            assertEquals(TopDisplay.Wake.RESIZED, display.await(Duration.ofSeconds(60), ctrlC));
            assertEquals(60, display.width());
            display.show(List.of("row a", "row b", "row c", "row d", "row e", "row f"));
            String drawn = drawnBefore(display, "the next view");
            assertTrue(drawn.contains("row d") && !drawn.contains("row e"), drawn);
        }
    }

    @Test
    void keysAreReadRawWhileTheDisplayIsOpenAndTheTerminalsModesComeBackOnClose() {
        Attributes before = new Attributes(terminal.getAttributes());
        try (TerminalDisplay display = new TerminalDisplay(terminal)) {
            assertFalse(terminal.getAttributes().getLocalFlag(Attributes.LocalFlag.ICANON), "no waiting for Enter");
            assertFalse(terminal.getAttributes().getLocalFlag(Attributes.LocalFlag.ECHO), "no echo of q over the view");
        }
        assertEquals(before.getLocalFlags(), terminal.getAttributes().getLocalFlags());
        assertEquals(before.getInputFlags(), terminal.getAttributes().getInputFlags());
    }

    /**
     * What reached the screen before {@code marker}, shown as the next view. JLine may hold output
     * back while it asks the terminal what it supports, so the test waits for the marker to arrive.
     */
    private String drawnBefore(TerminalDisplay display, String marker) {
        display.show(List.of(marker));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String drawn = screen.toString(StandardCharsets.UTF_8);
        while (!drawn.contains(marker) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            drawn = screen.toString(StandardCharsets.UTF_8);
        }
        assertTrue(drawn.contains(marker), "the screen never showed the view: " + drawn);
        return drawn.substring(0, drawn.indexOf(marker));
    }
}
