package jbound.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import jbound.cli.Main;

/** Runs the {@code jbound} command line in this JVM and keeps what it printed. */
public final class Cli {

    private Cli() {
    }

    public record Result(int status, String out, String err) {

        /** One line on stderr (and a hint for usage errors), no stack trace, the expected status. */
        public void assertOneLineError(int expectedStatus, String mentioning) {
            assertEquals(expectedStatus, status, err);
            assertFalse(err.contains("\tat "), "no stack trace: " + err);
            assertTrue(err.lines().findFirst().orElse("").contains(mentioning), err);
            assertTrue(err.lines().count() <= 2, "one line (and a hint for usage errors): " + err);
        }
    }

    public static Result jbound(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
