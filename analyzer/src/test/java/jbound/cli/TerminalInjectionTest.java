package jbound.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import jbound.support.Cli;
import jbound.support.HostileNames;
import jbound.support.Recordings;
import jbound.support.Slow;

/**
 * What a recorded program names its threads and files reaches the user's terminal: no escape
 * sequence, line break or bidirectional control from a recording is printed raw.
 */
@Slow
class TerminalInjectionTest {

    static Path hostile() {
        return Recordings.of(HostileNames.class.getName(), "jbound,jdk.FileWrite#threshold=0ms,jdk.FileForce#threshold=0ms",
                Recordings.javaHome());
    }

    @Test
    void controlCharactersInThreadNamesAndPathsArePrintedAsVisibleEscapes() {
        Cli.Result result = Cli.jbound("analyze", hostile().toString(), "--threads", "--top", "100");

        assertEquals(0, result.status(), result.err());
        assertNoRawControls(result.out());
        assertNoRawControls(result.err());
        assertEquals(1, result.out().lines().filter(line -> line.startsWith("VERDICT")).count(), "no forged verdict line");
        assertTrue(result.out().contains("\\x1b]0;pwned\\x07"), "the thread's name is shown, escaped");
        assertTrue(result.out().contains("\\u202egol."), "the file's path is shown, escaped");
    }

    @Test
    void anInputPathWithControlCharactersIsEscapedInTheErrorLine() {
        Cli.Result result = Cli.jbound("analyze", "/no/such/\u001b]0;title\u0007\u202e.jfr");

        result.assertOneLineError(3, "no such file");
        assertNoRawControls(result.err());
    }

    private static void assertNoRawControls(String text) {
        text.chars().filter(c -> c != '\n').forEach(c -> assertTrue(c >= 0x20 && (c < 0x7f || c > 0x9f)
                && c != 0x202e && c != 0x202d && c != 0x2066 && c != 0x2067 && c != 0x2068 && c != 0x200f,
                () -> String.format("raw U+%04X in: %s", c, text)));
    }
}
