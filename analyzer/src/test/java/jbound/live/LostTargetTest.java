package jbound.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.io.IOException;
import java.rmi.ConnectException;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** When a target's connection fails, jbound says why in words: never "null". */
class LostTargetTest {

    @Test
    void aFailureWithoutAMessageIsNamedByItsInnermostCause() {
        // What the RMI connector throws when the target closes the socket as it shuts down.
        IOException lost = new IOException(null, new EOFException());
        assertEquals("EOFException", AttachedJvm.reason(lost));
    }

    @Test
    void theFirstMessageAlongTheCausesIsTheReason() {
        Exception lost = new RuntimeException(null, new ConnectException("Connection refused to host: 127.0.0.1"));
        assertEquals("Connection refused to host: 127.0.0.1", AttachedJvm.reason(lost));
    }

    @Test
    void aProcessThatHasEndedIsSeenToHaveEnded() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        assertTrue(new LocalJvm(gone.pid(), "", "").endsWithin(Duration.ofMillis(10)));
    }

    @Test
    void aRunningProcessIsNotTakenForEnded() throws Exception {
        Process running = new ProcessBuilder("sleep", "60").start();
        try {
            assertFalse(new LocalJvm(running.pid(), "", "").endsWithin(Duration.ofMillis(10)));
        } finally {
            running.destroyForcibly().waitFor();
        }
    }
}
