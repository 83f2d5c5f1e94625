package jbound.cli;

/**
 * A failure already told to the user — by a JVM a command ran in, on the same terminal — of
 * which only the exit status is left to pass on.
 */
final class ReportedFailure extends Exception {

    final int status;

    ReportedFailure(int status) {
        super("exit status " + status, null, false, false);
        this.status = status;
    }
}
