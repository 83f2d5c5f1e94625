package jbound.report;

import java.util.Locale;

import jbound.diagnosis.BlindSpot;
import jbound.diagnosis.Format;
import jbound.diagnosis.Rerecord;

/** A blind spot in words: what the recording could not see, what that means for the answer, how to record so that it can. */
public final class BlindSpotWords {

    private BlindSpotWords() {
    }

    /**
     * How to record so that a blind spot is seen: with jbound's settings, {@code detail} saying what
     * they add for it ("(I/O from 1 ms)", "or the JDK's 'profile' settings"; "" where nothing), or another way.
     */
    public record Cure(boolean withJboundSettings, String detail) {

        static Cure jboundSettings() {
            return new Cure(true, "");
        }

        static Cure jboundSettings(String detail) {
            return new Cure(true, detail);
        }

        static Cure other(String how) {
            return new Cure(false, how);
        }

        /** The whole sentence: jbound's settings with the detail, or the other way. */
        public String words() {
            if (!withJboundSettings) {
                return detail;
            }
            return detail.isEmpty() ? Rerecord.WITH_JBOUND_SETTINGS
                    : Rerecord.WITH_JBOUND_SETTINGS + (detail.startsWith("(") ? " " : ", ") + detail;
        }
    }

    public static String what(BlindSpot spot) {
        return switch (spot) {
            case BlindSpot.WallSamplesOnly _ -> "No CPU samples, only wall-clock samples";
            case BlindSpot.NoCpuSamples _ -> "No CPU samples: jdk.ExecutionSample was not recorded";
            case BlindSpot.FewCpuSamples s -> "Only " + s.samples() + (s.samples() == 1 ? " CPU sample" : " CPU samples");
            case BlindSpot.NoCpuLoad _ -> "No CPU load readings: jdk.CPULoad was not recorded";
            case BlindSpot.NoJdkEvents s -> "No I/O, lock or park events: " + String.join(" and ", s.writers())
                    + " wrote this recording without the JDK's own events";
            case BlindSpot.EventDisabled s -> s.eventName() + " was not recorded";
            case BlindSpot.IoSettingsUnknown s -> capitalized(io(s.kind())) + " I/O settings are not in the recording";
            case BlindSpot.IoThreshold s -> (s.allOfKind() ? capitalized(io(s.kind())) + " I/O calls" : String.join(" and ", s.events()) + " calls")
                    + " shorter than " + Format.millis(s.thresholdNanos()) + " were not recorded";
            case BlindSpot.IoThrottled s -> String.format(Locale.ROOT, "%s was throttled to %.0f events/s and ran at %.0f/s", s.eventName(),
                    s.limitPerSecond(), s.ratePerSecond());
            case BlindSpot.IoOnlyInNativeSamples s -> "Threads were caught " + s.samples()
                    + " times in native socket or file code, more than the I/O events account for";
            case BlindSpot.TruncatedStacks s -> String.format(Locale.ROOT, "%.0f%% of stacks were cut at the JVM's depth limit", 100.0 * s.share());
            case BlindSpot.UnreadablePart s -> "Part of the file was unreadable: " + s.detail();
            case BlindSpot.LockEventsDisabled _ -> "Lock contention (jdk.JavaMonitorEnter) was not recorded";
            case BlindSpot.LockThreshold s -> "Lock waits shorter than " + Format.millis(s.thresholdNanos()) + " were not recorded";
            case BlindSpot.ShortLocksInferred s -> "Lock waits shorter than "
                    + (s.thresholdNanos() > 0 ? Format.millis(s.thresholdNanos()) : "the threshold") + " were not recorded";
        };
    }

