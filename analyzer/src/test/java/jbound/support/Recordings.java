package jbound.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jbound.Analysis;
import jbound.Analyzer;
import jbound.profile.ApplicationCode;
import jbound.recording.UnreadableRecordingException;

/**
 * Real recordings of the samples, made by a real child JVM with JFR, once per test run and
 * shared by the test classes (recording takes seconds; the machine has two cores, so one at a time).
 */
public final class Recordings {

    public static final Path DIR = Path.of("target", "recordings").toAbsolutePath();
    /** Long enough for several spike-idle cycles of the mixed sample, short enough for the suite. */
    public static final double SECONDS = 7;
    private static final Map<String, Path> MADE = new ConcurrentHashMap<>();
    /** Planted in every recorded JVM's environment; recordings with the JDK's settings carry it, jbound's output never. */
    public static final String PLANTED_SECRET_NAME = "JBOUND_TEST_DB_PASSWORD";
    public static final String PLANTED_SECRET_VALUE = "hunter2-0f1e2d3c";
    /** The settings of {@link #improved(String)}; the Makefile's IMPROVED_SETTINGS are the same. */
    public static final String IMPROVED_SETTINGS = "jbound,jdk.SocketRead#throttle=off,jdk.SocketWrite#throttle=off";

    private Recordings() {
    }

    /** The sample recorded with jbound's own settings. */
    public static Path of(String sample) {
        return of(sample, "jbound", javaHome());
    }

    /**
     * The sample (a class of jbound.samples, or any class by its full name) recorded by the JDK at {@code javaHome} with {@code settings}: "jbound" for the
     * shipped jbound.jfc, or a JDK settings name ("default", "profile"), optionally followed by
     * comma-separated event overrides.
     */
    public static synchronized Path of(String sample, String settings, Path javaHome) {
        return make(sample, settings, javaHome, List.of(), SECONDS, List.of());
    }

    /** The sample run for {@code seconds} instead of {@value #SECONDS}, recorded with jbound's settings: for workloads in stages. */
    public static synchronized Path lasting(String sample, double seconds) {
        return make(sample, "jbound", javaHome(), List.of(), seconds, List.of());
    }

    /** As {@link #of(String, String, Path)} on this JDK, the recording JVM started with {@code jvmOptions} too (such as a chunk size). */
    public static synchronized Path of(String sample, String settings, List<String> jvmOptions) {
        return make(sample, settings, javaHome(), jvmOptions, SECONDS, List.of());
    }

    /**
     * The sample's improved variant ({@code --improved}: the change its advice names, made),
     * recorded as {@code make samples} records it: jbound's settings with the socket events
     * unthrottled, so that a call rate can show a gain beyond the throttle.
     */
    public static synchronized Path improved(String sample) {
        return improved(sample, IMPROVED_SETTINGS);
    }

    /** The sample's improved variant recorded with {@code settings}, as {@link #of(String, String, Path)} takes them. */
    public static synchronized Path improved(String sample, String settings) {
        return make(sample, settings, javaHome(), List.of("--add-modules", "jdk.incubator.vector"), SECONDS, List.of("--improved"));
    }

    private static Path make(String sample, String settings, Path javaHome, List<String> jvmOptions, double seconds, List<String> sampleArgs) {
        String key = sample + "|" + settings + "|" + javaHome + (jvmOptions.isEmpty() ? "" : "|" + jvmOptions)
                + (seconds == SECONDS ? "" : "|" + seconds + " s") + (sampleArgs.isEmpty() ? "" : "|" + sampleArgs);
        Path known = MADE.get(key);
        if (known != null) {
            return known;
        }
        String name = sample.substring(sample.lastIndexOf('.') + 1) + (sampleArgs.contains("--improved") ? "-improved" : "");
        Path recording = DIR.resolve(name + "-" + Math.abs(key.hashCode()) + ".jfr");
        record(sample, settings, javaHome, jvmOptions, recording, seconds, sampleArgs);
        MADE.put(key, recording);
        return recording;
    }

