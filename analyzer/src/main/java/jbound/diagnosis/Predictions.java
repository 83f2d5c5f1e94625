package jbound.diagnosis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import jbound.ladder.AmdahlProjection;
import jbound.profile.HotMethod;
import jbound.profile.IoSite;
import jbound.profile.Lane;
import jbound.profile.Profile;
import jbound.profile.ThreadRole;
import jbound.profile.WaitCategory;
import jbound.profile.WaitSite;
import jbound.recording.EventCatalog;

/**
 * What each remedy would buy, computed from the per-thread ledger and the process view: Amdahl's
 * law for a faster hotspot, the cores left idle for more threads, the pool size that keeps the
 * cores busy while threads wait, the overlap of computing and waiting, and the ceiling one lock
 * sets. Every figure is a range: sampled shares carry their 95 % interval, and what the recording
 * cannot know (how much faster the code can be made, how far the service behind scales) is a
 * stated span of assumptions.
 */
final class Predictions {

    /** How much of the cores a tuned program keeps busy: the span a pool is sized for. */
    static final double TARGET_UTILISATION_LOW = 0.5;
    static final double TARGET_UTILISATION_HIGH = 0.8;
    /** How much of the ideal gain spreading work over the cores keeps (hand-off, merging, imbalance). */
    static final double PARALLEL_EFFICIENCY_LOW = 0.6;
    static final double PARALLEL_EFFICIENCY_HIGH = 0.9;
    /** The share of the shorter stage that pipelining hides, at least (hand-offs and uneven stages keep the rest). */
    static final double OVERLAP_HIDDEN_LOW = 0.5;
    /** Halving a lock's hold time buys at least this much of its ideal 2×, where the lock is the bottleneck. */
    static final double HALVED_HOLD_LOW = 1.3;
    static final double HALVED_HOLD_HIGH = 2.0;
    /** A call that moves this many bytes or fewer is paid for by its round trip, not its bytes: batching such calls saves trips. */
    static final long SMALL_CALL_BYTES = 4096;
    /** How many small calls a batch takes: the span a batching prediction assumes. */
    static final int BATCH_LOW = 2;
    static final int BATCH_HIGH = 10;
    /** The two-sided 95 % normal quantile, for the sampled shares' intervals. */
    private static final double Z95 = 1.96;

    private Predictions() {
    }

    /** What the advised remedies would buy, in the advice's order: each remedy prices itself ({@link Remedy#price}). */
    static List<Prediction> of(Profile profile, TimeLedger ledger, List<Advice> advice, HotspotSpeedup k) {
        Remedy.Context context = new Remedy.Context(profile, ledger, Math.max(1, profile.recording().hardwareThreads()), k);
        return advice.stream().map(Advice::id).distinct().flatMap(remedy -> remedy.price(context).stream()).toList();
    }

    /** Amdahl's law for the application method with most CPU, made k× faster for k over the source's span. */
    static Optional<Prediction> hotspot(Profile profile, TimeLedger ledger, HotspotSpeedup k) {
        Optional<HotMethod> hot = profile.samples().hotApplicationMethods().stream().filter(HotMethod::application)
                .filter(m -> m.selfSamples() > 0).findFirst()
                .flatMap(top -> profile.samples().hotMethods().stream().filter(m -> m.method().equals(top.method())).findFirst());
        if (hot.isEmpty() || hot.get().totalSamples() == 0 || ledger.cpuShare() <= 0) {
            return Optional.empty();
        }
        HotMethod method = hot.get();
        double share = method.totalPercent() / 100;
        long samples = Math.round(method.totalSamples() / share);
        double[] interval = wilson(method.totalSamples(), samples);
        double f = Measure.HOTSPOT_SHARE.valueIn(profile, ledger, method.method());
        double low = amdahl(interval[0] * ledger.cpuShare(), k.low());
        double high = amdahl(interval[1] * ledger.cpuShare(), k.high());
        List<String> assumptions = new ArrayList<>(List.of(String.format(Locale.ROOT, "it takes %s of the program's time (%s of the CPU samples, "
                        + "95%% interval %s–%s, over %d samples; CPU is %s of the active time), and Amdahl's law holds the rest: 1 / ((1 − f) + f / k)",
                Format.percent(f), Format.percent(share), Format.percent(interval[0]), Format.percent(interval[1]), samples,
                Format.percent(ledger.cpuShare())), "k from " + k.from()));
        // Counted calls measure the gain exactly; the share only where the rest costs the same per
        // result, which a fixed cost (start-up, in a short recording) breaks.
        Measure measure = profile.timedCalls().containsKey(method.method()) ? Measure.HOTSPOT_CALLS : Measure.HOTSPOT_SHARE;
        if (measure == Measure.HOTSPOT_SHARE) {
            assumptions.add("to measure the gain by counted calls, record before and after on JDK 25 with -XX:StartFlightRecording:method-timing='"
                    + AmdahlProjection.methodTimingFilter(method.method()) + "'; without it the diff reads the hotspot's share of the time, "
                    + "which a fixed cost such as start-up blurs");
        }
        return Optional.of(new Prediction(Remedy.OPTIMIZE_HOTSPOT,
                String.format(Locale.ROOT, "make %s %.1f–%.1f× faster", method.method(), k.low(), k.high()), low, high, assumptions,
                measure, method.method(), measure.valueIn(profile, ledger, method.method())));
    }

