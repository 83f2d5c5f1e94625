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
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jbound.Analysis;
import jbound.AnalysisRequest;
import jbound.Analyzer;
import jbound.profile.ApplicationCode;
import jbound.recording.UnreadableRecordingException;

/**
 * Real recordings of the samples, made by a real child JVM with JFR, once per test run and
 * shared by the test classes. Recording takes seconds and the machine has two cores: a workload
 * that computes is recorded alone ({@link Cores}); those that mostly wait are recorded two at a
 * time, and ahead of the tests that ask for them when the suite sets {@value #AHEAD_PROPERTY}.
 * Each is checked for its workload having got its CPU ({@link MachineShare}).
 */
public final class Recordings {

    public static final Path DIR = Path.of("target", "recordings").toAbsolutePath();
    /** Long enough for several spike-idle cycles of the mixed sample, short enough for the suite. */
    public static final double SECONDS = 7;
    private static final Map<String, CompletableFuture<Path>> MADE = new ConcurrentHashMap<>();
    /** Set by the analyzer's suite (its pom): the waiting workloads' recordings are made ahead, beside the tests. */
    public static final String AHEAD_PROPERTY = "jbound.test.recordAhead";
    /**
     * Workloads that mostly wait (on sockets, a disk, a timer), by simple class name: measured here
     * at 0.2 to 1 core each, IoBound and SyncingWrites kept their verdict beside two computing threads.
     * Not OrderCommits: SQLite's commits compute in the kernel for much of the time they do not
     * wait, and beside two computing threads its writers got a third of a core and read as CPU-bound.
     */
    private static final Set<String> WAITING = Set.of("Idle", "IoBound", "RemoteManaged", "SyncingWrites", "ImpostorEvents",
            "ApacheAsyncClients", "VirtualClients", "JdkHttpClients");
    private static final AtomicBoolean AHEAD_STARTED = new AtomicBoolean();
    private static boolean jfcCopied;
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
    public static Path of(String sample, String settings, Path javaHome) {
        return make(sample, settings, javaHome, List.of(), SECONDS, List.of());
    }

    /** The sample run for {@code seconds} instead of {@value #SECONDS}, recorded with jbound's settings: for workloads in stages. */
    public static Path lasting(String sample, double seconds) {
        return make(sample, "jbound", javaHome(), List.of(), seconds, List.of());
    }

    /** As {@link #of(String, String, Path)} on this JDK, the recording JVM started with {@code jvmOptions} too (such as a chunk size). */
    public static Path of(String sample, String settings, List<String> jvmOptions) {
        return make(sample, settings, javaHome(), jvmOptions, SECONDS, List.of());
    }

    /**
     * The sample's improved variant ({@code --improved}: the change its advice names, made),
     * recorded as {@code make samples} records it: jbound's settings with the socket events
     * unthrottled, so that a call rate can show a gain beyond the throttle.
     */
    public static Path improved(String sample) {
        return improved(sample, IMPROVED_SETTINGS);
    }

    /** The sample's improved variant recorded with {@code settings}, as {@link #of(String, String, Path)} takes them. */
    public static Path improved(String sample, String settings) {
        return make(sample, settings, javaHome(), List.of("--add-modules", "jdk.incubator.vector"), SECONDS, List.of("--improved"));
    }

    private static Path make(String sample, String settings, Path javaHome, List<String> jvmOptions, double seconds, List<String> sampleArgs) {
        String key = sample + "|" + settings + "|" + javaHome + (jvmOptions.isEmpty() ? "" : "|" + jvmOptions)
                + (seconds == SECONDS ? "" : "|" + seconds + " s") + (sampleArgs.isEmpty() ? "" : "|" + sampleArgs);
        String name = sample.substring(sample.lastIndexOf('.') + 1) + (sampleArgs.contains("--improved") ? "-improved" : "");
        Path recording = DIR.resolve(name + "-" + Math.abs(key.hashCode()) + ".jfr");
        // An improved variant waits less and computes more (IoBound's makes thousands of calls a second): it runs alone.
        boolean waiting = waits(sample) && !sampleArgs.contains("--improved");
        return once(key, waiting, () -> record(sample, settings, javaHome, jvmOptions, recording, seconds, sampleArgs), recording);
    }

    /** Whether the sample (a simple or full class name) is among the workloads that mostly wait. */
    private static boolean waits(String sample) {
        return WAITING.contains(sample.substring(sample.lastIndexOf('.') + 1));
    }

