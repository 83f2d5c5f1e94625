package jbound.live;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A JVM on this machine, as the attach mechanism lists it.
 *
 * @param pid         its process id
 * @param mainName    its main class or jar, as {@code jcmd} matches names against it; empty when
 *                    the JVM did not say (launched through JNI, say)
 * @param commandLine what the JVM gives as its display name: main class or jar and arguments
 */
public record LocalJvm(long pid, String mainName, String commandLine) {

    static LocalJvm of(String id, String displayName) {
        String shown = displayName == null ? "" : displayName.strip();
        int space = shown.indexOf(' ');
        return new LocalJvm(Long.parseLong(id), space < 0 ? shown : shown.substring(0, space), shown);
    }

    /** How long the process has run, where the operating system says. */
    public Optional<Duration> uptime(Instant now) {
        return ProcessHandle.of(pid).flatMap(p -> p.info().startInstant()).map(start -> Duration.between(start, now));
    }

    /** The user the process runs as, where the operating system says. */
    public Optional<String> user() {
        return ProcessHandle.of(pid).flatMap(p -> p.info().user());
    }

    public boolean isAlive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Whether the process has ended, or ends within {@code grace}: a JVM that is shutting down drops its connections first. */
    public boolean endsWithin(Duration grace) {
        return ProcessHandle.of(pid).map(process -> {
            try {
                process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
                return true;
            } catch (TimeoutException e) {
                return false;
            } catch (ExecutionException e) {
                return !process.isAlive();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !process.isAlive();
            }
        }).orElse(true);
    }

    /** The name shown to the user: the main class or jar, or the pid where there is none. */
    public String shownName() {
        return mainName.isEmpty() ? "pid " + pid : mainName;
    }
}
