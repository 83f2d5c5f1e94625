package jbound.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jbound.diagnosis.Format;
import jbound.diagnosis.Measure;
import jbound.diagnosis.Prediction;
import jbound.diagnosis.PredictionBasis;
import jbound.diagnosis.Remedy;

/**
 * A {@link Prediction} in words: the change it prices and the assumptions its range rests on,
 * worked from its {@link PredictionBasis}, as the terminal, the JSON, the page and the diff say them.
 */
public final class PredictionWords {

    private PredictionWords() {
    }

    /**
     * A prediction as the JSON writes it, its figures in words.
     *
     * @param change      the change, in words ("make jbound.Foo.bar() 2.4–10.9× faster")
     * @param assumptions what the range takes for granted, and where its figures come from
     */
    public record Worded(Remedy remedy, String change, double low, double high, List<String> assumptions, Measure measure, String subject,
                         double before) {
    }

    public static Worded worded(Prediction p) {
        return new Worded(p.remedy(), change(p), p.low(), p.high(), assumptions(p), p.measure(), p.subject(), p.before());
    }

    /** The change the prediction prices, as the advice's next step: "make jbound.Foo.bar() 2.4–10.9× faster". */
    public static String change(Prediction p) {
        return switch (p.basis()) {
            case PredictionBasis.Hotspot h -> String.format(Locale.ROOT, "make %s %.1f–%.1f× faster", h.method(), h.k().low(), h.k().high());
            case PredictionBasis.Spread s -> "split the work over all " + s.cores() + " cores";
            case PredictionBasis.Pool pool -> String.format(Locale.ROOT, "run %s's tasks on %d–%d threads, or one virtual thread each", pool.pool(),
                    pool.sizeLow(), pool.sizeHigh());
            case PredictionBasis.Batching b -> String.format(Locale.ROOT, "make %s's calls %d–%d at a time", b.method(), b.batchLow(), b.batchHigh());
            case PredictionBasis.Overlap _ -> "pipeline the waiting and the computing";
            case PredictionBasis.Lock l -> "halve the time " + l.where() + " is held";
        };
    }

    /** What the range takes for granted, and where its figures come from, a sentence each. */
    public static List<String> assumptions(Prediction p) {
        return switch (p.basis()) {
            case PredictionBasis.Hotspot h -> hotspot(h);
            case PredictionBasis.Spread s -> List.of(
                    String.format(Locale.ROOT, "the application computed on %s of %d cores, %s threads busy at once on average", Format.cores(s.usedCores()),
                            s.cores(), Format.cores(s.busyThreads())),
                    String.format(Locale.ROOT, "the work divides, and %s–%s of the ideal gain survives hand-off, merging and uneven parts",
                            Format.percent(s.efficiencyLow()), Format.percent(s.efficiencyHigh())));
            case PredictionBasis.Pool pool -> pool(pool);
            case PredictionBasis.Batching b -> List.of(
                    String.format(Locale.ROOT, "%s made %,d %s calls of %s each on average, %s waiting per call: %s of the application's active time",
                            b.method(), b.calls(), b.event(), Format.bytes(b.meanBytes()), Format.millis(b.meanNanos()), Format.percent(b.share())),
                    String.format(Locale.ROOT, "calls this small are paid for by their round trip: %d–%d as one cost one trip, so that "
                            + "waiting divides by as many; the application gains 1 / (1 − s × (1 − 1/n)), up to what the cores allow (%s the CPU "
                            + "used now)", b.batchLow(), b.batchHigh(), Format.factor(b.ceiling())),
                    "each result takes the application's threads' time in the proportions the recording shows, so the saving "
                            + "shortens every result alike; a pool that alone makes these calls gains more than this",
                    "the other side answers a batch about as fast as one call; where it takes n times as long, batching buys nothing",
                    "new connections per call do not show in a recording (no event tells them from kept ones): where there are, reusing them saves more");
            case PredictionBasis.Overlap o -> List.of(
                    String.format(Locale.ROOT, "the application computed %s and waited %s: done in turn they add up, pipelined the wall "
                            + "time tends to the longer, at most (C + W) / max(C, W) = %.2f× faster", Format.seconds(o.computingNanos()),
                            Format.seconds(o.waitingNanos()), o.ideal()),
                    String.format(Locale.ROOT, "the computing stage then needs up to %.1f× the cores it used (%s of %d), and %s–100%% of the "
                            + "shorter stage is hidden", o.high(), Format.cores(o.cpuCores()), o.cores(), Format.percent(o.hiddenLow())));
            case PredictionBasis.Lock l -> lock(l);
        };
    }

