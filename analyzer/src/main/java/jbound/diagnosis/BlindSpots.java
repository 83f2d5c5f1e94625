package jbound.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import jbound.profile.Profile;
import jbound.profile.RecordingSettings;
import jbound.profile.ThreadLedger;
import jbound.recording.EventCatalog;

/**
 * Reads what the recording could not see from its settings ({@code jdk.ActiveSetting}) and its
 * contents, each with its consequence and the way to record so that it can.
 */
final class BlindSpots {

    /** An I/O threshold from here on hides calls that matter for a service (JDK 17's default is 20 ms). */
    static final long SIGNIFICANT_IO_THRESHOLD_NANOS = 10_000_000L;
    /** Observed event rate at this share of the throttle or more: the throttle was probably dropping events. */
    static final double THROTTLE_HIT_SHARE = 0.8;
    /** Share of events with cut stacks from which totals per caller become unreliable. */
    static final double TRUNCATED_STACKS_SHARE = 0.05;
    /** Fewer CPU samples than this make method percentages coarse (±5 points and worse). */
    static final long FEW_SAMPLES = 100;

    private BlindSpots() {
    }

    /**
     * The kind of time a blind spot hides, so the verdict it cannot change keeps its confidence: a
     * missing short I/O call can only make a recording more I/O-bound. UNKNOWN: it may hide anything.
     */
    static VerdictKind hides(BlindSpot spot) {
        return switch (spot.id()) {
            case "io-threshold", "io-throttled", "event-disabled" -> VerdictKind.IO_BOUND;
            case "lock-events-disabled", "lock-threshold", "short-locks-inferred" -> VerdictKind.LOCK_BOUND;
            case "no-cpu-samples" -> VerdictKind.CPU_BOUND;
            default -> VerdictKind.UNKNOWN;
        };
    }

    static List<BlindSpot> of(Profile profile) {
        List<BlindSpot> spots = new ArrayList<>();
        RecordingSettings settings = profile.settings();
        long executionSamples = profile.samples().executionSamples().totalWeight() + profile.samples().cpuTimeSamples().totalWeight();
        if (executionSamples == 0 && profile.samples().wallSamples().totalWeight() > 0) {
            spots.add(new BlindSpot("wall-samples-only", "No CPU samples, only wall-clock samples",
                    "CPU is sized from the share of wall samples that found each thread running; hot methods by CPU cannot be listed apart",
                    "profile CPU and wall clock together (async-profiler: event=cpu,wall=10ms)", false));
        } else if (executionSamples == 0 && !settings.isEnabled(EventCatalog.EXECUTION_SAMPLE.eventName())) {
            spots.add(new BlindSpot("no-cpu-samples", "No CPU samples: jdk.ExecutionSample was not recorded",
                    "which methods compute, and how much of the time threads compute, cannot be told",
                    Rerecord.WITH_JBOUND_SETTINGS + ", or the JDK's 'profile' settings", true));
        } else if (executionSamples > 0 && executionSamples < FEW_SAMPLES) {
            spots.add(new BlindSpot("few-cpu-samples", "Only " + executionSamples + (executionSamples == 1 ? " CPU sample" : " CPU samples"),
                    "method percentages are coarse", "record for longer, or sample more often (jdk.ExecutionSample#period=10ms)", false));
        }
        if (profile.recording().count(EventCatalog.CPU_LOAD) == 0) {
            spots.add(new BlindSpot("no-cpu-load", "No CPU load readings: jdk.CPULoad was not recorded",
                    "the JVM's CPU over time, and whether it spikes then idles, cannot be shown", Rerecord.WITH_JBOUND_SETTINGS, false));
        }
        if (writtenWithoutTheJdk(profile)) {
            // Another profiler alone: none of the JDK's I/O, lock or park events. Wall samples still show waits.
            boolean wall = profile.samples().wallSamples().totalWeight() > 0;
            spots.add(new BlindSpot("no-jdk-events", "No I/O, lock or park events: " + String.join(" and ", profile.recording().writers())
                    + " wrote this recording without the JDK's own events",
                    wall ? "waits are seen only as wall-clock samples, not as durations per socket, file or lock"
                            : "threads waiting on I/O or locks are invisible: only threads on CPU were sampled",
                    "add the JDK's events (async-profiler: jfrsync=profile), or sample wall clock too (event=cpu,wall=10ms)", !wall));
        } else {
            ioThreshold(spots, settings, "Socket", EventCatalog.SOCKET_READ, EventCatalog.SOCKET_WRITE);
            ioThreshold(spots, settings, "File", EventCatalog.FILE_READ, EventCatalog.FILE_WRITE, EventCatalog.FILE_FORCE);
        }
        throttles(spots, profile, settings);
        ioSeenOnlyInNativeSamples(spots, profile);
        if (!writtenWithoutTheJdk(profile) || settings.isEnabled(EventCatalog.MONITOR_ENTER.eventName())) {
            lockThreshold(spots, settings);
        }
        long stackEvents = profile.samples().executionSamples().totalWeight() + profile.samples().nativeSamples().totalWeight()
                + profile.offCpu().ioSites().stream().mapToLong(s -> s.count()).sum();
        if (stackEvents > 0 && profile.truncatedStacks() > TRUNCATED_STACKS_SHARE * stackEvents) {
            spots.add(new BlindSpot("truncated-stacks", String.format("%.0f%% of stacks were cut at the JVM's depth limit", 100.0 * profile.truncatedStacks() / stackEvents),
                    "totals of outer callers undercount, and some I/O may be charged to no application method",
                    "record with -XX:FlightRecorderOptions:stackdepth=256", false));
        }
        for (jbound.recording.ReadIssue leftOut : profile.recording().leftOut()) {
            spots.add(new BlindSpot("unreadable-part", "Part of the file was unreadable: " + leftOut.detail(), "events in it are not counted",
                    "copy the recording again, or dump it anew with 'jcmd <pid> JFR.dump'", true));
        }
        return spots;
    }

