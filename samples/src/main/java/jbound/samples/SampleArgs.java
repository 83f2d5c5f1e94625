package jbound.samples;

import java.nio.file.Path;
import java.time.Duration;

/** The two options every sample takes: how long to run, and where to put files it writes; the tests' own workloads take them too. */
public record SampleArgs(Duration runFor, Path workDir) {

    static final Duration DEFAULT_RUN = Duration.ofSeconds(10);

    public static SampleArgs parse(String[] args) {
        Duration runFor = DEFAULT_RUN;
        Path workDir = Path.of(System.getProperty("java.io.tmpdir"));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> runFor = Duration.ofMillis((long) (Double.parseDouble(value(args, ++i)) * 1000));
                case "--dir" -> workDir = Path.of(value(args, ++i));
                default -> throw new IllegalArgumentException(
                        "unknown option " + args[i] + "; a sample takes --seconds S and --dir DIR");
            }
        }
        return new SampleArgs(runFor, workDir);
    }

    public long deadlineNanos() {
        return System.nanoTime() + runFor.toNanos();
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
