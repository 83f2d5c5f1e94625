package jbound.recording;

import java.nio.file.Path;

/**
 * The input cannot be analyzed. The message is written for the user: it names the file, says
 * what is wrong with it and, where there is one, what to do instead.
 */
public final class UnreadableRecordingException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String problem;
    private final boolean parserRefused;

    public UnreadableRecordingException(Path file, String problem) {
        this(file, problem, null, false);
    }

    public UnreadableRecordingException(Path file, String problem, Throwable cause) {
        this(file, problem, cause, false);
    }

    /** A file named as another file system names it ({@code hdfs://…}, {@code s3a://…}). */
    public UnreadableRecordingException(String file, String problem) {
        super(file + ": " + problem);
        this.problem = problem;
        this.parserRefused = false;
    }

    private UnreadableRecordingException(Path file, String problem, Throwable cause, boolean parserRefused) {
        super(file + ": " + problem, cause);
        this.problem = problem;
        this.parserRefused = parserRefused;
    }

    /** The JDK's parser refused the events of the chunks it was given: other chunks of the file may still read. */
    static UnreadableRecordingException parserRefused(Path file, String problem, Throwable cause) {
        return new UnreadableRecordingException(file, problem, cause, true);
    }

    /** What is wrong, without the file's name. */
    public String problem() {
        return problem;
    }

    public boolean parserRefused() {
        return parserRefused;
    }
}
