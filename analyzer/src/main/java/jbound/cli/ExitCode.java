package jbound.cli;

/** What jbound's exit status means; documented in the README. */
enum ExitCode {
    OK(0),
    /** The command line is wrong, or an output cannot be written. */
    USAGE(2),
    /** The input recording cannot be read. */
    UNREADABLE_INPUT(3);

    final int status;

    ExitCode(int status) {
        this.status = status;
    }
}