    public static String consequence(BlindSpot spot) {
        return switch (spot) {
            case BlindSpot.WallSamplesOnly _ ->
                    "CPU is sized from the share of wall samples that found each thread running; hot methods by CPU cannot be listed apart";
            case BlindSpot.NoCpuSamples _ -> "which methods compute, and how much of the time threads compute, cannot be told";
            case BlindSpot.FewCpuSamples _ -> "method percentages are coarse";
            case BlindSpot.NoCpuLoad _ -> "the JVM's CPU over time, and whether it spikes then idles, cannot be shown";
            case BlindSpot.NoJdkEvents s -> s.wallSampled() ? "waits are seen only as wall-clock samples, not as durations per socket, file or lock"
                    : "threads waiting on I/O or locks are invisible: only threads on CPU were sampled";
            case BlindSpot.EventDisabled s -> io(s.kind()) + " I/O of that kind is invisible, except as threads caught in native I/O code";
            case BlindSpot.IoSettingsUnknown s -> "whether " + io(s.kind()) + " I/O was recorded, and from which duration, cannot be told";
            case BlindSpot.IoThreshold s -> s.significant() ? "a service making many short calls shows little or no I/O; its time in I/O is undercounted"
                    : "only very short calls are missing; summed I/O time is a slight undercount";
            case BlindSpot.IoThrottled _ -> "calls beyond the throttle were dropped: summed I/O time and bytes undercount";
            case BlindSpot.IoOnlyInNativeSamples _ -> "these I/O calls were not recorded as events (under the threshold, throttled, or the events "
                    + "were off); jbound counts native samples in I/O code as I/O time (a lower bound: the JVM samples one native thread per period)";
            case BlindSpot.TruncatedStacks _ -> "totals of outer callers undercount, and some I/O may be charged to no application method";
            case BlindSpot.UnreadablePart _ -> "events in it are not counted";
            case BlindSpot.LockEventsDisabled _ -> "threads blocked on synchronized blocks are invisible";
            case BlindSpot.LockThreshold _ -> "many short waits on a hot lock add up unseen";
            case BlindSpot.ShortLocksInferred _ -> "working threads spent much of their time where no event shows, on idle cores: a lock held "
                    + "briefly and often serialises them unseen, so the lock-bound verdict is inferred and its site unnamed";
        };
    }

    public static Cure cure(BlindSpot spot) {
        return switch (spot) {
            case BlindSpot.WallSamplesOnly _ -> Cure.other("profile CPU and wall clock together (async-profiler: event=cpu,wall=10ms)");
            case BlindSpot.NoCpuSamples _ -> Cure.jboundSettings("or the JDK's 'profile' settings");
            case BlindSpot.FewCpuSamples _ -> Cure.other("record for longer, or sample more often (jdk.ExecutionSample#period=10ms)");
            case BlindSpot.NoCpuLoad _, BlindSpot.EventDisabled _, BlindSpot.IoSettingsUnknown _, BlindSpot.IoOnlyInNativeSamples _,
                 BlindSpot.LockEventsDisabled _ -> Cure.jboundSettings();
            case BlindSpot.NoJdkEvents _ ->
                    Cure.other("add the JDK's events (async-profiler: jfrsync=profile), or sample wall clock too (event=cpu,wall=10ms)");
            case BlindSpot.IoThreshold s -> s.significant() ? Cure.jboundSettings("(I/O from 1 ms)")
                    : Cure.other("lower the threshold (for example " + s.events().getFirst() + "#threshold=0ms) to see every call");
            case BlindSpot.IoThrottled s -> Cure.other("raise the throttle (for example " + s.eventName() + "#throttle=off) for a short recording");
            case BlindSpot.TruncatedStacks _ -> Cure.other("record with -XX:FlightRecorderOptions:stackdepth=256");
            case BlindSpot.UnreadablePart _ -> Cure.other("copy the recording again, or dump it anew with 'jcmd <pid> JFR.dump'");
            case BlindSpot.LockThreshold _ -> Cure.jboundSettings("(locks from 5 ms)");
            case BlindSpot.ShortLocksInferred _ -> Cure.other("record with 'jdk.JavaMonitorEnter#threshold=1ms,jdk.ThreadPark#threshold=1ms,"
                    + "jdk.JavaMonitorInflate#enabled=true' added to -XX:StartFlightRecording (or " + Rerecord.WITH_JBOUND_SETTINGS + ")");
        };
    }

    /** "socket", "file". */
    private static String io(BlindSpot.IoKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
