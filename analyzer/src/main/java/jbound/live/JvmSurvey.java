package jbound.live;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jdk.management.jfr.RecordingInfo;

/**
 * What {@code jbound ps} says of each local JVM: its Java version (by attaching, as jcmd does),
 * its uptime (from the operating system) and the recordings it runs — asked only of JVMs whose
 * management agent is already started, unless the caller lets the survey start them.
 */
public final class JvmSurvey {

    /** A JVM that does not answer within this long is listed as not answering, not waited for. */
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);

    /**
     * One JVM as surveyed.
     *
     * @param javaVersion empty where attach failed
     * @param recordings  the recordings it runs, empty where they were not asked for or could not be
     * @param problem     why it could not be asked, or empty
     */
    public record Status(LocalJvm jvm, Optional<String> javaVersion, Optional<Duration> uptime, Optional<List<Running>> recordings,
            Optional<String> problem) {
    }

    /** A recording a JVM runs: its name, and whether it is jbound's. */
    public record Running(String name, boolean jbounds) {
    }

    private JvmSurvey() {
    }

    public static List<Status> of(List<LocalJvm> jvms, boolean startAgents) {
        if (jvms.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(8, jvms.size()), r -> {
            Thread thread = new Thread(r, "jbound-ps");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Status>> asked = jvms.stream().map(jvm -> pool.submit(() -> ask(jvm, startAgents))).toList();
            long deadline = System.nanoTime() + ANSWER_WITHIN.toNanos();
            return java.util.stream.IntStream.range(0, jvms.size()).mapToObj(i -> answer(jvms.get(i), asked.get(i), deadline)).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    private static Status answer(LocalJvm jvm, Future<Status> asked, long deadline) {
        try {
            return asked.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return failed(jvm, "did not answer within " + ANSWER_WITHIN.toSeconds() + " s");
        } catch (ExecutionException e) {
            return failed(jvm, String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(jvm, "interrupted");
        }
    }

    private static Status ask(LocalJvm jvm, boolean startAgents) {
        Optional<Duration> uptime = jvm.uptime(Instant.now());
        try (AttachedJvm attached = AttachedJvm.attach(jvm)) {
            Optional<List<Running>> recordings = Optional.empty();
            Optional<String> problem = Optional.empty();
            if (startAgents || attached.hasManagementAgent()) {
                try {
                    recordings = Optional.of(attached.flightRecorder().getRecordings().stream()
                            .filter(r -> r.getState().equals("RUNNING")).map(JvmSurvey::running).toList());
                } catch (TargetException | RuntimeException e) {
                    problem = Optional.of(e.getMessage());
                }
            }
            return new Status(jvm, Optional.of(attached.javaVersion()), uptime, recordings, problem);
        } catch (TargetException e) {
            return new Status(jvm, Optional.empty(), uptime, Optional.empty(), Optional.of(e.getMessage()));
        }
    }

    private static Running running(RecordingInfo recording) {
        return new Running(recording.getName(), recording.getName().startsWith(LiveRecording.NAME_PREFIX));
    }

    private static Status failed(LocalJvm jvm, String why) {
        return new Status(jvm, Optional.empty(), jvm.uptime(Instant.now()), Optional.empty(), Optional.of(why));
    }
}