    /** The cores the JVM left idle, filled with threads that compute in parallel. */
    static Optional<Prediction> spread(TimeLedger ledger, int cores) {
        double used = ledger.cpuCores();
        if (used <= 0) {
            return Optional.empty();
        }
        double low = Math.max(1, cores * PARALLEL_EFFICIENCY_LOW / used);
        double high = Math.max(1, cores * PARALLEL_EFFICIENCY_HIGH / used);
        return Optional.of(new Prediction(Remedy.SPREAD_ACROSS_CORES, "split the work over all " + cores + " cores", low, high,
                List.of(String.format(Locale.ROOT, "the application computed on %s of %d cores, %s threads busy at once on average", Format.cores(used), cores,
                                Format.cores(ledger.busyThreads())),
                        String.format(Locale.ROOT, "the work divides, and %s–%s of the ideal gain survives hand-off, merging and uneven parts",
                                Format.percent(PARALLEL_EFFICIENCY_LOW), Format.percent(PARALLEL_EFFICIENCY_HIGH))),
                Measure.APPLICATION_CPU, null, used));
    }

    /**
     * For the pool that waits most on I/O: the size that keeps the cores busy, N = cores × U × (1 + W/C),
     * and the throughput that gives, until its CPU fills the cores the other threads leave. A pool
     * qualifies when its threads wait at least as long as they compute.
     */
    static Optional<Prediction> pool(Profile profile, TimeLedger ledger, int cores) {
        long duration = ledger.recordingNanos();
        Optional<Lane> top = profile.lanes().stream()
                .filter(l -> l.role() == ThreadRole.APPLICATION && !l.virtual() && l.cpuNanos() > 0 && l.ioNanos() >= l.cpuNanos())
                .max(Comparator.comparingLong(Lane::ioNanos));
        if (duration <= 0 || top.isEmpty()) {
            return Optional.empty();
        }
        Lane pool = top.get();
        double waitPerCompute = (double) pool.ioNanos() / pool.cpuNanos();
        double poolCores = (double) pool.cpuNanos() / duration;
        double free = Math.max(poolCores, cores - (ledger.cpuCores() - poolCores));
        double low = poolGain(free, TARGET_UTILISATION_LOW, poolCores);
        double high = poolGain(free, TARGET_UTILISATION_HIGH, poolCores);
        int sizeLow = poolSize(cores, TARGET_UTILISATION_LOW, waitPerCompute);
        int sizeHigh = poolSize(cores, TARGET_UTILISATION_HIGH, waitPerCompute);
        // Its calls per second count its results: the largest I/O site is taken to be the pool's.
        Optional<IoSite> site = profile.offCpu().ioByMethod().stream()
                .filter(s -> Measure.countsCalls(s) && s.count() > 0 && s.hasApplicationFrame())
                .max(Comparator.comparingLong(IoSite::totalNanos));
        List<String> assumptions = new ArrayList<>();
        assumptions.add(String.format(Locale.ROOT, "%s: %d thread%s, waiting %s for each %s computing (W/C = %.0f), on %s cores",
                pool.name(), pool.threads(), pool.threads() == 1 ? "" : "s", Format.seconds(pool.ioNanos()), Format.seconds(pool.cpuNanos()),
                waitPerCompute, Format.cores(poolCores)));
        site.ifPresent(s -> assumptions.add(String.format(Locale.ROOT, "its calls are %s's (%s, %s per call on average, %.1f calls a second)",
                s.method(), s.kindName(), Format.millis(s.totalNanos() / s.count()), s.count() * 1e9 / duration)));
        assumptions.add(String.format(Locale.ROOT, "N = cores × U × (1 + W/C) for a target utilisation U of %s–%s; the ceiling is "
                        + "reached when the pool's CPU fills the cores the other threads leave (%s)",
                Format.percent(TARGET_UTILISATION_LOW), Format.percent(TARGET_UTILISATION_HIGH), Format.cores(free)));
        assumptions.add("the service or disk behind answers as fast with N calls in flight: where it slows, the gain stops there");
        site.flatMap(s -> throttleInTheWay(profile, s, duration, high)).ifPresent(assumptions::add);
        String change = String.format(Locale.ROOT, "run %s's tasks on %d–%d threads, or one virtual thread each", pool.name(), sizeLow, sizeHigh);
        if (site.isPresent()) {
            String method = site.get().method();
            return Optional.of(new Prediction(Remedy.OVERLAP_WAITS, change, low, high, assumptions, Measure.CALL_RATE, method,
                    Measure.CALL_RATE.valueIn(profile, ledger, method)));
        }
        // No call counted (I/O seen by native samples only): the pool's CPU, diluted by the rest, is what a later recording shows.
        double applicationCores = ledger.cpuCores();
        return Optional.of(new Prediction(Remedy.OVERLAP_WAITS, change, applicationGain(applicationCores, poolCores, low),
                applicationGain(applicationCores, poolCores, high), assumptions, Measure.APPLICATION_CPU, null, applicationCores));
    }

