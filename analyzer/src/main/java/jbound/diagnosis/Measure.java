package jbound.diagnosis;

import java.util.Locale;
import java.util.Optional;

import jbound.profile.HotMethod;
import jbound.profile.IoSite;
import jbound.profile.Profile;
import jbound.recording.EventCatalog;

/**
 * A quantity every recording measures, per second or as a share, that shows a remedy's gain when
 * the same program is recorded before and after the change. None needs the program's own count
 * of work done: each holds the work per result constant in what it does not change.
 */
public enum Measure {

    /**
     * The hotspot's share of the program's active time: its share of the CPU samples (anywhere on
     * the stack) times the CPU's share of the active time. The rest of the program costs as much per
     * result as before, so its share grows by exactly the program's speed-up: (1 − f′) / (1 − f).
     */
    HOTSPOT_SHARE("the hotspot's share of the program's time, the rest of the program taken to cost as much per result") {
        @Override
        public double valueIn(Profile profile, TimeLedger ledger, String subject) {
            // A method no sample saw is not measured: renamed, or gone, the recording cannot tell.
            return profile.samples().hotMethods().stream().filter(m -> m.method().equals(subject)).mapToDouble(HotMethod::totalPercent)
                    .findFirst().orElse(Double.NaN) / 100 * ledger.cpuShare();
        }

        @Override
        public double gain(double before, double after) {
            return before >= 1 || Double.isNaN(after) ? Double.NaN : (1 - after) / (1 - before);
        }
    },

    /**
     * The hotspot's calls a second, counted exactly by JDK 25's method timing ({@code jdk.MethodTiming},
     * JEP 520) where both recordings were made with it: where each result calls the hotspot as
     * often, more calls are more results, whatever else the program spends its time on.
     */
    HOTSPOT_CALLS("the hotspot's calls a second, counted by JDK 25's method timing, each result taken to call it as often") {
        @Override
        public double valueIn(Profile profile, TimeLedger ledger, String subject) {
            Long calls = profile.timedCalls().get(subject);
            return calls == null ? Double.NaN : perSecond(calls, ledger);
        }
    },

    /**
     * Calls a second of one application method's I/O (socket and file events): where each result
     * makes the same calls, more calls are more results. Events under the recording's threshold are
     * not counted, and a throttle (jbound's settings: 1000 a second on JDK 25) caps the count, so a
     * rate near the throttle is a floor ({@link #floorIn}).
     */
    CALL_RATE("the calls a second of the I/O site, each result taken to make as many calls") {
        @Override
        public double valueIn(Profile profile, TimeLedger ledger, String subject) {
            return perSecond(ofTheSite(profile, subject, IoSite::count), ledger);
        }

        @Override
        public Optional<String> floorIn(Profile profile, String subject) {
            return profile.offCpu().ioByMethod().stream().filter(s -> countsCalls(s) && s.method().equals(subject)).map(IoSite::kind)
                    .distinct().flatMap(kind -> BlindSpots.throttleHit(profile, kind)
                            .map(limit -> String.format(Locale.ROOT, "%s ran at its throttle of %.0f events a second", kind.eventName(), limit)).stream())
                    .findFirst();
        }
    },

    /**
     * Bytes a second of one application method's I/O: where each result moves as many bytes,
     * more bytes are more results however many calls carry them, so fewer, larger calls leave the
     * measure whole where {@link #CALL_RATE} would fall. Calls under the recording's threshold are
     * counted in neither recording, and a throttled event's bytes are a floor, as its calls are.
     */
    BYTE_RATE("the bytes a second of the I/O site, each result taken to move as many bytes however many calls carry them") {
        @Override
        public double valueIn(Profile profile, TimeLedger ledger, String subject) {
            return perSecond(ofTheSite(profile, subject, IoSite::bytes), ledger);
        }

        @Override
        public Optional<String> floorIn(Profile profile, String subject) {
            return CALL_RATE.floorIn(profile, subject);
        }
    },

    /**
     * The application threads' CPU, in cores: where a remedy leaves the CPU per result alone
     * (overlapping waits, a shorter lock, more threads), more CPU used is more results.
     */
    APPLICATION_CPU("the application threads' CPU per second, the CPU per result taken to be unchanged") {
        @Override
        public double valueIn(Profile profile, TimeLedger ledger, String subject) {
            return ledger.cpuCores();
        }
    };

    private final String description;

    Measure(String description) {
        this.description = description;
    }

    /** Whether a site's count is calls the application waited on: events, not native samples; not reads waiting for work. */
    static boolean countsCalls(IoSite site) {
        return !site.waitingForWork() && site.kind() != EventCatalog.NATIVE_METHOD_SAMPLE;
    }

    /** A figure summed over the I/O method's sites whose count is calls it waited on. */
    private static long ofTheSite(Profile profile, String method, java.util.function.ToLongFunction<IoSite> figure) {
        return profile.offCpu().ioByMethod().stream().filter(s -> countsCalls(s) && s.method().equals(method)).mapToLong(figure).sum();
    }

    /** What is measured, and what is taken as constant, in words. */
    public String description() {
        return description;
    }

    /** The quantity in one recording. */
    public abstract double valueIn(Profile profile, TimeLedger ledger, String subject);

    /**
     * The gain (a factor on throughput) that a change from {@code before} to {@code after} shows; NaN
     * where it cannot be told. For a quantity that grows with the results, their ratio.
     */
    public double gain(double before, double after) {
        return before <= 0 || Double.isNaN(after) ? Double.NaN : after / before;
    }

    /** {@code count} over the recording, a second; NaN where none was counted. */
    private static double perSecond(long count, TimeLedger ledger) {
        return count == 0 || ledger.recordingNanos() <= 0 ? Double.NaN : count * 1e9 / ledger.recordingNanos();
    }

    /** Why the quantity in this recording is only a floor (the recording dropped some of what it counts), or empty where it is whole. */
    public Optional<String> floorIn(Profile profile, String subject) {
        return Optional.empty();
    }
}
