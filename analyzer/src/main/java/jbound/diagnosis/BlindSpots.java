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
 * contents, as {@link BlindSpot}s with the figures that show them.
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

    static List<BlindSpot> of(Profile profile) {
        List<BlindSpot> spots = new ArrayList<>();
        RecordingSettings settings = profile.settings();
        long executionSamples = profile.samples().executionSamples().totalWeight() + profile.samples().cpuTimeSamples().totalWeight();
        if (executionSamples == 0 && profile.samples().wallSamples().totalWeight() > 0) {
            spots.add(new BlindSpot.WallSamplesOnly());
        } else if (executionSamples == 0 && !settings.isEnabled(EventCatalog.EXECUTION_SAMPLE.eventName())) {
            spots.add(new BlindSpot.NoCpuSamples());
        } else if (executionSamples > 0 && executionSamples < FEW_SAMPLES) {
            spots.add(new BlindSpot.FewCpuSamples(executionSamples));
        }
        if (profile.recording().count(EventCatalog.CPU_LOAD) == 0) {
            spots.add(new BlindSpot.NoCpuLoad());
        }
        if (writtenWithoutTheJdk(profile)) {
            // Another profiler alone: none of the JDK's I/O, lock or park events. Wall samples still show waits.
            spots.add(new BlindSpot.NoJdkEvents(profile.recording().writers(), profile.samples().wallSamples().totalWeight() > 0));
        } else {
            ioThreshold(spots, settings, BlindSpot.IoKind.SOCKET, EventCatalog.SOCKET_READ, EventCatalog.SOCKET_WRITE);
            ioThreshold(spots, settings, BlindSpot.IoKind.FILE, EventCatalog.FILE_READ, EventCatalog.FILE_WRITE, EventCatalog.FILE_FORCE);
        }
        throttles(spots, profile, settings);
        ioSeenOnlyInNativeSamples(spots, profile);
        if (!writtenWithoutTheJdk(profile) || settings.isEnabled(EventCatalog.MONITOR_ENTER.eventName())) {
            lockThreshold(spots, settings);
        }
        long stackEvents = profile.samples().executionSamples().totalWeight() + profile.samples().nativeSamples().totalWeight()
                + profile.offCpu().ioSites().stream().mapToLong(s -> s.count()).sum();
        if (stackEvents > 0 && profile.truncatedStacks() > TRUNCATED_STACKS_SHARE * stackEvents) {
            spots.add(new BlindSpot.TruncatedStacks((double) profile.truncatedStacks() / stackEvents));
        }
        for (jbound.recording.ReadIssue leftOut : profile.recording().leftOut()) {
            spots.add(new BlindSpot.UnreadablePart(leftOut.detail()));
        }
        return spots;
    }

    private static boolean writtenWithoutTheJdk(Profile profile) {
        List<String> writers = profile.recording().writers();
        return !writers.isEmpty() && !writers.contains(jbound.recording.Writer.JDK.description());
    }

    private static void ioThreshold(List<BlindSpot> spots, RecordingSettings settings, BlindSpot.IoKind kind, EventCatalog... types) {
        boolean anyKnown = false;
        long worst = -1;
        List<String> worstTypes = new java.util.ArrayList<>();
        for (EventCatalog type : types) {
            if (!settings.isKnown(type.eventName())) {
                continue;
            }
            anyKnown = true;
            if (!settings.isEnabled(type.eventName())) {
                spots.add(new BlindSpot.EventDisabled(type.eventName(), kind));
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
            spots.add(new BlindSpot.IoSettingsUnknown(kind));
        } else if (worst > 0) {
            // Name the events when only some kinds are affected, e.g. a 'profile' recording whose reads and
            // writes were lowered to 0 ms but whose forces to disk kept their 10 ms.
            spots.add(new BlindSpot.IoThreshold(kind, List.copyOf(worstTypes), worstTypes.size() == types.length, worst));
        }
    }

    private static void throttles(List<BlindSpot> spots, Profile profile, RecordingSettings settings) {
        for (EventCatalog type : List.of(EventCatalog.SOCKET_READ, EventCatalog.SOCKET_WRITE, EventCatalog.FILE_READ, EventCatalog.FILE_WRITE)) {
            throttleHit(profile, type).ifPresent(limit -> spots.add(new BlindSpot.IoThrottled(type.eventName(), limit, rate(profile, type))));
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
            spots.add(new BlindSpot.IoOnlyInNativeSamples(nativeIo));
        }
    }

    /**
     * The lock threshold's blind spot where the verdict infers a lock from unseen time: it is what
     * the verdict turns on, and the re-recording that would show the lock.
     */
    static List<BlindSpot> withShortLocks(List<BlindSpot> spots, long thresholdNanos) {
        List<BlindSpot> result = new ArrayList<>(spots.stream().filter(s -> !(s instanceof BlindSpot.LockThreshold)).toList());
        result.add(new BlindSpot.ShortLocksInferred(thresholdNanos));
        return List.copyOf(result);
    }

    private static void lockThreshold(List<BlindSpot> spots, RecordingSettings settings) {
        String monitor = EventCatalog.MONITOR_ENTER.eventName();
        if (!settings.isKnown(monitor)) {
            return;
        }
        if (!settings.isEnabled(monitor)) {
            spots.add(new BlindSpot.LockEventsDisabled());
            return;
        }
        settings.nanos(monitor, "threshold").ifPresent(threshold -> {
            if (threshold >= SIGNIFICANT_IO_THRESHOLD_NANOS) {
                spots.add(new BlindSpot.LockThreshold(threshold));
            }
        });
    }
}
