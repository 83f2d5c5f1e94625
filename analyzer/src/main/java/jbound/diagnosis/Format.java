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

    /** A size in bytes, in whole bytes under a KiB and in KiB with one decimal from there. */
    static String bytes(long n) {
        return n < 1024 ? n + " bytes" : String.format(Locale.ROOT, "%.1f KiB", n / 1024.0);
    }

    static String factor(double gain) {
        return String.format(Locale.ROOT, "%.1f×", gain);
    }
}
