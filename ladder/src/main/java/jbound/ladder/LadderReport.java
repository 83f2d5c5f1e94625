package jbound.ladder;

import java.util.List;

/**
 * What the ladder measured, as the JSON document ({@code schemaVersion}) and the source of the
 * terminal table.
 *
 * @param nativeMessage  whether the native kernels loaded, and from where or why not
 * @param downcallNanos  bare FFM downcall cost; null without the native library
 * @param projection     with {@code --from}: what each rung would buy the recorded program; null otherwise
 */
public record LadderReport(int schemaVersion, Machine machine, boolean nativeAvailable, String nativeMessage,
                           Machine.DowncallNanos downcallNanos, List<KernelResults> kernels, AmdahlProjection projection) {

    /** The same measurements with a projection onto a recording's program. */
    public LadderReport withProjection(AmdahlProjection amdahl) {
        return new LadderReport(schemaVersion, machine, nativeAvailable, nativeMessage, downcallNanos, kernels, amdahl);
    }

    public static final int SCHEMA_VERSION = 1;

    /**
     * One kernel over all sizes.
     *
     * @param crossoverN the smallest size measured at which the native call beats the best Java
     *                   rung by 5 % or more (below it the call does not pay); null where it never does
     * @param verdict    in words, with native's speed against the best Java rung at each size
     */
    public record KernelResults(String name, Integer crossoverN, String verdict, List<Result> results) {
    }

    /**
     * One rung at one size.
     *
     * @param verified          its result matched the reference before any timing counted
     * @param bandwidthShare    GB/s as a share of the measured memory bandwidth, for sizes beyond the caches; null otherwise
     */
    public record Result(int n, String rung, boolean verified, long medianNanos, long minNanos, long maxNanos,
                         double elementsPerSecond, double gbPerSecond, double speedupOverNaive, Double bandwidthShare) {
    }
}
