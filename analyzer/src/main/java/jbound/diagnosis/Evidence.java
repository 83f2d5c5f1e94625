package jbound.diagnosis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jbound.profile.CpuSource;
import jbound.profile.Lane;

/**
 * One fact behind a verdict, as data: an id a program can match on and the figures it rests on.
 * {@link #facts()} gives the figures with their units in the key ({@code jvmCores},
 * {@code cpuShare}, {@code seconds}) for the JSON; the sentence a person reads is worded at the
 * edge ({@code jbound.report.VerdictWords}).
 */
public sealed interface Evidence {

    /** The evidence's kind, stable across versions: "ledger", "cpu-source", "unseen-time"… */
    String id();

    /** The figures, in a fixed order, unknown ones (NaN) left out. */
    Map<String, Object> facts();

    /** The recording has nothing that measures or samples CPU: computing and waiting cannot be compared. */
    record NoCpuEvidence() implements Evidence {
        public String id() {
            return "no-cpu-evidence";
        }

        public Map<String, Object> facts() {
            return Map.of();
        }
    }

    /**
     * An idle verdict's figures: thread-seconds per second active and waiting for work.
     *
     * @param lightlyLoaded the threads were active enough to be serving, waiting for work most of the time
     */
    record Idle(boolean lightlyLoaded, double busyThreads, double waitingForWorkThreads) implements Evidence {
        public String id() {
            return lightlyLoaded ? "lightly-loaded" : "idle";
        }

        public Map<String, Object> facts() {
            return Evidence.facts("busyThreads", busyThreads, "waitingForWorkThreads", waitingForWorkThreads);
        }
    }

    /** The application threads' active time and its shares, from {@link TimeLedger}. */
    record Ledger(long activeNanos, double cpuShare, double ioShare, double lockShare, long stoppedNanos, double stoppedShare,
                  double unseenShare, long waitingForWorkNanos) implements Evidence {
        public String id() {
            return "ledger";
        }

        public Map<String, Object> facts() {
            return Evidence.facts("activeSeconds", activeNanos / 1e9, "cpuShare", cpuShare, "ioShare", ioShare, "lockShare", lockShare,
                    "stoppedShare", stoppedShare, "unseenShare", unseenShare, "waitingForWorkSeconds", waitingForWorkNanos / 1e9);
        }
    }

    /**
     * Time parked under clients' blocking calls, counted as I/O though another thread did the socket I/O.
     *
     * @param inferredNanos the part of it that waits on futures, taken for remote calls because event loops were at work
     * @param clients       the first few clients waited on
     */
    record RemoteCalls(long nanos, long inferredNanos, List<String> clients) implements Evidence {
        public String id() {
            return "remote-calls";
        }

        public Map<String, Object> facts() {
            return Evidence.facts("remoteCallSeconds", nanos / 1e9, "inferredRemoteSeconds", inferredNanos / 1e9, "clients", clients);
        }
    }

    /**
     * Time in native code beyond the threads' measured CPU, counted as I/O.
     *
     * @param busiestNativeMethod the libraries' native method with most samples, where one was sampled
     */
    record NativeBlocked(long nanos, Optional<String> busiestNativeMethod) implements Evidence {
        public String id() {
            return "native-blocked";
        }

        public Map<String, Object> facts() {
            return Evidence.facts("nativeBlockedSeconds", nanos / 1e9);
        }
    }

    /** The JVM's CPU load as {@code jdk.CPULoad} measured it, in cores, and its pattern over the readings. */
    record ProcessLoad(double jvmCores, int cores, double machineCores, LoadPattern pattern) implements Evidence {
        public String id() {
            return "process-load";
        }

        public Map<String, Object> facts() {
            return Evidence.facts("jvmCores", jvmCores, "machineCores", machineCores, "cores", cores, "peakJvmCores", pattern.peakCores(),
                    "spikesThenIdles", pattern.spikesThenIdles());
        }
    }

    /**
     * Which source sized the application threads' CPU, and how much of it their samples cover.
     *
     * @param processCpuNanos the JVM's measured CPU over the recording, negative where unmeasured
     * @param loadKnown       whether {@code jdk.CPULoad} was read, to check samples against
     */
    record CpuSourceUsed(CpuSource source, long cpuNanos, long sampledCpuNanos, long processCpuNanos, double sampleCoverage,
                         boolean loadKnown) implements Evidence {
        public String id() {
            return "cpu-source";
        }

        public Map<String, Object> facts() {
            return Evidence.facts("source", source.name(), "cpuSeconds", cpuNanos / 1e9, "sampledCpuSeconds", sampledCpuNanos / 1e9,
                    "processCpuSeconds", processCpuNanos < 0 ? Double.NaN : processCpuNanos / 1e9, "sampleCoverage", sampleCoverage);
        }
    }

