package jbound.cli;

/** What jbound's exit status means; documented in the README. */
enum ExitCode {
    OK(0),
    /** The command line is wrong, or an output cannot be written. */
    USAGE(2),
    /** The input recording cannot be read. */
    UNREADABLE_INPUT(3),
    /** jbound ran out of heap: the message says how to give it more. */
    OUT_OF_MEMORY(4),
    /** A bug in jbound: the message asks for a report with --debug output. */
    INTERNAL_ERROR(5),
    /** The JVM named cannot be attached to or recorded (not a JVM, gone, too old, attach disabled, already recorded). */
    TARGET(6);

    final int status;

    ExitCode(int status) {
        this.status = status;
    }
}
