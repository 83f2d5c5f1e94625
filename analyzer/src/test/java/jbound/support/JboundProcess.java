package jbound.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code jbound} command in a JVM of its own, with a temporary folder of its own: for what
 * only a whole process shows (what it leaves on disk at exit, how a signal ends it, a heap limit).
 */
public final class JboundProcess {

    private static final long WAIT_SECONDS = 120;

    private JboundProcess() {
    }

    /** Starts jbound with {@code jvmOptions} and {@code args}; its temporary files go to {@code temporaryFolder}. */
    /**
     * Whether this process ignores SIGINT, and so every process it starts: a background job of a
     * shell without job control is started so, and a JVM then installs no handler for it — no
     * Ctrl-C can reach a jbound started from here. Read from Linux's {@code /proc/self/status}.
     */
    public static boolean interruptsIgnored() {
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("SigIgn:")) {
                    long ignored = Long.parseUnsignedLong(line.substring("SigIgn:".length()).strip(), 16);
                    return (ignored & (1L << (2 - 1))) != 0; // SIGINT is signal 2
                }
            }
        } catch (IOException | NumberFormatException e) {
            return false;
        }
        return false;
    }

    /**
     * Whether a jbound started from here can be reached by Ctrl-C: SIGINT is not ignored here, or it
     * is and coreutils' {@code env --default-signal=INT} gives the child back the default (then used).
     */
    public static boolean ctrlCReaches() {
        return !interruptsIgnored() || RESTORES_CTRL_C;
    }

    private static final boolean RESTORES_CTRL_C = restoresCtrlC();

    private static boolean restoresCtrlC() {
        try {
            Process probe = new ProcessBuilder("env", "--default-signal=INT", "true").redirectErrorStream(true).start();
            probe.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return probe.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static Process start(Path temporaryFolder, List<String> jvmOptions, String... args) throws IOException {
        return start(List.of(), System.getProperty("java.class.path"), temporaryFolder, jvmOptions, args);
    }

    /**
     * Runs jbound to its end and keeps what it printed; alone on the machine, since such runs test
     * a heap limit or what is left at exit, which a workload recorded beside them should not sway.
     */
    public static Cli.Result run(Path temporaryFolder, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        try (Cores.Lease cores = Cores.all()) {
            return finish(start(temporaryFolder, jvmOptions, args), args);
        }
    }

    /** Runs jbound as another user (see {@link OtherUser}) to its end and keeps what it printed. */
    public static Cli.Result runAsOtherUser(Path temporaryFolder, String... args) throws IOException, InterruptedException {
        OtherUser.letThrough(temporaryFolder);
        String classPath = OtherUser.readableClassPath(temporaryFolder.resolve("class-path"));
        Path temporary = OtherUser.writableFolder(temporaryFolder.resolve("tmp"));
        return finish(start(OtherUser.command(), classPath, temporary, List.of(), args), args);
    }

    private static Process start(List<String> asUser, String classPath, Path temporaryFolder, List<String> jvmOptions, String... args) throws IOException {
        Files.createDirectories(temporaryFolder);
        List<String> command = new ArrayList<>(asUser);
        if (interruptsIgnored() && RESTORES_CTRL_C) {
            // An ignored SIGINT is inherited, and a JVM then installs no handler for it.
            command.addAll(List.of("env", "--default-signal=INT"));
        }
        command.addAll(List.of(Recordings.javaHome().resolve("bin/java").toString(), "-Djava.io.tmpdir=" + temporaryFolder));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, "jbound.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(temporaryFolder.toFile()).start();
    }

    private static Cli.Result finish(Process process, String... args) throws IOException, InterruptedException {
        process.getOutputStream().close();
        // Drained on their own threads: a full pipe would stall the child.
        var out = java.util.concurrent.CompletableFuture.supplyAsync(() -> drain(process.getInputStream()));
        var err = java.util.concurrent.CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
        if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("jbound " + String.join(" ", args) + " did not finish in " + WAIT_SECONDS + " s");
        }
        return new Cli.Result(process.exitValue(), out.join(), err.join());
    }

    /** The files left in a folder. */
    public static List<Path> filesIn(Path folder) throws IOException {
        try (var listing = Files.list(folder)) {
            return listing.toList();
        }
    }

    private static String drain(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