    private static List<String> hotspot(PredictionBasis.Hotspot h) {
        List<String> said = new ArrayList<>(List.of(String.format(Locale.ROOT, "it takes %s of the program's time (%s of the CPU samples, "
                        + "95%% interval %s–%s, over %d samples; CPU is %s of the active time), and Amdahl's law holds the rest: 1 / ((1 − f) + f / k)",
                Format.percent(h.timeShare()), Format.percent(h.sampleShare()), Format.percent(h.intervalLow()), Format.percent(h.intervalHigh()),
                h.samples(), Format.percent(h.cpuShare())), "k from " + h.k().from()));
        if (h.methodTimingFilter() != null) {
            said.add("to measure the gain by counted calls, record before and after on JDK 25 with -XX:StartFlightRecording:method-timing='"
                    + h.methodTimingFilter() + "'; without it the diff reads the hotspot's share of the time, which a fixed cost such as start-up blurs");
        }
        return List.copyOf(said);
    }

    private static List<String> pool(PredictionBasis.Pool p) {
        List<String> said = new ArrayList<>();
        said.add(String.format(Locale.ROOT, "%s: %d thread%s, waiting %s for each %s computing (W/C = %.0f), on %s cores", p.pool(), p.threads(),
                p.threads() == 1 ? "" : "s", Format.seconds(p.ioNanos()), Format.seconds(p.cpuNanos()), p.waitPerCompute(), Format.cores(p.poolCores())));
        if (p.calls() != null) {
            said.add(String.format(Locale.ROOT, "its calls are %s's (%s, %s per call on average, %.1f calls a second)", p.calls().method(),
                    p.calls().kind(), Format.millis(p.calls().meanNanos()), p.calls().perSecond()));
        }
        said.add(String.format(Locale.ROOT, "N = cores × U × (1 + W/C) for a target utilisation U of %s–%s; the ceiling is "
                        + "reached when the pool's CPU fills the cores the other threads leave (%s)",
                Format.percent(p.utilisationLow()), Format.percent(p.utilisationHigh()), Format.cores(p.freeCores())));
        said.add("the service or disk behind answers as fast with N calls in flight: where it slows, the gain stops there");
        if (p.throttle() != null) {
            PredictionBasis.Throttle t = p.throttle();
            said.add(String.format(Locale.ROOT, "up to %.0f calls a second would run into %s's throttle in these settings (%.0f a second), "
                    + "which then counts only a floor: record the check with %s#throttle=off", t.predictedPerSecond(), t.event(), t.limitPerSecond(), t.event()));
        }
        return List.copyOf(said);
    }

    private static List<String> lock(PredictionBasis.Lock l) {
        List<String> said = new ArrayList<>(List.of(String.format(Locale.ROOT, "%s threads waited for it at once on average (%d waits, "
                        + "%s each on average), while the application computed on %s of %d cores: one holder at a time, at most 1 / hold "
                        + "acquisitions a second", Format.cores(l.waitingThreads()), l.waits(), Format.millis(l.meanWaitNanos()),
                Format.cores(l.cpuCores()), l.cores())));
        if (!l.owners().isEmpty()) {
            // The JDK's event names the thread that held the monitor, not what it ran: its CPU samples say that.
            said.add("it was held by " + l.owners().stream()
                    .map(o -> String.format(Locale.ROOT, "%s (before %,d of the %,d waits)", o.threads(), o.waits(), l.waits()))
                    .collect(Collectors.joining(", ")) + "; the event names the holder, not its stack: the holder's hot methods are what runs under the lock");
        }
        said.add(String.format(Locale.ROOT, "halving the hold doubles that ceiling; %s to %s where the work outside the lock "
                + "or the cores (%s the CPU used now) limit first", Format.factor(l.halvedLow()), Format.factor(l.halvedHigh()), Format.factor(l.ceiling())));
        said.add("striping it n ways allows up to n× where the threads' keys spread evenly");
        return List.copyOf(said);
    }
}