    /**
     * The recording under {@code key}: made by the first caller, on the cores its workload needs;
     * later callers wait for it. The cores come before the claim on the key, so a caller never waits
     * for a recording whose maker is itself still waiting for cores.
     */
    private static Path once(String key, boolean waiting, Runnable recorder, Path recording) {
        startRecordingAhead();
        CompletableFuture<Path> made = MADE.get(key);
        if (made == null) {
            try (Cores.Lease cores = waiting ? Cores.one() : Cores.all()) {
                CompletableFuture<Path> mine = new CompletableFuture<>();
                made = MADE.putIfAbsent(key, mine);
                if (made == null) {
                    made = mine;
                    try {
                        MachineShare.recordGettingItsCpu(recorder, recording);
                        mine.complete(recording);
                    } catch (RuntimeException | Error e) {
                        mine.completeExceptionally(e);
                    }
                }
            }
        }
        try {
            return made.join();
        } catch (CompletionException e) {
            switch (e.getCause()) {
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw e;
            }
        }
    }

    /**
     * The waiting workloads' recordings that the tests ask for, made two at a time on threads of
     * their own while the tests run (a test that asks for one being made waits for it).
     */
    private static void startRecordingAhead() {
        if (!Boolean.getBoolean(AHEAD_PROPERTY) || !AHEAD_STARTED.compareAndSet(false, true)) {
            return;
        }
        List<Runnable> ahead = new ArrayList<>(List.of(
                () -> of("IoBound"), () -> of("Idle"), () -> of("IoBound", "default", javaHome()),
                () -> withAsyncProfiler("IoBound", "event=wall"), () -> withAsyncProfiler("Idle", "event=wall"),
                () -> withAsyncProfiler("IoBound", "event=cpu,jfrsync=profile"),
                () -> of("IoBound", "jbound,jdk.FileRead#threshold=0ms,jdk.FileWrite#threshold=0ms,jdk.FileForce#threshold=0ms", javaHome()),
                () -> of("IoBound", "jbound,jdk.SocketRead#enabled=false,jdk.SocketWrite#enabled=false", javaHome()),
                () -> of("RemoteManaged"), () -> of(SyncingWrites.class.getName()), () -> of(ImpostorEvents.class.getName()),
                () -> of(JdkHttpClients.class.getName()), () -> of(JdkHttpClients.class.getName(), "default", javaHome()),
                () -> of(ApacheAsyncClients.class.getName()), () -> of(VirtualClients.class.getName())));
        if (jdk17() != null) {
            ahead.add(() -> of("IoBound", "default", jdk17()));
        }
        // Two lanes, so that two waiting workloads share the machine: one lane alone would only
        // take turns with the tests' computing workloads, never run beside another waiting one.
        for (int lane = 0; lane < 2; lane++) {
            List<Runnable> mine = new ArrayList<>();
            for (int i = lane; i < ahead.size(); i += 2) {
                mine.add(ahead.get(i));
            }
            Thread.ofPlatform().daemon().name("recordings ahead " + lane).start(() -> {
                for (Runnable recording : mine) {
                    try {
                        recording.run();
                    } catch (RuntimeException | Error e) {
                        // Kept under its key: the test that asks for this recording fails with it.
                    }
                }
            });
        }
    }

    /**
     * The sample recorded by async-profiler (its Maven Central jar's {@code libasyncProfiler.so}),
     * with {@code options} such as {@code event=wall} or {@code event=cpu,jfrsync=profile}.
     */
    public static Path withAsyncProfiler(String sample, String options) {
        String key = sample + "|async-profiler|" + options;
        Path recording = DIR.resolve(sample.substring(sample.lastIndexOf('.') + 1) + "-ap-" + Math.abs(key.hashCode()) + ".jfr");
        return once(key, waits(sample), () -> record(sample, List.of("-agentpath:" + asyncProfiler() + "=start," + options + ",jfr,file=" + recording),
                javaHome(), recording, SECONDS, List.of()), recording);
    }

    /** async-profiler's native library, taken out of its jar on the test class path. */
    private static synchronized Path asyncProfiler() {
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
            return Analyzer.analyze(recording, AnalysisRequest.of(ApplicationCode.everythingButTheJdk()));
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
            // A folder of its own: two workloads recorded at once never share their files.
            Path work = Files.createDirectories(DIR.resolve("work").resolve(recording.getFileName().toString().replace(".jfr", "")));
            List<String> command = new ArrayList<>(List.of(javaHome.resolve("bin/java").toString()));
            command.addAll(recorderOptions);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), sample.contains(".") ? sample : "jbound.samples." + sample,
                    "--seconds", Double.toString(seconds), "--dir", work.toString()));
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

    /** jbound.jfc copied out of the class path once: recording JVMs read it as they start, two at a time. */
    private static synchronized Path jfc() throws IOException {
        Path jfc = DIR.resolve("jbound.jfc");
        if (!jfcCopied) {
            try (InputStream in = Recordings.class.getResourceAsStream("/jbound/jbound.jfc")) {
                Files.copy(in, jfc, StandardCopyOption.REPLACE_EXISTING);
            }
            jfcCopied = true;
        }
        return jfc;
    }
}
