package jbound.ladder;

import java.util.ArrayList;
import java.util.List;

/**
 * What each rung would buy the whole program a recording came from, by Amdahl's law: if the
 * hotspot takes a fraction f of the program's time and a rung runs it k times faster, the
 * program runs 1 / ((1 − f) + f / k) times faster. f is the hotspot's share of the CPU samples
 * times the share of the application's active time spent on CPU; k is the rung's measured
 * speed-up over the baseline rung (what the program does today), at the largest size measured.
 *
 * @param methodTimingFilter the hotspot as JDK 25's method timing names it ({@code Class::method}),
 *                           to measure its calls and durations exactly
 */
public record AmdahlProjection(String recording, String hotspot, double cpuSampleShare, double timeShare,
                               String baseline, String methodTimingFilter, List<Projection> projections) {

    /** One rung of one kernel: its speed-up on the hotspot, and the whole program's. */
    public record Projection(String kernel, String rung, double hotspotSpeedup, double programSpeedup) {
    }

    /**
     * @param hotspot     the recording's top method by self CPU samples; null where it has none
     * @param sampleShare its share of the CPU samples
     * @param cpuShare    the share of the application's active time spent on CPU
     */
    public static AmdahlProjection of(String recording, String hotspot, double sampleShare, double cpuShare, LadderReport measured,
                                      Rung baseline) {
        if (hotspot == null) {
            return new AmdahlProjection(recording, null, 0, 0, baseline.label(), null, List.of());
        }
        double timeShare = sampleShare * cpuShare;
        List<Projection> projections = new ArrayList<>();
        for (LadderReport.KernelResults kernel : measured.kernels()) {
            int largest = kernel.results().stream().mapToInt(LadderReport.Result::n).max().orElse(0);
            List<LadderReport.Result> atLargest = kernel.results().stream().filter(r -> r.n() == largest && r.verified()).toList();
            long base = atLargest.stream().filter(r -> r.rung().equals(baseline.label())).mapToLong(LadderReport.Result::medianNanos)
                    .findFirst().orElse(-1);
            if (base <= 0) {
                continue;
            }
            for (LadderReport.Result r : atLargest) {
                double k = (double) base / Math.max(1, r.medianNanos());
                projections.add(new Projection(kernel.name(), r.rung(), k, programSpeedup(timeShare, k)));
            }
        }
        return new AmdahlProjection(recording, hotspot, sampleShare, timeShare, baseline.label(),
                methodTimingFilter(hotspot), projections);
    }

    static double programSpeedup(double fraction, double hotspotSpeedup) {
        return 1 / ((1 - fraction) + fraction / hotspotSpeedup);
    }

    /** {@code pkg.Class.method(Args)} as {@code pkg.Class::method}. */
    public static String methodTimingFilter(String method) {
        String noArgs = method.contains("(") ? method.substring(0, method.indexOf('(')) : method;
        int dot = noArgs.lastIndexOf('.');
        return dot < 0 ? noArgs : noArgs.substring(0, dot) + "::" + noArgs.substring(dot + 1);
    }
}
