package jbound.diagnosis;

import java.util.ArrayList;
import java.util.List;

import jbound.profile.Profile;
import jbound.profile.ThreadProfile;
import jbound.recording.EventCatalog;

/**
 * Decides the verdict from the application threads' {@link TimeBudget}: the share of their
 * active time (on CPU + in I/O + blocked on locks) that each takes. Rules apply in order:
 *
 * <ol>
 *   <li>UNKNOWN when there are no CPU samples and nothing else to go by;</li>
 *   <li>IDLE when fewer than {@value #IDLE_BELOW_BUSY_THREADS} threads were active on average;</li>
 *   <li>LOCK_BOUND when locks take at least {@value #LOCK_BOUND_FROM} of the active time;</li>
 *   <li>CPU_BOUND when CPU takes at least {@value #CPU_BOUND_FROM};</li>
 *   <li>IO_BOUND when I/O takes at least {@value #IO_BOUND_FROM};</li>
 *   <li>MIXED otherwise: no single kind of time dominates.</li>
 * </ol>
 */
final class VerdictRules {

    /** Active application threads on average (thread-seconds per second) below which nothing is going on. */
    static final double IDLE_BELOW_BUSY_THREADS = 0.05;
    /** Lock waits win at half the active time: every second thread is queuing. */
    static final double LOCK_BOUND_FROM = 0.5;
    /** CPU wins at 70 %: what I/O remains could at best buy 1.4× by overlapping it. */
    static final double CPU_BOUND_FROM = 0.7;
    /** I/O wins at 70 %: faster code could at best buy 1.4×. */
    static final double IO_BOUND_FROM = 0.7;
    /** Fewer observations (samples + events) than this cap the confidence at LOW. */
    static final long MIN_OBSERVATIONS = 50;
    /** Each blind spot that could change the answer costs this much confidence. */
    static final double BLIND_SPOT_PENALTY = 0.15;

    private VerdictRules() {
    }

    static Verdict decide(Profile profile, TimeBudget budget, LoadPattern load, List<BlindSpot> blindSpots) {
        long executionSamples = profile.recording().count(EventCatalog.EXECUTION_SAMPLE.eventName());
        boolean cpuVisible = executionSamples > 0 || profile.settings().isEnabled(EventCatalog.EXECUTION_SAMPLE.eventName());
        if (!cpuVisible) {
            List<String> missing = new ArrayList<>(List.of(EventCatalog.EXECUTION_SAMPLE.eventName()));
            if (profile.recording().count(EventCatalog.CPU_LOAD.eventName()) == 0) {
                missing.add(EventCatalog.CPU_LOAD.eventName());
            }
            return new Verdict(VerdictKind.UNKNOWN, Confidence.of(0),
                    "Cannot tell: the recording has no " + String.join(" and no ", missing) + " events",
                    List.of("Missing events: " + String.join(", ", missing) + ". Without CPU samples, computing and waiting cannot be compared.",
                            "Record again: " + Rerecord.WITH_JBOUND_SETTINGS + "."));
        }
        List<String> evidence = new ArrayList<>();
        evidence.add(shares(budget));
        if (load.readings() > 0) {
            int cores = Math.max(1, profile.recording().hardwareThreads());
            evidence.add("The JVM used " + Format.cores(load.meanCores()) + " of " + cores + " cores on average (peak "
                    + Format.cores(load.peakCores()) + ")" + (load.spikesThenIdles()
                    ? ", spiking then idling in turns (" + load.alternations() + " swings over " + load.readings() + " readings)" : ""));
        }
        VerdictKind kind;
        double margin;
        if (budget.busyThreads() < IDLE_BELOW_BUSY_THREADS) {
            kind = VerdictKind.IDLE;
            margin = 1 - budget.busyThreads() / IDLE_BELOW_BUSY_THREADS;
            evidence.addFirst("Application threads were active " + String.format(java.util.Locale.ROOT, "%.3f", budget.busyThreads())
                    + " thread-seconds per second: almost nothing ran, waited on I/O, or queued on a lock");
        } else if (budget.lockShare() >= LOCK_BOUND_FROM) {
            kind = VerdictKind.LOCK_BOUND;
            margin = (budget.lockShare() - LOCK_BOUND_FROM) / (1 - LOCK_BOUND_FROM);
        } else if (budget.cpuShare() >= CPU_BOUND_FROM) {
            kind = VerdictKind.CPU_BOUND;
            margin = (budget.cpuShare() - CPU_BOUND_FROM) / (1 - CPU_BOUND_FROM);
        } else if (budget.ioShare() >= IO_BOUND_FROM) {
            kind = VerdictKind.IO_BOUND;
            margin = (budget.ioShare() - IO_BOUND_FROM) / (1 - IO_BOUND_FROM);
        } else {
            kind = VerdictKind.MIXED;
            double nearest = Math.min(CPU_BOUND_FROM - budget.cpuShare(),
                    Math.min(IO_BOUND_FROM - budget.ioShare(), LOCK_BOUND_FROM - budget.lockShare()));
            margin = nearest / 0.2;
        }
        evidence.add("Busiest application threads: " + busiest(profile.applicationThreads()));
        // An idle recording is evidence by its silence: few observations are what idle looks like.
        long observations = kind == VerdictKind.IDLE ? Long.MAX_VALUE : observations(profile);
        return new Verdict(kind, confidence(margin, observations, blindSpots), headline(kind, budget, load), List.copyOf(evidence));
    }

