package jbound.samples;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The CPU sample's hotspot on the ladder's fastest Java rung: the Vector API at the machine's
 * preferred width, two chains of fused multiply-adds. Loaded only by the improved variant, whose
 * JVM runs with {@code --add-modules jdk.incubator.vector}.
 */
final class VectorSum {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;

    private VectorSum() {
    }

    static double sumOfSquares(double[] values) {
        DoubleVector even = DoubleVector.zero(SPECIES);
        DoubleVector odd = DoubleVector.zero(SPECIES);
        int step = SPECIES.length();
        int i = 0;
        for (; i + 2 * step <= values.length; i += 2 * step) {
            DoubleVector a = DoubleVector.fromArray(SPECIES, values, i);
            DoubleVector b = DoubleVector.fromArray(SPECIES, values, i + step);
            even = a.fma(a, even);
            odd = b.fma(b, odd);
        }
        double sum = even.add(odd).reduceLanes(VectorOperators.ADD);
        for (; i < values.length; i++) {
            sum += values[i] * values[i];
        }
        return sum;
    }
}