    /**
     * Working threads' time in no event or sample, and what most likely filled it.
     *
     * @param lockThresholdNanos the recording's {@code jdk.JavaMonitorEnter} threshold, 0 where unknown
     */
    record UnseenTime(long nanos, double share, int workingThreads, UnseenCause cause, boolean machineBusyWithOthers,
                      long lockThresholdNanos, long lockEvents, long monitorInflations) implements Evidence {
        public String id() {
            return "unseen-time";
        }

        public Map<String, Object> facts() {
            return Evidence.facts("unseenSeconds", nanos / 1e9, "cause", cause.name(), "workingThreads", workingThreads,
                    "lockEvents", lockEvents, "monitorInflations", monitorInflations);
        }
    }

    /** Two sources of the verdict that do not agree: the confidence is lowered for it. */
    record Disagreement(SourceDisagreement kind, double jvmCores, double ledgerCpuCores, double busyThreads) implements Evidence {
        public String id() {
            return "disagreement";
        }

        public Map<String, Object> facts() {
            return Evidence.facts("kind", kind.name(), "jvmCores", jvmCores, "ledgerCpuCores", ledgerCpuCores);
        }
    }

    /** The busiest application lanes (a pool, the virtual threads, a thread), busiest first. */
    record BusiestThreads(List<Lane> lanes) implements Evidence {
        public String id() {
            return "busiest-threads";
        }

        public Map<String, Object> facts() {
            return Map.of();
        }
    }

    /** Who wrote the events, described. */
    record Writers(List<String> writers) implements Evidence {
        public String id() {
            return "writers";
        }

        public Map<String, Object> facts() {
            return Evidence.facts("writers", writers);
        }
    }

    /** What held the confidence down. */
    record ConfidenceLimited(List<ConfidenceLimit> limits) implements Evidence {
        public String id() {
            return "confidence-limited";
        }

        public Map<String, Object> facts() {
            return Evidence.facts("limits", limits.stream().map(Enum::name).toList());
        }
    }

    /**
     * The recording's phases, where it had more than one, and the one that holds most of the active time.
     *
     * @param dominantShare the dominant phase's share of all phases' active time
     */
    record Phases(List<Phase> phases, int dominant, double dominantShare) implements Evidence {
        public String id() {
            return "phases";
        }

        public Map<String, Object> facts() {
            return Evidence.facts("phases", phases.size(), "dominantPhase", dominant, "dominantKind", phases.get(dominant).kind().name());
        }

        public Phase dominantPhase() {
            return phases.get(dominant);
        }
    }

    /** The JIT compilers' CPU, where warm-up is a large part of the run. */
    record JitCompilation(long compilerCpuNanos, double compilerShareOfJvmCpu) implements Evidence {
        public String id() {
            return "jit-compilation";
        }

        public Map<String, Object> facts() {
            return Evidence.facts("compilerCpuSeconds", compilerCpuNanos / 1e9, "compilerShareOfJvmCpu", compilerShareOfJvmCpu);
        }
    }

    /** The collector's pauses, where they are beyond its goals. */
    record GcPauses(long pauses, long nanos, double shareOfTime, long longestNanos) implements Evidence {
        public String id() {
            return "gc-pauses";
        }

        public Map<String, Object> facts() {
            return Evidence.facts("gcPauses", pauses, "gcPauseSeconds", nanos / 1e9, "gcPauseShareOfTime", shareOfTime,
                    "longestGcPauseMillis", longestNanos / 1e6);
        }
    }

    /** Facts in the order given: key, value, key, value…; unknowns stay out of the JSON rather than appearing as NaN. */
    private static Map<String, Object> facts(Object... keysAndValues) {
        Map<String, Object> facts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            if (!(value instanceof Double d && (d.isNaN() || d.isInfinite()))) {
                facts.put((String) keysAndValues[i], value);
            }
        }
        return java.util.Collections.unmodifiableMap(facts);
    }
}
