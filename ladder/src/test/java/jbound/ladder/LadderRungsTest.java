package jbound.ladder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rung computes the reference's answer, native ones included, on random and edge-case inputs. */
class LadderRungsTest {

    @BeforeAll
    static void nativeKernelsLoadFromTheShippedResource() {
        NativeKernels.Availability availability = NativeKernels.availability();
        assertTrue(availability.loaded(), availability.message());
        assertTrue(availability.message().contains(NativeKernels.platform()), availability.message());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 7, 8, 15, 17, 1003, 4099, 100_000})
    void everySumOfSquaresRungMatchesTheReference(int n) {
        try (LadderKernel.Input input = new SumOfSquares().prepare(n, n)) {
            for (Rung rung : Rung.values()) {
                assertTrue(input.matchesReference(input.run(rung)), rung + " at n=" + n);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 9, 31, 1000, 4099, 100_000})
    void everyBlurRungMatchesTheReference(int n) {
        try (LadderKernel.Input input = new Blur3x3().prepare(n, n)) {
            for (Rung rung : Rung.values()) {
                assertTrue(input.matchesReference(input.run(rung)), rung + " at n=" + n);
            }
        }
    }

    @Test
    void emptyInputSumsToZero() {
        try (SumOfSquares.Data data = SumOfSquares.of()) {
            for (Rung rung : Rung.values()) {
                assertEquals(0.0, (Double) data.run(rung), rung.label());
            }
        }
    }

    @Test
    void aNanAnywhereMakesEveryRungNan() {
        double[] values = new Random(1).doubles(1001).toArray();
        values[777] = Double.NaN;
        try (SumOfSquares.Data data = SumOfSquares.of(values)) {
            for (Rung rung : Rung.values()) {
                assertTrue(Double.isNaN((Double) data.run(rung)), rung.label());
            }
        }
    }

    @Test
    void anInfinityMakesEveryRungInfinite() {
        double[] values = new Random(2).doubles(1001).toArray();
        values[3] = Double.NEGATIVE_INFINITY;
        try (SumOfSquares.Data data = SumOfSquares.of(values)) {
            assertEquals(Double.POSITIVE_INFINITY, data.reference());
            for (Rung rung : Rung.values()) {
                assertEquals(Double.POSITIVE_INFINITY, (Double) data.run(rung), rung.label());
            }
        }
    }

    @Test
    void nativeKernelReadsSegmentsThatAreNotAligned() {
        double[] values = new Random(3).doubles(10_001).toArray();
        try (SumOfSquares.Data data = SumOfSquares.of(values)) {
            for (long offset : new long[] {8, 24, 4, 1}) {
                assertTrue(SumOfSquares.Data.agrees(data.nativeAtOffset(offset), data.reference(), values.length), "offset " + offset);
            }
        }
    }

    @Test
    void blurOfAConstantImageIsThatConstantEverywhere() {
        float[] flat = new float[13 * 7];
        java.util.Arrays.fill(flat, 9f);
        try (Blur3x3.Image image = Blur3x3.of(flat, 13, 7)) {
            for (Rung rung : Rung.values()) {
                assertTrue(image.matchesReference(image.run(rung)), rung.label());
            }
            float[] out = (float[]) image.run(Rung.VECTOR);
            for (float pixel : out) {
                assertEquals(9f, pixel, 1e-5f);
            }
        }
    }

    @Test
    void vectorizedAndScalarNativeBuildsBlurAlike() {
        try (Blur3x3.Image image = (Blur3x3.Image) new Blur3x3().prepare(50_000, 5)) {
            assertTrue(image.matchesReference(image.nativeScalar()));
        }
    }

    @Test
    void crossoverIsTheSmallestSizeAtWhichNativeWins() {
        var fastJava = java.util.Map.of(Rung.PRIMITIVE, 100L, Rung.VECTOR, 50L, Rung.NATIVE, 80L, Rung.NATIVE_CRITICAL, 70L);
        var nativeWins = java.util.Map.of(Rung.PRIMITIVE, 1000L, Rung.VECTOR, 500L, Rung.NATIVE, 300L, Rung.NATIVE_CRITICAL, 310L);
        var tie = java.util.Map.of(Rung.PRIMITIVE, 1000L, Rung.VECTOR, 500L, Rung.NATIVE, 490L, Rung.NATIVE_CRITICAL, 495L);

        assertEquals(1000, LadderRunner.crossover(java.util.List.of(10, 1000, 100_000), java.util.List.of(fastJava, nativeWins, nativeWins)));
        assertEquals(10, LadderRunner.crossover(java.util.List.of(10, 1000), java.util.List.of(nativeWins, fastJava)));
        assertEquals(null, LadderRunner.crossover(java.util.List.of(10, 1000), java.util.List.of(fastJava, tie)));
        assertEquals(null, LadderRunner.crossover(java.util.List.of(10), java.util.List.of(tie)), "within 5% is no win");
    }
}
