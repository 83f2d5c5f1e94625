package jbound.diagnosis;

import java.util.Arrays;
import java.util.List;

import jbound.profile.CpuLoadPoint;

/**
 * The shape of the JVM's CPU load over time ({@code jdk.CPULoad}): its level, its peak, and
 * whether it spikes then idles in turns — the mark of a mixed load where computing waits for
 * I/O and I/O waits for computing.
 *
 * @param readings        how many load readings there were
 * @param meanCores       average JVM CPU, in cores
 * @param peakCores       the 95th percentile of JVM CPU, in cores
 * @param highShare       share of readings at 60 % of the peak or more
 * @param lowShare        share of readings at 25 % of the peak or less
 * @param alternations    how many times the load went from high to low or back
 */
public record LoadPattern(int readings, double meanCores, double peakCores, double highShare, double lowShare,
                          int alternations, boolean spikesThenIdles) {

    /** Readings needed before a pattern is called: a couple of cycles at the JDK's 1 s period. */
    static final int MIN_READINGS = 8;
    /** Below this peak the JVM is never busy enough for spikes to mean anything, in cores. */
    static final double MIN_PEAK_CORES = 0.3;
    static final double HIGH_OF_PEAK = 0.6;
    static final double LOW_OF_PEAK = 0.25;
    /** Each state must hold at least this share of the readings. */
    static final double MIN_STATE_SHARE = 0.2;
    /** Two full spike-idle cycles. */
    static final int MIN_ALTERNATIONS = 4;

    static final LoadPattern NONE = new LoadPattern(0, 0, 0, 0, 0, 0, false);

    static LoadPattern of(List<CpuLoadPoint> points) {
        if (points.isEmpty()) {
            return NONE;
        }
        double[] cores = points.stream().mapToDouble(CpuLoadPoint::jvmCores).toArray();
        double mean = Arrays.stream(cores).average().orElse(0);
        double[] sorted = cores.clone();
        Arrays.sort(sorted);
        double peak = sorted[Math.min(sorted.length - 1, (int) Math.floor(0.95 * (sorted.length - 1)))];
        int high = 0;
        int low = 0;
        int alternations = 0;
        int state = 0;
        for (double c : cores) {
            int now = c >= HIGH_OF_PEAK * peak ? 1 : c <= LOW_OF_PEAK * peak ? -1 : 0;
            if (now == 1) {
                high++;
            } else if (now == -1) {
                low++;
            }
            if (now != 0 && state != 0 && now != state) {
                alternations++;
            }
            if (now != 0) {
                state = now;
            }
        }
        double highShare = (double) high / cores.length;
        double lowShare = (double) low / cores.length;
        boolean spiky = cores.length >= MIN_READINGS && peak >= MIN_PEAK_CORES
                && highShare >= MIN_STATE_SHARE && lowShare >= MIN_STATE_SHARE && alternations >= MIN_ALTERNATIONS;
        return new LoadPattern(cores.length, mean, peak, highShare, lowShare, alternations, spiky);
    }
}
