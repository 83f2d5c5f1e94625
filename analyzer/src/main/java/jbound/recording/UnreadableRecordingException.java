package jbound.recording;

import java.nio.file.Path;

/**
 * The input cannot be analyzed. The message is written for the user: it names the file, says
 * what is wrong with it and, where there is one, what to do instead.
 */
public final class UnreadableRecordingException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnreadableRecordingException(Path file, String problem) {
        super(file + ": " + problem);
    }

    public UnreadableRecordingException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
