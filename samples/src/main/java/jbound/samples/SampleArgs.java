package jbound.samples;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The options every sample takes: how long to run, where to put files it writes, and whether to
 * run the improved variant (the sample with the change jbound's advice names made, for a
 * before/after diff); the tests' own workloads take them too.
 */
public record SampleArgs(Duration runFor, Path workDir, boolean improved) {

    static final Duration DEFAULT_RUN = Duration.ofSeconds(10);

    /** The options of a sample without an improved variant. */
    public static SampleArgs parse(String[] args) {
        return parse(args, false);
    }

    /** The options of a sample that has an improved variant. */
    static SampleArgs parseImprovable(String[] args) {
        return parse(args, true);
    }

    private static SampleArgs parse(String[] args, boolean improvable) {
        Duration runFor = DEFAULT_RUN;
        Path workDir = Path.of(System.getProperty("java.io.tmpdir"));
        boolean improved = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> runFor = Duration.ofMillis((long) (Double.parseDouble(value(args, ++i)) * 1000));
                case "--dir" -> workDir = Path.of(value(args, ++i));
                case "--improved" -> {
                    if (!improvable) {
                        throw new IllegalArgumentException("this sample has no improved variant");
                    }
                    improved = true;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; a sample takes --seconds S and --dir DIR"
                        + (improvable ? ", and --improved for its improved variant" : ""));
            }
        }
        return new SampleArgs(runFor, workDir, improved);
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
