package jbound.live;

/**
 * The JVM named cannot be attached to or recorded: not a JVM, gone, another user's, too old,
 * attach disabled, already recorded by jbound. The message is one line that says what to do.
 */
public final class TargetException extends Exception {

    public TargetException(String message) {
        super(message);
    }

    public TargetException(String message, Throwable cause) {
        super(message, cause);
    }
}
