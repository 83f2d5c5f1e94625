package jbound.diagnosis;

import java.util.Locale;

/** Numbers as the diagnosis's sentences print them. */
final class Format {

    private Format() {
    }

    static String millis(long nanos) {
        double ms = nanos / 1e6;
        return ms == Math.rint(ms) ? String.format(Locale.ROOT, "%.0f ms", ms) : String.format(Locale.ROOT, "%.1f ms", ms);
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    static String cores(double cores) {
        return String.format(Locale.ROOT, "%.2f", cores);
    }

    static String factor(double gain) {
        return String.format(Locale.ROOT, "%.1f×", gain);
    }
}
