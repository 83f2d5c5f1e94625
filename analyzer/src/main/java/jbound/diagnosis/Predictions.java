package jbound.diagnosis;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
        Remedy.Context context = new Remedy.Context(profile, ledger, profile.recording().cores(), k);
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
        // Counted calls measure the gain exactly; the share only where the rest costs the same per
        // result, which a fixed cost (start-up, in a short recording) breaks.
        Measure measure = profile.timedCalls().containsKey(method.method()) ? Measure.HOTSPOT_CALLS : Measure.HOTSPOT_SHARE;
        String methodTiming = measure == Measure.HOTSPOT_SHARE ? AmdahlProjection.methodTimingFilter(method.method()) : null;
        PredictionBasis basis = new PredictionBasis.Hotspot(method.method(), k, f, share, interval[0], interval[1], samples, ledger.cpuShare(),
                methodTiming);
        return Optional.of(new Prediction(Remedy.OPTIMIZE_HOTSPOT, low, high, basis, measure, method.method(),
                measure.valueIn(profile, ledger, method.method())));
    }

    /** The cores the JVM left idle, filled with threads that compute in parallel. */
    static Optional<Prediction> spread(TimeLedger ledger, int cores) {
        double used = ledger.cpuCores();
        if (used <= 0) {
            return Optional.empty();
        }
        double low = Math.max(1, cores * PARALLEL_EFFICIENCY_LOW / used);
        double high = Math.max(1, cores * PARALLEL_EFFICIENCY_HIGH / used);
        PredictionBasis basis = new PredictionBasis.Spread(cores, used, ledger.busyThreads(), PARALLEL_EFFICIENCY_LOW, PARALLEL_EFFICIENCY_HIGH);
        return Optional.of(new Prediction(Remedy.SPREAD_ACROSS_CORES, low, high, basis, Measure.APPLICATION_CPU, null, used));
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
        PredictionBasis.PoolCalls calls = site.map(s -> new PredictionBasis.PoolCalls(s.method(), s.kindName(), s.totalNanos() / s.count(),
                s.count() * 1e9 / duration)).orElse(null);
        PredictionBasis.Throttle throttle = site.flatMap(s -> throttleInTheWay(profile, s, duration, high)).orElse(null);
        PredictionBasis basis = new PredictionBasis.Pool(pool.name(), pool.threads(), pool.ioNanos(), pool.cpuNanos(), waitPerCompute, poolCores,
                sizeLow, sizeHigh, TARGET_UTILISATION_LOW, TARGET_UTILISATION_HIGH, free, calls, throttle);
        if (site.isPresent()) {
            String method = site.get().method();
            return Optional.of(new Prediction(Remedy.OVERLAP_WAITS, low, high, basis, Measure.CALL_RATE, method,
                    Measure.CALL_RATE.valueIn(profile, ledger, method)));
        }
        // No call counted (I/O seen by native samples only): the pool's CPU, diluted by the rest, is what a later recording shows.
        double applicationCores = ledger.cpuCores();
        return Optional.of(new Prediction(Remedy.OVERLAP_WAITS, applicationGain(applicationCores, poolCores, low),
                applicationGain(applicationCores, poolCores, high), basis, Measure.APPLICATION_CPU, null, applicationCores));
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
        PredictionBasis basis = new PredictionBasis.Batching(site.method(), site.count(), site.kind().eventName(), site.bytes() / site.count(),
                site.totalNanos() / site.count(), share, BATCH_LOW, BATCH_HIGH, ceiling);
        return Optional.of(new Prediction(Remedy.FEWER_LARGER_CALLS, low, high, basis, Measure.BYTE_RATE, site.method(),
                Measure.BYTE_RATE.valueIn(profile, ledger, site.method())));
    }

    /** The whole application's gain when a share {@code s} of its time, waiting in round trips, is cut {@code n}-fold. */
    static double batchGain(double share, int batch) {
        return 1 / (1 - share * (1 - 1.0 / batch));
    }

    /**
     * Where the call rate the pool would reach runs into the event's throttle, a recording made
     * with the same settings counts only a floor of it: say how to record the check instead.
     */
    private static Optional<PredictionBasis.Throttle> throttleInTheWay(Profile profile, IoSite site, long duration, double gain) {
        double predictedRate = site.count() * 1e9 / duration * gain;
        String event = site.kind().eventName();
        return profile.settings().throttlePerSecond(event).filter(limit -> predictedRate >= BlindSpots.THROTTLE_HIT_SHARE * limit)
                .map(limit -> new PredictionBasis.Throttle(predictedRate, event, limit));
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
        PredictionBasis basis = new PredictionBasis.Overlap(computing, waiting, ideal, high, ledger.cpuCores(), cores, OVERLAP_HIDDEN_LOW);
        return Optional.of(new Prediction(Remedy.SPLIT_WAITING_AND_COMPUTING, low, high, basis, Measure.APPLICATION_CPU, null, ledger.cpuCores()));
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
        PredictionBasis basis = new PredictionBasis.Lock(where, waiting, site.count(), site.totalNanos() / site.count(), ledger.cpuCores(), cores,
                site.previousOwners(), HALVED_HOLD_LOW, HALVED_HOLD_HIGH, ceiling);
        return Optional.of(new Prediction(remedy, low, high, basis, Measure.APPLICATION_CPU, where, ledger.cpuCores()));
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