    /**
     * For the socket or file-write site that waits most in small calls (a few KB or less each,
     * so the round trip, not the bytes, is what each costs): n calls made as one take one round
     * trip, so that site's waiting divides by n, and the application's active time shrinks by that
     * saving, until the CPU the cores allow. Connections opened per call are not in a recording
     * (no event tells a new connection from a kept one), so no figure is given for pooling them.
     */
    static Optional<Prediction> batching(Profile profile, TimeLedger ledger, int cores) {
        long active = ledger.cpuNanos() + ledger.ioNanos() + ledger.lockNanos();
        Optional<IoSite> top = profile.offCpu().ioByMethod().stream()
                .filter(s -> Measure.countsCalls(s) && s.count() > 1 && s.bytes() <= SMALL_CALL_BYTES * s.count())
                .filter(s -> s.kind().isSocket() || s.kind() == EventCatalog.FILE_WRITE)
                .filter(IoSite::hasApplicationFrame)
                .max(Comparator.comparingLong(IoSite::totalNanos));
        if (active <= 0 || top.isEmpty() || ledger.cpuCores() <= 0) {
            return Optional.empty();
        }
        IoSite site = top.get();
        double share = Math.min(1, (double) site.totalNanos() / active);
        double ceiling = cpuCeiling(profile, ledger, cores);
        double low = Math.min(batchGain(share, BATCH_LOW), ceiling);
        double high = Math.min(batchGain(share, BATCH_HIGH), ceiling);
        return Optional.of(new Prediction(Remedy.FEWER_LARGER_CALLS, String.format(Locale.ROOT, "make %s's calls %d–%d at a time", site.method(),
                BATCH_LOW, BATCH_HIGH), low, high,
                List.of(String.format(Locale.ROOT, "%s made %,d %s calls of %s each on average, %s waiting per call: %s of the application's "
                                        + "active time", site.method(), site.count(), site.kind().eventName(), Format.bytes(site.bytes() / site.count()),
                                Format.millis(site.totalNanos() / site.count()), Format.percent(share)),
                        String.format(Locale.ROOT, "calls this small are paid for by their round trip: %d–%d as one cost one trip, so that "
                                + "waiting divides by as many; the application gains 1 / (1 − s × (1 − 1/n)), up to what the cores allow (%s the CPU "
                                + "used now)", BATCH_LOW, BATCH_HIGH, Format.factor(ceiling)),
                        "each result takes the application's threads' time in the proportions the recording shows, so the saving "
                                + "shortens every result alike; a pool that alone makes these calls gains more than this",
                        "the other side answers a batch about as fast as one call; where it takes n times as long, batching buys nothing",
                        "new connections per call do not show in a recording (no event tells them from kept ones): where there are, reusing them saves more"),
                Measure.BYTE_RATE, site.method(), Measure.BYTE_RATE.valueIn(profile, ledger, site.method())));
    }

