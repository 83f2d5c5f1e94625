package jbound.ladder;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Random;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The sum of squares of a {@code double} array: the classic CPU hotspot. Rungs add in different
 * orders, so results are compared with the rigorous bound for a sum of n non-negative terms,
 * a relative error of (n + 1) × 2⁻⁵³; a NaN or an infinity in the input gives NaN or infinity
 * at every rung.
 */
public final class SumOfSquares implements LadderKernel {

    static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int PARTS_PER_CORE = 4;

    @Override
    public String name() {
        return "sum-of-squares";
    }

    @Override
    public int bytesPerElement() {
        return Double.BYTES;
    }

    @Override
    public Input prepare(int n, long seed) {
        return new Data(new Random(seed).doubles(n).toArray());
    }

    /** Input for given values, for tests of edge cases. */
    public static Data of(double... values) {
        return new Data(values.clone());
    }

    static double naive(double[] values) {
        return DoubleStream.of(values).boxed().map(v -> v * v).reduce(0.0, Double::sum);
    }

    static double primitive(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v * v;
        }
        return sum;
    }

    static double vector(double[] values, int from, int to) {
        DoubleVector even = DoubleVector.zero(SPECIES);
        DoubleVector odd = DoubleVector.zero(SPECIES);
        int step = SPECIES.length();
        int i = from;
        // two accumulators: independent chains of fused multiply-adds keep the FMA units busy
        for (; i + 2 * step <= to; i += 2 * step) {
            DoubleVector a = DoubleVector.fromArray(SPECIES, values, i);
            DoubleVector b = DoubleVector.fromArray(SPECIES, values, i + step);
            even = a.fma(a, even);
            odd = b.fma(b, odd);
        }
        double sum = even.add(odd).reduceLanes(VectorOperators.ADD);
        for (; i < to; i++) {
            sum += values[i] * values[i];
        }
        return sum;
    }

    static double parallel(double[] values) {
        int parts = Math.max(1, Math.min(values.length / 4096, Runtime.getRuntime().availableProcessors() * PARTS_PER_CORE));
        return IntStream.range(0, parts).parallel()
                .mapToDouble(p -> vector(values, (int) ((long) values.length * p / parts), (int) ((long) values.length * (p + 1) / parts)))
                .reduce(0, Double::sum);
    }

    /** Sum with compensation (Neumaier), the reference the rungs are checked against. */
    static double reference(double[] values) {
        double sum = 0;
        double compensation = 0;
        for (double v : values) {
            double term = v * v;
            double t = sum + term;
            compensation += Math.abs(sum) >= Math.abs(term) ? (sum - t) + term : (term - t) + sum;
            sum = t;
        }
        // an infinity or NaN makes the compensation NaN; the plain sum already says what the result is
        return Double.isFinite(sum) ? sum + compensation : sum;
    }

    /** The values, on the heap and off it, with their reference sum. */
    public static final class Data implements Input {
        private final double[] heap;
        private final Arena arena = Arena.ofConfined();
        private final MemorySegment offHeap;
        private final double reference;

        Data(double[] values) {
            heap = values;
            offHeap = arena.allocate(Math.max(1, (long) values.length * Double.BYTES), 64);
            MemorySegment.copy(values, 0, offHeap, ValueLayout.JAVA_DOUBLE, 0, values.length);
            reference = SumOfSquares.reference(values);
        }

        @Override
        public int elements() {
            return heap.length;
        }

        public double reference() {
            return reference;
        }

        @Override
        public Object run(Rung rung) {
            return switch (rung) {
                case NAIVE -> naive(heap);
                case PRIMITIVE -> primitive(heap);
                case VECTOR -> vector(heap, 0, heap.length);
                case NATIVE -> NativeKernels.sumOfSquares(offHeap, heap.length);
                case NATIVE_CRITICAL -> NativeKernels.sumOfSquaresCritical(heap);
                case PARALLEL -> parallel(heap);
            };
        }

        /** The native kernel on a segment that starts {@code offsetBytes} into a larger allocation. */
        public double nativeAtOffset(long offsetBytes) {
            try (Arena local = Arena.ofConfined()) {
                MemorySegment shifted = local.allocate(offsetBytes + Math.max(1, (long) heap.length * Double.BYTES), 8)
                        .asSlice(offsetBytes);
                MemorySegment.copy(heap, 0, shifted, ValueLayout.JAVA_DOUBLE_UNALIGNED, 0, heap.length);
                return NativeKernels.sumOfSquares(shifted, heap.length);
            }
        }

        @Override
        public boolean matchesReference(Object result) {
            return agrees((Double) result, reference, heap.length);
        }

        static boolean agrees(double result, double reference, int n) {
            if (Double.isNaN(reference) || Double.isInfinite(reference)) {
                return Double.compare(result, reference) == 0;
            }
            double tolerance = (n + 1) * Math.ulp(1.0) / 2 * Math.abs(reference);
            return Math.abs(result - reference) <= tolerance;
        }

        @Override
        public void close() {
            arena.close();
        }
    }
}
