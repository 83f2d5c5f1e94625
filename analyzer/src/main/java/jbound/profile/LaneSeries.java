package jbound.profile;

import java.util.Arrays;

/**
 * What the threads of one lane did over time, in bins of the clock: at most {@value #MAX_BINS}
 * bins, each a power of two seconds wide and aligned to the clock's multiples of it, so any
 * recording's length fits in bounded memory — a recording too long for its bins has them merged
 * pairwise, twice as wide. A point falls in the bin it was taken in; a duration is spread over the
 * bins it covers. Mergeable: sums only, after bringing both to the wider bins.
 */
final class LaneSeries {

    static final int MAX_BINS = 512;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    /** What a lane's series hold: the shapes its ledger's figures are spread by. */
    enum Kind {
        /** CPU samples of any sampler, and wall-clock samples on CPU. */
        CPU_SAMPLES,
        /** {@code jdk.ThreadCPULoad}: each reading's share, where it was taken (it covers the period before: see {@link #overPeriodsBefore}). */
        MEASURED_CPU,
        IO_NANOS, NATIVE_IO_SAMPLES, WALL_IO,
        LOCK_NANOS, WALL_LOCK,
        WAIT_NANOS, WALL_WAITING
    }

    private static final int KINDS = Kind.values().length;

    private long binSeconds = 1;
    /** The clock's bin number (seconds / binSeconds) of {@code values[k][0]}; unset while empty. */
    private long firstBin;
    private int used;
    private double[][] values = new double[KINDS][0];

    void point(Kind kind, long timeNanos, double amount) {
        int at = slot(Math.floorDiv(timeNanos, NANOS_PER_SECOND * binSeconds));
        values[kind.ordinal()][at] += amount;
    }

    /** A duration from {@code startNanos}, spread over the bins it covers at {@code rate} per nanosecond. */
    void spread(Kind kind, long startNanos, long durationNanos, double rate) {
        long end = Saturating.add(startNanos, Math.max(0, durationNanos));
        long width = NANOS_PER_SECOND * binSeconds;
        long first = Math.floorDiv(startNanos, width);
        long last = Math.floorDiv(end, width);
        slot(first);
        slot(last);
        // Slots may have moved (the bins grew wider): index from the bins as they are now.
        width = NANOS_PER_SECOND * binSeconds;
        first = Math.floorDiv(startNanos, width);
        last = Math.floorDiv(end, width);
        double[] series = values[kind.ordinal()];
        for (long bin = first; bin <= last; bin++) {
            long from = Math.max(startNanos, bin * width);
            long to = Math.min(end, (bin + 1) * width);
            if (to > from) {
                series[(int) (bin - firstBin)] += rate * (to - from);
            }
        }
    }

    void mergeFrom(LaneSeries other) {
        if (other.used == 0) {
            return;
        }
        while (binSeconds < other.binSeconds) {
            widen();
        }
        for (int i = 0; i < other.used; i++) {
            // slot() widens these bins if it must, and answers for the bin as it is then.
            int at = slot(Math.floorDiv(other.firstBin + i, binSeconds / other.binSeconds));
            for (int k = 0; k < KINDS; k++) {
                values[k][at] += other.values[k][i];
            }
        }
    }

    long binSeconds() {
        return binSeconds;
    }

    /**
     * The series of {@code kind} projected onto stretches of the clock, each stretch {@code [starts[i],
     * ends[i])} in nanoseconds: a bin's amount is shared out by how much of it each stretch covers.
     */
    double[] over(Kind kind, long[] starts, long[] ends) {
        double[] out = new double[starts.length];
        double[] series = values[kind.ordinal()];
        long width = NANOS_PER_SECOND * binSeconds;
        for (int i = 0, b = 0; i < starts.length; i++) {
            // Stretches are in order: the bins before this one's start are done with.
            while (b < used && (firstBin + b + 1) * width <= starts[i]) {
                b++;
            }
            for (int j = b; j < used && (firstBin + j) * width < ends[i]; j++) {
                long binStart = (firstBin + j) * width;
                long overlap = Math.min(ends[i], binStart + width) - Math.max(starts[i], binStart);
                if (overlap > 0) {
                    out[i] += series[j] * overlap / width;
                }
            }
        }
        return out;
    }

    /**
     * As {@link #over}, for readings that each cover the {@code periodNanos} before them: a bin's
     * readings are spread over the bin and the period before it. Done here, not while reading,
     * because the period is only sure once all the settings are read.
     */
    double[] overPeriodsBefore(Kind kind, long[] starts, long[] ends, long periodNanos) {
        double[] out = new double[starts.length];
        double[] series = values[kind.ordinal()];
        long width = NANOS_PER_SECOND * binSeconds;
        for (int j = 0; j < used; j++) {
            if (series[j] == 0) {
                continue;
            }
            long to = (firstBin + j + 1) * width;
            long from = to - width - Math.max(0, periodNanos);
            for (int i = 0; i < starts.length; i++) {
                long overlap = Math.min(ends[i], to) - Math.max(starts[i], from);
                if (overlap > 0) {
                    out[i] += series[j] * overlap / (to - from);
                }
            }
        }
        return out;
    }

    double total(Kind kind) {
        double sum = 0;
        for (int i = 0; i < used; i++) {
            sum += values[kind.ordinal()][i];
        }
        return sum;
    }

    /** The slot of a clock bin, making room: earlier or later bins grow the arrays, too many widen the bins. */
    private int slot(long bin) {
        if (used == 0) {
            firstBin = bin;
            ensureCapacity(1);
            used = 1;
            return 0;
        }
        while (Math.max(bin, firstBin + used - 1) - Math.min(bin, firstBin) + 1 > MAX_BINS) {
            widen();
            bin = Math.floorDiv(bin, 2);
        }
        if (bin < firstBin) {
            int shift = (int) (firstBin - bin);
            ensureCapacity(used + shift);
            for (double[] series : values) {
                System.arraycopy(series, 0, series, shift, used);
                Arrays.fill(series, 0, shift, 0);
            }
            firstBin = bin;
            used += shift;
            return 0;
        }
        int at = (int) (bin - firstBin);
        if (at >= used) {
            ensureCapacity(at + 1);
            used = at + 1;
        }
        return at;
    }

    /** Bins twice as wide: each pair of clock bins becomes one. */
    private void widen() {
        long newFirst = Math.floorDiv(firstBin, 2);
        int newUsed = used == 0 ? 0 : (int) (Math.floorDiv(firstBin + used - 1, 2) - newFirst + 1);
        for (int k = 0; k < KINDS; k++) {
            double[] merged = new double[Math.max(newUsed, 1)];
            for (int i = 0; i < used; i++) {
                merged[(int) (Math.floorDiv(firstBin + i, 2) - newFirst)] += values[k][i];
            }
            values[k] = merged;
        }
        firstBin = newFirst;
        used = newUsed;
        binSeconds *= 2;
    }

    private void ensureCapacity(int bins) {
        if (values[0].length >= bins) {
            return;
        }
        int capacity = Math.min(MAX_BINS, Math.max(bins, Math.max(8, 2 * values[0].length)));
        for (int k = 0; k < KINDS; k++) {
            values[k] = Arrays.copyOf(values[k], capacity);
        }
    }
}