    /** The whole application's gain when a share {@code s} of its time, waiting in round trips, is cut {@code n}-fold. */
    static double batchGain(double share, int batch) {
        return 1 / (1 - share * (1 - 1.0 / batch));
    }

    /**
     * Where the call rate the pool would reach runs into the event's throttle, a recording made
     * with the same settings counts only a floor of it: say how to record the check instead.
     */
    private static Optional<String> throttleInTheWay(Profile profile, IoSite site, long duration, double gain) {
        double predictedRate = site.count() * 1e9 / duration * gain;
        String event = site.kind().eventName();
        return profile.settings().throttlePerSecond(event).filter(limit -> predictedRate >= BlindSpots.THROTTLE_HIT_SHARE * limit)
                .map(limit -> String.format(Locale.ROOT, "up to %.0f calls a second would run into %s's throttle in these settings (%.0f a second), "
                        + "which then counts only a floor: record the check with %s#throttle=off", predictedRate, event, limit, event));
    }

    /** Computing and waiting pipelined: the wall time tends to the longer of the two, not their sum. */
    static Optional<Prediction> overlap(Profile profile, TimeLedger ledger, int cores) {
        long computing = ledger.cpuNanos();
        long waiting = ledger.ioNanos() + ledger.lockNanos();
        if (computing <= 0 || waiting <= 0) {
            return Optional.empty();
        }
        double ideal = overlapBound(computing, waiting);
        double ceiling = cpuCeiling(profile, ledger, cores);
        double high = Math.min(ideal, ceiling);
        double low = Math.min(1 + OVERLAP_HIDDEN_LOW * (ideal - 1), high);
        return Optional.of(new Prediction(Remedy.SPLIT_WAITING_AND_COMPUTING, "pipeline the waiting and the computing", low, high,
                List.of(String.format(Locale.ROOT, "the application computed %s and waited %s: done in turn they add up, pipelined the wall "
                                + "time tends to the longer, at most (C + W) / max(C, W) = %.2f× faster", Format.seconds(computing), Format.seconds(waiting), ideal),
                        String.format(Locale.ROOT, "the computing stage then needs up to %s× the cores it used (%s of %d), and %s–100%% of the "
                                        + "shorter stage is hidden", String.format(Locale.ROOT, "%.1f", high), Format.cores(ledger.cpuCores()), cores,
                                Format.percent(OVERLAP_HIDDEN_LOW))),
                Measure.APPLICATION_CPU, null, ledger.cpuCores()));
    }

