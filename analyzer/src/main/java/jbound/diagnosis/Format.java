package jbound.diagnosis;

import java.util.Locale;

import jbound.profile.ApplicationCode;

/** Numbers as jbound's sentences print them: the diagnosis's evidence and the report's words. */
public final class Format {

    /** What time with no application frame is called: JDK code, which is no method to change. */
    public static final String NO_APPLICATION_FRAME = "JDK code only (no application frame on the stack)";

    private Format() {
    }

    /**
     * A method as jbound's sentences name it (advice, top cause, phases): an event or sample with no
     * application frame is charged to "(JDK only)", which is no method to change — said as such, and
     * the advice {@code name-the-caller} says how to name its caller.
     */
    public static String method(String method) {
        return ApplicationCode.isApplicationMethod(method) ? method : NO_APPLICATION_FRAME;
    }

    public static String millis(long nanos) {
        double ms = nanos / 1e6;
        return ms == Math.rint(ms) ? String.format(Locale.ROOT, "%.0f ms", ms) : String.format(Locale.ROOT, "%.1f ms", ms);
    }

    public static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    public static String cores(double cores) {
        return String.format(Locale.ROOT, "%.2f", cores);
    }

    /** A size in bytes, in whole bytes under a KiB and in KiB with one decimal from there. */
    public static String bytes(long n) {
        return n < 1024 ? n + " bytes" : String.format(Locale.ROOT, "%.1f KiB", n / 1024.0);
    }

    public static String factor(double gain) {
        return String.format(Locale.ROOT, "%.1f×", gain);
    }
}