    private static boolean writtenWithoutTheJdk(Profile profile) {
        List<String> writers = profile.recording().writers();
        return !writers.isEmpty() && !writers.contains(jbound.recording.Writer.JDK.description());
    }

    private static void ioThreshold(List<BlindSpot> spots, RecordingSettings settings, String kind, EventCatalog... types) {
        boolean anyKnown = false;
        long worst = -1;
        List<String> worstTypes = new java.util.ArrayList<>();
        for (EventCatalog type : types) {
            if (!settings.isKnown(type.eventName())) {
                continue;
            }
            anyKnown = true;
            if (!settings.isEnabled(type.eventName())) {
                spots.add(new BlindSpot("event-disabled", type.eventName() + " was not recorded",
                        kind.toLowerCase() + " I/O of that kind is invisible, except as threads caught in native I/O code",
                        Rerecord.WITH_JBOUND_SETTINGS, true));
                continue;
            }
            OptionalLong threshold = settings.nanos(type.eventName(), "threshold");
            if (threshold.isPresent() && threshold.getAsLong() >= worst) {
                if (threshold.getAsLong() > worst) {
                    worstTypes.clear();
                }
                worst = threshold.getAsLong();
                worstTypes.add(type.eventName());
            }
        }
        if (!anyKnown) {
            spots.add(new BlindSpot("io-settings-unknown", kind + " I/O settings are not in the recording",
                    "whether " + kind.toLowerCase() + " I/O was recorded, and from which duration, cannot be told",
                    Rerecord.WITH_JBOUND_SETTINGS, false));
        } else if (worst > 0) {
            boolean significant = worst >= SIGNIFICANT_IO_THRESHOLD_NANOS;
            // Name the events when only some kinds are affected, e.g. a 'profile' recording whose reads and
            // writes were lowered to 0 ms but whose forces to disk kept their 10 ms.
            String which = worstTypes.size() == types.length ? kind + " I/O calls" : String.join(" and ", worstTypes) + " calls";
            spots.add(new BlindSpot("io-threshold", which + " shorter than " + Format.millis(worst) + " were not recorded",
                    significant ? "a service making many short calls shows little or no I/O; its time in I/O is undercounted"
                            : "only very short calls are missing; summed I/O time is a slight undercount",
                    significant ? Rerecord.WITH_JBOUND_SETTINGS + " (I/O from 1 ms)"
                            : "lower the threshold (for example " + worstTypes.getFirst() + "#threshold=0ms) to see every call",
                    significant));
        }
    }