    /**
     * The sample recorded by async-profiler (its Maven Central jar's {@code libasyncProfiler.so}),
     * with {@code options} such as {@code event=wall} or {@code event=cpu,jfrsync=profile}.
     */
    public static synchronized Path withAsyncProfiler(String sample, String options) {
        String key = sample + "|async-profiler|" + options;
        Path known = MADE.get(key);
        if (known != null) {
            return known;
        }
        Path recording = DIR.resolve(sample.substring(sample.lastIndexOf('.') + 1) + "-ap-" + Math.abs(key.hashCode()) + ".jfr");
        record(sample, List.of("-agentpath:" + asyncProfiler() + "=start," + options + ",jfr,file=" + recording), javaHome(), recording, SECONDS,
                List.of());
        MADE.put(key, recording);
        return recording;
    }

    /** async-profiler's native library, taken out of its jar on the test class path. */
    private static Path asyncProfiler() {
        Path library = DIR.resolve("libasyncProfiler.so");
        if (!Files.isRegularFile(library)) {
            try (InputStream in = Recordings.class.getResourceAsStream("/linux-x64/libasyncProfiler.so")) {
                if (in == null) {
                    throw new AssertionError("async-profiler's jar (tools.profiler:async-profiler) is not on the test class path");
                }
                Files.createDirectories(DIR);
                Files.copy(in, library, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return library;
    }

    public static Analysis analyze(Path recording) {
        try {
            return Analyzer.analyze(recording, ApplicationCode.everythingButTheJdk());
        } catch (UnreadableRecordingException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    public static Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }

    /** A JDK 17 on this machine, if there is one: recordings of an older JDK must be read alike. */
    public static Path jdk17() {
        for (String candidate : List.of("/usr/lib/jvm/java-17-openjdk-amd64", "/usr/lib/jvm/openjdk-17")) {
            if (Files.isExecutable(Path.of(candidate, "bin", "java"))) {
                return Path.of(candidate);
            }
        }
        return null;
    }

    private static void record(String sample, String settings, Path javaHome, List<String> jvmOptions, Path recording, double seconds,
                               List<String> sampleArgs) {
        try {
            Files.createDirectories(DIR);
            String[] parts = settings.split(",", 2);
            String settingsFile = parts[0].equals("jbound") ? jfc().toString() : parts[0];
            String options = "settings=" + settingsFile + ",filename=" + recording + (parts.length > 1 ? "," + parts[1] : "");
            List<String> all = new ArrayList<>(jvmOptions);
            all.addAll(List.of("-XX:StartFlightRecording:" + options, "-Xlog:jfr+startup=error"));
            record(sample, all, javaHome, recording, seconds, sampleArgs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void record(String sample, List<String> recorderOptions, Path javaHome, Path recording, double seconds,
                               List<String> sampleArgs) {
        try {
            Files.createDirectories(DIR);
            List<String> command = new ArrayList<>(List.of(javaHome.resolve("bin/java").toString()));
            command.addAll(recorderOptions);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), sample.contains(".") ? sample : "jbound.samples." + sample,
                    "--seconds", Double.toString(seconds), "--dir", DIR.resolve("work").toString()));
            command.addAll(sampleArgs);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(DIR.resolve(recording.getFileName() + ".log").toFile());
            builder.environment().put(PLANTED_SECRET_NAME, PLANTED_SECRET_VALUE);
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the " + sample + " sample did not finish");
            }
            if (process.exitValue() != 0 || !Files.isRegularFile(recording)) {
                throw new AssertionError("recording the " + sample + " sample failed (exit " + process.exitValue() + "): "
                        + Files.readString(DIR.resolve(recording.getFileName() + ".log")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Path jfc() throws IOException {
        Path jfc = DIR.resolve("jbound.jfc");
        try (InputStream in = Recordings.class.getResourceAsStream("/jbound/jbound.jfc")) {
            Files.copy(in, jfc, StandardCopyOption.REPLACE_EXISTING);
        }
        return jfc;
    }
}