    private static Confidence confidence(double margin, long observations, List<BlindSpot> blindSpots) {
        double score = 0.4 + 0.6 * Math.max(0, Math.min(1, margin));
        score -= BLIND_SPOT_PENALTY * blindSpots.stream().filter(BlindSpot::affectsVerdict).count();
        if (observations < MIN_OBSERVATIONS) {
            score = Math.min(score, Confidence.MEDIUM_FROM - 0.01);
        }
        return Confidence.of(score);
    }

    private static long observations(Profile profile) {
        long n = 0;
        for (ThreadProfile t : profile.applicationThreads()) {
            n += t.executionSamples() + t.nativeIoSamples();
        }
        n += profile.ioSites().stream().mapToLong(s -> s.count()).sum();
        n += profile.waitSites().stream().mapToLong(s -> s.count()).sum();
        return n;
    }

    private static String headline(VerdictKind kind, TimeBudget budget, LoadPattern load) {
        return switch (kind) {
            case CPU_BOUND -> "CPU-bound: threads spend " + Format.percent(budget.cpuShare()) + " of their active time computing";
            case IO_BOUND -> "I/O-bound: threads spend " + Format.percent(budget.ioShare()) + " of their active time waiting on I/O";
            case LOCK_BOUND -> "Lock-bound: threads spend " + Format.percent(budget.lockShare()) + " of their active time queuing on locks";
            case MIXED -> "Mixed: computing (" + Format.percent(budget.cpuShare()) + ") and I/O waiting (" + Format.percent(budget.ioShare())
                    + ") share the time" + (load.spikesThenIdles() ? ", taking turns" : "");
            case IDLE -> "Idle: the application hardly did anything while recorded";
            case UNKNOWN -> "Cannot tell";
        };
    }

    private static String shares(TimeBudget budget) {
        return "Active time of application threads: " + Format.seconds(budget.activeNanos()) + " — CPU "
                + Format.percent(budget.cpuShare()) + ", I/O " + Format.percent(budget.ioShare()) + ", locks "
                + Format.percent(budget.lockShare()) + " (waiting for work, not counted: " + Format.seconds(budget.waitNanos()) + ")";
    }

    private static String busiest(List<ThreadProfile> threads) {
        return threads.stream().limit(3)
                .map(t -> t.name() + " (CPU " + Format.seconds(t.cpuNanos()) + ", I/O " + Format.seconds(t.ioNanos())
                        + ", locks " + Format.seconds(t.lockNanos()) + ")")
                .reduce((a, b) -> a + "; " + b).orElse("none");
    }
}
