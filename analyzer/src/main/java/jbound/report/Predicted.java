package jbound.report;

import java.util.Locale;

import jbound.diagnosis.Prediction;

/** A prediction's range as every report writes it: "1.6–1.9× the throughput", or "no gain" where there is none to expect. */
final class Predicted {

    /** Gains closer than this print as one figure. */
    private static final double SAME = 0.05;

    private Predicted() {
    }

    static String range(Prediction p) {
        if (p.high() < 1 + SAME) {
            return "no measurable gain";
        }
        String low = factor(p.low());
        String high = factor(p.high());
        return (low.equals(high) ? "up to " + high : low + "–" + high) + "× the throughput";
    }

    static String factor(double gain) {
        return gain >= 10 ? String.format(Locale.ROOT, "%.0f", gain) : String.format(Locale.ROOT, "%.1f", gain);
    }
}
