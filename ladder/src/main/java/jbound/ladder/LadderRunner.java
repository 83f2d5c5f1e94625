package jbound.ladder;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Climbs the ladder: for each kernel and size, checks every rung's result against the
 * reference, then times the rungs that passed, side by side in this one run.
 */
public final class LadderRunner {

    /** From sizes where the call's cost dominates to sizes that stream from memory. */
    public static final List<Integer> DEFAULT_SIZES = List.of(10, 100, 1_000, 100_000, 10_000_000);
    public static final List<LadderKernel> KERNELS = List.of(new SumOfSquares(), new Blur3x3());

    /** Native must beat the best Java rung by this much to count as paying: less is within noise. */
    static final double NATIVE_MARGIN = 0.95;
    /** Inputs at least this large stream from memory rather than from the caches. */
    static final long MEMORY_BOUND_BYTES = 32L << 20;
    private static final long SEED = 42;

    private final Harness harness;
    private final Consumer<String> progress;

    public LadderRunner(Harness harness, Consumer<String> progress) {
        this.harness = harness;
        this.progress = progress;
    }

    public LadderReport run(List<LadderKernel> kernels, List<Integer> sizes) {
        NativeKernels.Availability availability = NativeKernels.availability();
        progress.accept("measuring the machine (memory bandwidth, downcall cost) ...");
        Machine machine = Machine.probe();
        Machine.DowncallNanos downcalls = Machine.downcalls();
        List<LadderReport.KernelResults> results = new ArrayList<>();
        for (LadderKernel kernel : kernels) {
            results.add(runKernel(kernel, sizes, machine, availability.loaded()));
        }
        return new LadderReport(LadderReport.SCHEMA_VERSION, machine, availability.loaded(), availability.message(), downcalls, results, null);
    }

    private LadderReport.KernelResults runKernel(LadderKernel kernel, List<Integer> sizes, Machine machine, boolean nativeLoaded) {
        List<LadderReport.Result> results = new ArrayList<>();
        List<Map<Rung, Long>> mediansBySize = new ArrayList<>();
        List<Integer> actualSizes = new ArrayList<>();
        for (int size : sizes) {
            try (LadderKernel.Input input = kernel.prepare(size, SEED)) {
                int n = input.elements();
                actualSizes.add(n);
                Map<Rung, Long> medians = new EnumMap<>(Rung.class);
                long naive = 0;
                for (Rung rung : Rung.values()) {
                    if (rung.isNative() && !nativeLoaded) {
                        continue;
                    }
                    progress.accept(kernel.name() + "  n=" + n + "  " + rung.label() + " ...");
                    if (!input.matchesReference(input.run(rung))) {
                        results.add(new LadderReport.Result(n, rung.label(), false, -1, -1, -1, 0, 0, 0, null));
                        continue;
                    }
                    Harness.Timing t = harness.time(() -> input.run(rung));
                    if (rung == Rung.NAIVE) {
                        naive = t.medianNanos();
                    }
                    medians.put(rung, t.medianNanos());
                    double seconds = Math.max(1, t.medianNanos()) / 1e9;
                    double bytes = (double) n * kernel.bytesPerElement();
                    double gbs = bytes / seconds / 1e9;
                    Double share = bytes >= MEMORY_BOUND_BYTES && machine.memoryBandwidthGBs() > 0 ? gbs / machine.memoryBandwidthGBs() : null;
                    results.add(new LadderReport.Result(n, rung.label(), true, t.medianNanos(), t.minNanos(), t.maxNanos(),
                            n / seconds, gbs, naive > 0 ? (double) naive / Math.max(1, t.medianNanos()) : 1.0, share));
                }
                mediansBySize.add(medians);
            }
        }
        Integer crossover = crossover(actualSizes, mediansBySize);
        return new LadderReport.KernelResults(kernel.name(), crossover, verdict(nativeLoaded, crossover, actualSizes, mediansBySize), results);
    }

    /** The smallest size at which native beats the best Java rung: below it, the call does not pay. */
    static Integer crossover(List<Integer> sizes, List<Map<Rung, Long>> medians) {
        for (int i = 0; i < sizes.size(); i++) {
            if (nativePays(medians.get(i))) {
                return sizes.get(i);
            }
        }
        return null;
    }

    private static boolean nativePays(Map<Rung, Long> medians) {
        long java = best(medians, Rung.PRIMITIVE, Rung.VECTOR);
        long nativeBest = best(medians, Rung.NATIVE, Rung.NATIVE_CRITICAL);
        return nativeBest < Long.MAX_VALUE && java < Long.MAX_VALUE && nativeBest < NATIVE_MARGIN * java;
    }

    private static long best(Map<Rung, Long> medians, Rung... rungs) {
        long best = Long.MAX_VALUE;
        for (Rung rung : rungs) {
            best = Math.min(best, medians.getOrDefault(rung, Long.MAX_VALUE));
        }
        return best;
    }

    private static String verdict(boolean nativeLoaded, Integer crossover, List<Integer> sizes, List<Map<Rung, Long>> medians) {
        if (!nativeLoaded) {
            return "native kernels not loaded: Java rungs only";
        }
        if (sizes.isEmpty()) {
            return "no sizes measured";
        }
        List<String> pays = new ArrayList<>();
        List<String> doesNot = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            Map<Rung, Long> m = medians.get(i);
            String entry = String.format(java.util.Locale.ROOT, "n=%,d (%.2f×)", sizes.get(i),
                    (double) best(m, Rung.PRIMITIVE, Rung.VECTOR) / best(m, Rung.NATIVE, Rung.NATIVE_CRITICAL));
            (nativePays(m) ? pays : doesNot).add(entry);
        }
        String speed = "native against the best Java rung: ";
        if (pays.isEmpty()) {
            return "native does not pay at these sizes — " + speed + String.join(", ", doesNot);
        }
        String text = "native pays from n=" + String.format(java.util.Locale.ROOT, "%,d", crossover) + " — " + speed + String.join(", ", pays);
        return doesNot.isEmpty() ? text : text + "; not at " + String.join(", ", doesNot) + " (under 5% or slower)";
    }
}
