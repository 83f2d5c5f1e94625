package jbound.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import jbound.Analysis;
import jbound.diagnosis.Confidence;
import jbound.diagnosis.Measure;
import jbound.diagnosis.Prediction;
import jbound.diagnosis.Remedy;
import jbound.diagnosis.VerdictKind;
import jbound.profile.HotMethod;
import jbound.profile.IoSite;
import jbound.profile.Profile;

/**
 * What changed between two recordings of the same program — how users prove an optimization
 * worked. Methods are compared in cores (CPU samples × sampling period ÷ recording duration), so
 * recordings of different lengths and sampling periods compare fairly; I/O in threads waiting
 * (summed durations ÷ recording duration).
 *
 * @param grew   methods whose CPU grew, most first
 * @param shrank methods whose CPU shrank, most first
 * @param predictions what BEFORE's advice predicted, each beside what AFTER measured
 */
public record DiffReport(int schemaVersion, String kind, Side before, Side after, List<MethodChange> grew,
                         List<MethodChange> shrank, List<IoChange> io, List<CheckedPrediction> predictions) {

    public static final int SCHEMA_VERSION = 1;
    /** Changes smaller than this, in cores, are noise between two recordings. */
    static final double MIN_CORES_CHANGE = 0.01;

    /** One recording's headline figures. */
    public record Side(String file, VerdictKind verdict, Confidence.Level confidence, double cpuShare, double ioShare, double lockShare,
                       double busyThreads, double jvmCores, long durationNanos, long executionSamples) {
        static Side of(String file, Analysis a) {
            var d = a.diagnosis();
            return new Side(file, d.verdict().kind(), d.verdict().confidence().level(), d.ledger().cpuShare(),
                    d.ledger().ioShare(), d.ledger().lockShare(), d.ledger().busyThreads(), d.load().meanCores(),
                    a.profile().recording().duration().toNanos(), a.profile().samples().executionSamples().totalWeight());
        }
    }

    /** A method's CPU before and after, in cores and in percent of each recording's samples. */
    public record MethodChange(String method, double coresBefore, double coresAfter, double percentBefore, double percentAfter) {
        public double coresChange() {
            return coresAfter - coresBefore;
        }
    }

    /** An application method's I/O before and after, in threads waiting on average. */
    public record IoChange(String kind, String method, double threadsBefore, double threadsAfter, long callsBefore, long callsAfter) {
    }

    /**
     * How a measured gain stands against its predicted range: within, below or above it; at least
     * the gain measured, where AFTER dropped some of what the measure counts; or not measurable.
     */
    public enum Outcome { WITHIN, BELOW, ABOVE, AT_LEAST, NOT_MEASURED }

    /**
     * One of BEFORE's predictions and what AFTER measured of it, in the prediction's own measure.
     *
     * @param after        the measure's value in AFTER; null where it cannot be taken (the hotspot or I/O site is not in it)
     * @param measuredGain the gain AFTER shows, a floor where the outcome is {@link Outcome#AT_LEAST}; null where it cannot be told
     * @param measure      how it is measured, with {@code measureDescription} in words
     * @param why          for {@link Outcome#AT_LEAST} and {@link Outcome#NOT_MEASURED}, the reason in words; otherwise null
     */
    public record CheckedPrediction(Remedy remedy, String change, double low, double high, Measure measure, String measureDescription,
                                    String subject, double before, Double after, Double measuredGain, Outcome outcome, String why) {

        static CheckedPrediction of(Prediction p, Analysis beforeAnalysis, Analysis afterAnalysis) {
            double value = p.measure().valueIn(afterAnalysis.profile(), afterAnalysis.diagnosis().ledger(), p.subject());
            double gain = p.measure().gain(p.before(), value);
            Optional<String> floorBefore = p.measure().floorIn(beforeAnalysis.profile(), p.subject());
            Optional<String> floorAfter = p.measure().floorIn(afterAnalysis.profile(), p.subject());
            Outcome outcome;
            String why = null;
            if (Double.isNaN(gain)) {
                outcome = Outcome.NOT_MEASURED;
                why = p.subject() == null ? "nothing to compare" : p.subject() + " is not in AFTER";
            } else if (floorBefore.isPresent()) {
                outcome = Outcome.NOT_MEASURED;
                why = "in BEFORE " + floorBefore.get() + ", so its figure is a floor and the gain cannot be told";
            } else if (floorAfter.isPresent()) {
                outcome = Outcome.AT_LEAST;
                why = "in AFTER " + floorAfter.get() + ", so its figure is a floor: record it with the throttle off to measure the gain";
            } else {
                outcome = gain < p.low() ? Outcome.BELOW : gain > p.high() ? Outcome.ABOVE : Outcome.WITHIN;
            }
            boolean told = outcome != Outcome.NOT_MEASURED;
            return new CheckedPrediction(p.remedy(), PredictionWords.change(p), p.low(), p.high(), p.measure(), p.measure().description(), p.subject(),
                    p.before(), Double.isNaN(value) ? null : value, told ? gain : null, outcome, why);
        }
    }

    public static DiffReport of(String beforeFile, Analysis before, String afterFile, Analysis after, int top) {
        Map<String, HotMethod> b = byMethod(before.profile().samples().hotMethods());
        Map<String, HotMethod> a = byMethod(after.profile().samples().hotMethods());
        List<MethodChange> changes = new ArrayList<>();
        for (String method : new TreeSet<>(union(b.keySet(), a.keySet()))) {
            HotMethod hb = b.get(method);
            HotMethod ha = a.get(method);
            changes.add(new MethodChange(method, cores(hb, before.profile()), cores(ha, after.profile()),
                    hb == null ? 0 : hb.selfPercent(), ha == null ? 0 : ha.selfPercent()));
        }
        List<MethodChange> grew = changes.stream().filter(c -> c.coresChange() >= MIN_CORES_CHANGE)
                .sorted(Comparator.comparingDouble(MethodChange::coresChange).reversed()).limit(top).toList();
        List<MethodChange> shrank = changes.stream().filter(c -> c.coresChange() <= -MIN_CORES_CHANGE)
                .sorted(Comparator.comparingDouble(MethodChange::coresChange)).limit(top).toList();
        return new DiffReport(SCHEMA_VERSION, "diff", Side.of(beforeFile, before), Side.of(afterFile, after), grew, shrank,
                ioChanges(before.profile(), after.profile(), top),
                before.diagnosis().predictions().stream().map(p -> CheckedPrediction.of(p, before, after)).toList());
    }

    private static List<IoChange> ioChanges(Profile before, Profile after, int top) {
        Map<String, IoSite> b = new HashMap<>();
        before.offCpu().ioByMethod().forEach(s -> b.put(s.kindName() + "\u0000" + s.methodAndVia(), s));
        Map<String, IoSite> a = new HashMap<>();
        after.offCpu().ioByMethod().forEach(s -> a.put(s.kindName() + "\u0000" + s.methodAndVia(), s));
        List<IoChange> changes = new ArrayList<>();
        for (String key : new TreeSet<>(union(b.keySet(), a.keySet()))) {
            IoSite sb = b.get(key);
            IoSite sa = a.get(key);
            IoSite any = sb != null ? sb : sa;
            changes.add(new IoChange(any.kindName(), any.methodAndVia(), threads(sb, before), threads(sa, after),
                    sb == null ? 0 : sb.count(), sa == null ? 0 : sa.count()));
        }
        return changes.stream().sorted(Comparator.comparingDouble((IoChange c) -> Math.abs(c.threadsAfter() - c.threadsBefore())).reversed())
                .limit(top).toList();
    }

    private static double cores(HotMethod m, Profile p) {
        long duration = p.recording().duration().toNanos();
        return m == null || duration == 0 ? 0 : (double) m.selfSamples() * p.samples().executionPeriodNanos() / duration;
    }

    private static double threads(IoSite s, Profile p) {
        long duration = p.recording().duration().toNanos();
        return s == null || duration == 0 ? 0 : (double) s.totalNanos() / duration;
    }

    private static Map<String, HotMethod> byMethod(List<HotMethod> methods) {
        Map<String, HotMethod> map = new HashMap<>();
        methods.forEach(m -> map.put(m.method(), m));
        return map;
    }

    private static <T> java.util.Set<T> union(java.util.Set<T> a, java.util.Set<T> b) {
        java.util.Set<T> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
