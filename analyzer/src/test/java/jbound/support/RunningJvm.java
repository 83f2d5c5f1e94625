package jbound.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.management.JMX;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import com.sun.tools.attach.VirtualMachine;

import jbound.live.LiveRecording;
import jbound.live.LocalJvms;
import jdk.management.jfr.FlightRecorderMXBean;
import jdk.management.jfr.RecordingInfo;

/**
 * A sample running in a child JVM for the live commands to look at; started when it is listed
 * among the local JVMs (the condition the commands need), never after a sleep.
 */
public final class RunningJvm implements AutoCloseable {

    private static final long LISTED_WITHIN_MILLIS = 30_000;

    private final Process process;
    /** A live target's verdict is checked while it runs: nothing is recorded beside it. */
    private final Cores.Lease cores;

    private RunningJvm(Process process, Cores.Lease cores) {
        this.process = process;
        this.cores = cores;
    }

    public static RunningJvm start(String sample, double seconds) {
        return start(sample, seconds, Recordings.javaHome(), List.of());
    }

    public static RunningJvm start(String sample, double seconds, Path javaHome, List<String> jvmOptions) {
        try {
            Path work = Files.createDirectories(Recordings.DIR.resolve("work"));
            return start(List.of(), System.getProperty("java.class.path"), work, sample, seconds, javaHome, jvmOptions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample run as another user (see {@link OtherUser}), with its files in {@code scratch}. */
    public static RunningJvm startAsOtherUser(String sample, double seconds, Path scratch) {
        try {
            OtherUser.letThrough(scratch);
            String classPath = OtherUser.readableClassPath(scratch.resolve("class-path"));
            return start(OtherUser.command(), classPath, OtherUser.writableFolder(scratch.resolve("work")), sample, seconds, Recordings.javaHome(), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RunningJvm start(List<String> asUser, String classPath, Path work, String sample, double seconds, Path javaHome,
                                    List<String> jvmOptions) throws IOException {
        List<String> command = new ArrayList<>(asUser);
        command.add(javaHome.resolve("bin/java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, "jbound.samples." + sample, "--seconds", Double.toString(seconds), "--dir", work.toString()));
        Cores.Lease cores = Cores.all();
        RunningJvm jvm;
        try {
            Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                    .redirectOutput(Recordings.DIR.resolve("running-" + sample + ".log").toFile()).start();
            jvm = new RunningJvm(process, cores);
        } catch (IOException | RuntimeException e) {
            cores.close();
            throw e;
        }
        if (!jvmOptions.contains("-XX:+DisableAttachMechanism")) {
            try {
                jvm.awaitListed();
            } catch (RuntimeException | Error e) {
                jvm.close();
                throw e;
            }
        }
        return jvm;
    }

    private void awaitListed() {
        long deadline = System.currentTimeMillis() + LISTED_WITHIN_MILLIS;
        while (LocalJvms.list().stream().noneMatch(jvm -> jvm.pid() == pid())) {
            if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                throw new AssertionError("the child JVM " + pid() + " was never listed (alive: " + process.isAlive() + ")");
            }
            Thread.onSpinWait();
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the sample to end by itself. */
    public int awaitExit(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("the child JVM did not end in " + seconds + " s");
        }
        return process.exitValue();
    }

    /** Tells the sample to end as a service is stopped (SIGTERM: shutdown hooks run, Flight Recorder writes what it holds). */
    public void end() {
        process.destroy();
    }

    /** Waits until jbound's recording in the target has run for {@code millis}, by the target's own clock of it. */
    public void awaitJboundRecordingFor(long millis) throws Exception {
        long deadline = System.currentTimeMillis() + LISTED_WITHIN_MILLIS + millis;
        while (true) {
            long age = withFlightRecorder(flightRecorder -> flightRecorder.getRecordings().stream()
                    .filter(r -> r.getName().startsWith(LiveRecording.NAME_PREFIX) && r.getState().equals("RUNNING"))
                    .mapToLong(r -> System.currentTimeMillis() - r.getStartTime()).max().orElse(-1));
            if (age >= millis) {
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("jbound's recording in " + pid() + " never ran for " + millis + " ms");
            }
            Thread.sleep(100);
        }
    }

    /** The recordings named as jbound names its own, that the target still holds, asked through its own management agent. */
    public List<String> jboundRecordings() throws Exception {
        return withFlightRecorder(flightRecorder -> flightRecorder.getRecordings().stream().map(RecordingInfo::getName)
                .filter(n -> n.startsWith(LiveRecording.NAME_PREFIX)).toList());
    }

    private interface Question<T> {
        T ask(FlightRecorderMXBean flightRecorder) throws Exception;
    }

    /** Asks the target's Flight Recorder through its own management agent, as any JMX client would. */
    private <T> T withFlightRecorder(Question<T> question) throws Exception {
        VirtualMachine machine = VirtualMachine.attach(Long.toString(pid()));
        try (JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(machine.startLocalManagementAgent()))) {
            return question.ask(JMX.newMXBeanProxy(connector.getMBeanServerConnection(),
                    new ObjectName(FlightRecorderMXBean.MXBEAN_NAME), FlightRecorderMXBean.class));
        } finally {
            machine.detach();
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            cores.close();
        }
    }
}