    private static void throttles(List<BlindSpot> spots, Profile profile, RecordingSettings settings) {
        for (EventCatalog type : List.of(EventCatalog.SOCKET_READ, EventCatalog.SOCKET_WRITE, EventCatalog.FILE_READ, EventCatalog.FILE_WRITE)) {
            throttleHit(profile, type).ifPresent(limit -> spots.add(new BlindSpot("io-throttled",
                    String.format("%s was throttled to %.0f events/s and ran at %.0f/s", type.eventName(), limit, rate(profile, type)),
                    "calls beyond the throttle were dropped: summed I/O time and bytes undercount",
                    "raise the throttle (for example " + type.eventName() + "#throttle=off) for a short recording", true)));
        }
    }

    /** The throttle of {@code type}, in events a second, where the recording ran close enough to it that it was probably dropping events. */
    static Optional<Double> throttleHit(Profile profile, EventCatalog type) {
        return profile.settings().throttlePerSecond(type.eventName()).filter(limit -> rate(profile, type) >= THROTTLE_HIT_SHARE * limit);
    }

    private static double rate(Profile profile, EventCatalog type) {
        return profile.recording().count(type) / Math.max(1e-9, profile.recording().duration().toNanos() / 1e9);
    }

    private static void ioSeenOnlyInNativeSamples(List<BlindSpot> spots, Profile profile) {
        long nativeIo = 0;
        long ioNanos = 0;
        for (ThreadLedger t : profile.applicationThreads()) {
            nativeIo += t.nativeIoSamples();
            ioNanos += t.ioNanos();
        }
        long ioEventNanos = profile.offCpu().ioSites().stream().filter(s -> !s.waitingForWork()).mapToLong(s -> s.totalNanos()).sum();
        if (nativeIo > 0 && ioNanos > 2 * ioEventNanos) {
            spots.add(new BlindSpot("io-only-in-native-samples", "Threads were caught " + nativeIo + " times in native socket or file code, more than the I/O events account for",
                    "these I/O calls were not recorded as events (under the threshold, throttled, or the events were off); jbound counts native samples in I/O code as I/O time "
                            + "(a lower bound: the JVM samples one native thread per period)",
                    Rerecord.WITH_JBOUND_SETTINGS, false));
        }
    }

    /** A monitor-enter threshold that hides the waits of short critical sections. */
    static final String SHORT_LOCKS_WHAT = "Lock waits shorter than ";

    /**
     * The lock threshold's blind spot where the verdict infers a lock from unseen time: it is what
     * the verdict turns on, and the re-recording that would show the lock.
     */
    static List<BlindSpot> withShortLocks(List<BlindSpot> spots, long thresholdNanos) {
        List<BlindSpot> result = new ArrayList<>(spots.stream().filter(s -> !s.id().equals("lock-threshold")).toList());
        result.add(new BlindSpot("short-locks-inferred", SHORT_LOCKS_WHAT + (thresholdNanos > 0 ? Format.millis(thresholdNanos) : "the threshold") + " were not recorded",
                "working threads spent much of their time where no event shows, on idle cores: a lock held briefly and often serialises "
                        + "them unseen, so the lock-bound verdict is inferred and its site unnamed",
                "record with 'jdk.JavaMonitorEnter#threshold=1ms,jdk.ThreadPark#threshold=1ms,jdk.JavaMonitorInflate#enabled=true' added "
                        + "to -XX:StartFlightRecording (or " + Rerecord.WITH_JBOUND_SETTINGS + ")", true));
        return List.copyOf(result);
    }

    private static void lockThreshold(List<BlindSpot> spots, RecordingSettings settings) {
        String monitor = EventCatalog.MONITOR_ENTER.eventName();
        if (!settings.isKnown(monitor)) {
            return;
        }
        if (!settings.isEnabled(monitor)) {
            spots.add(new BlindSpot("lock-events-disabled", "Lock contention (jdk.JavaMonitorEnter) was not recorded",
                    "threads blocked on synchronized blocks are invisible", Rerecord.WITH_JBOUND_SETTINGS, true));
            return;
        }
        settings.nanos(monitor, "threshold").ifPresent(threshold -> {
            if (threshold >= SIGNIFICANT_IO_THRESHOLD_NANOS) {
                spots.add(new BlindSpot("lock-threshold", SHORT_LOCKS_WHAT + Format.millis(threshold) + " were not recorded",
                        "many short waits on a hot lock add up unseen", Rerecord.WITH_JBOUND_SETTINGS + " (locks from 5 ms)", false));
            }
        });
    }
}
