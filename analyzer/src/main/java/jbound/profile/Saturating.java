package jbound.profile;

/**
 * Sums of recorded durations and byte counts: a damaged or forged recording can hold values whose
 * sum overflows a long, which would turn a total negative. They stop at the largest long instead.
 */
final class Saturating {

    private Saturating() {
    }

    static long add(long a, long b) {
        long sum = a + b;
        // Overflow only when both have the sign the sum lacks.
        return ((a ^ sum) & (b ^ sum)) < 0 ? (a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : sum;
    }
}