    /**
     * One holder at a time: the lock allows at most 1 / hold acquisitions a second, so halving the
     * hold at most doubles the throughput, until the cores or the work outside the lock limit it.
     * The hold itself is not in the recording: monitor events are the contended waits only, and an
     * unfair monitor lets a releasing thread take it again, so waits run far longer than holds.
     */
    static Optional<Prediction> lock(Profile profile, TimeLedger ledger, int cores, Remedy remedy) {
        Optional<WaitSite> top = profile.offCpu().waitSites().stream().filter(w -> w.category() == WaitCategory.LOCK && w.count() > 0)
                .max(Comparator.comparingLong(WaitSite::totalNanos));
        if (top.isEmpty() || ledger.recordingNanos() <= 0 || ledger.cpuCores() <= 0) {
            return Optional.empty();
        }
        WaitSite site = top.get();
        double waiting = (double) ledger.lockNanos() / ledger.recordingNanos();
        double ceiling = cpuCeiling(profile, ledger, cores);
        double low = Math.min(HALVED_HOLD_LOW, ceiling);
        double high = Math.min(HALVED_HOLD_HIGH, ceiling);
        String where = Format.method(site.method()) + (site.subject() == null ? "" : " on " + site.subject());
        List<String> assumptions = new ArrayList<>(List.of(String.format(Locale.ROOT, "%s threads waited for it at once on average (%d waits, "
                        + "%s each on average), while the application computed on %s of %d cores: one holder at a time, at most 1 / hold "
                        + "acquisitions a second", Format.cores(waiting), site.count(), Format.millis(site.totalNanos() / site.count()),
                Format.cores(ledger.cpuCores()), cores)));
        if (!site.previousOwners().isEmpty()) {
            // The JDK's event names the thread that held the monitor, not what it ran: its CPU samples say that.
            assumptions.add("it was held by " + site.previousOwners().stream()
                    .map(o -> String.format(Locale.ROOT, "%s (before %,d of the %,d waits)", o.threads(), o.waits(), site.count()))
                    .collect(Collectors.joining(", ")) + "; the event names the holder, not its stack: the holder's hot methods are what runs under the lock");
        }
        assumptions.add(String.format(Locale.ROOT, "halving the hold doubles that ceiling; %s to %s where the work outside the lock "
                        + "or the cores (%s the CPU used now) limit first", Format.factor(HALVED_HOLD_LOW), Format.factor(HALVED_HOLD_HIGH),
                Format.factor(ceiling)));
        assumptions.add("striping it n ways allows up to n× where the threads' keys spread evenly");
        return Optional.of(new Prediction(remedy, "halve the time " + where + " is held", low, high, assumptions,
                Measure.APPLICATION_CPU, where, ledger.cpuCores()));
    }

    // The arithmetic, on its own for the tests.

    /**
     * How far the application's CPU can grow: until its threads fill the cores the JVM's own
     * threads (compilers, collectors) leave, as jdk.CPULoad measured them beside the ledger; all
     * the cores where it did not.
     */
    static double cpuCeiling(Profile profile, TimeLedger ledger, int cores) {
        double application = ledger.cpuCores();
        jbound.profile.ProcessLoad load = profile.process().load();
        double jvmsOwn = load.known() && load.meanJvmCores() > application ? load.meanJvmCores() - application : 0;
        return cpuCeiling(cores - jvmsOwn, application);
    }

    /** The application's CPU, {@code applicationCores}, grown until it fills {@code freeCores}; never below 1. */
    static double cpuCeiling(double freeCores, double applicationCores) {
        return Math.max(1, freeCores / applicationCores);
    }

    /** Amdahl's law: the whole program's speed-up when a share {@code f} of its time runs {@code k} times faster. */
    static double amdahl(double f, double k) {
        return 1 / ((1 - f) + f / k);
    }

    /** The threads that keep {@code cores × utilisation} busy when each waits W for every C it computes. */
    static int poolSize(int cores, double utilisation, double waitPerCompute) {
        return (int) Math.max(1, Math.round(cores * utilisation * (1 + waitPerCompute)));
    }

    /** How far a pool's throughput can grow: until its CPU fills {@code utilisation} of the {@code free} cores. */
    static double poolGain(double free, double utilisation, double poolCores) {
        return Math.max(1, free * utilisation / poolCores);
    }

    /** The application's gain when one part of its CPU, {@code partCores} of {@code allCores}, grows {@code partGain}×. */
    static double applicationGain(double allCores, double partCores, double partGain) {
        return (allCores - partCores + partCores * partGain) / allCores;
    }

    /** Computing C and waiting W done in turn, then overlapped: (C + W) / max(C, W). */
    static double overlapBound(long computing, long waiting) {
        return (double) (computing + waiting) / Math.max(computing, waiting);
    }

    /** The Wilson score interval (95 %) for {@code hits} of {@code n}: a sampled share's honest range. */
    static double[] wilson(long hits, long n) {
        if (n <= 0) {
            return new double[] {0, 1};
        }
        double p = (double) hits / n;
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}
