package jbound.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jbound.Analysis;
import jbound.diagnosis.Confidence;
import jbound.diagnosis.VerdictKind;
import jbound.profile.HotMethod;
import jbound.profile.IoSite;

/**
 * Many recordings at once — a fleet of JVMs, or one JVM over days: the verdict of each, the hot
 * methods and I/O hotspots of all together, and which recordings stand out.
 *
 * @param recordings  one row per input, in the order given; unreadable ones carry their error
 * @param hotMethods  self samples summed over the recordings, by method; percentages of all samples
 * @param ioHotspots  I/O summed over the recordings, by kind and application method
 * @param outliers    where one verdict holds a majority (of three or more readable recordings): those with another
 *                    verdict, and those whose CPU share is far from the median
 */
public record FleetReport(int schemaVersion, String kind, List<RecordingRow> recordings, Map<VerdictKind, Long> verdicts,
                          List<HotMethod> hotMethods, List<AnalysisReport.IoRow> ioHotspots, List<Outlier> outliers) {

    public static final int SCHEMA_VERSION = 1;
    /** A recording's CPU share this far from the fleet's median makes it an outlier. */
    static final double CPU_SHARE_OUTLIER_DISTANCE = 0.3;

    /** One recording's answer, or why it has none. */
    public record RecordingRow(String file, VerdictKind verdict, Confidence.Level confidence, double cpuShare, double ioShare,
                               double lockShare, String topMethod, String error) {
    }

    public record Outlier(String file, String reason) {
    }

    /** An input: its file name and either its analysis or the one-line reason it could not be read. */
    public record Input(String file, Analysis analysis, String error) {
    }

    public static FleetReport of(List<Input> inputs, int top) {
        List<RecordingRow> rows = new ArrayList<>();
        Map<String, long[]> samples = new HashMap<>();
        Map<String, Boolean> application = new HashMap<>();
        long allSamples = 0;
        Map<String, IoSite> io = new LinkedHashMap<>();
        for (Input input : inputs) {
            if (input.analysis() == null) {
                rows.add(new RecordingRow(input.file(), null, null, 0, 0, 0, null, input.error()));
                continue;
            }
            var d = input.analysis().diagnosis();
            var p = input.analysis().profile();
            rows.add(new RecordingRow(input.file(), d.verdict().kind(), d.verdict().confidence().level(),
                    d.ledger().cpuShare(), d.ledger().ioShare(), d.ledger().lockShare(),
                    p.samples().hotMethods().isEmpty() ? null : p.samples().hotMethods().getFirst().method(), null));
            for (HotMethod m : p.samples().hotMethods()) {
                samples.computeIfAbsent(m.method(), k -> new long[2])[0] += m.selfSamples();
                samples.get(m.method())[1] += m.totalSamples();
                application.put(m.method(), m.application());
            }
            allSamples += p.samples().executionSamples().totalWeight();
            for (IoSite site : p.offCpu().ioByMethod().stream().filter(s -> !s.waitingForWork()).toList()) {
                io.merge(site.kindName() + "\u0000" + site.methodAndVia(), site, (a, b) -> new IoSite(a.kind(), a.method(), a.via(), a.topFrame(),
                        a.target().equals(b.target()) ? a.target() : "(several)", a.count() + b.count(), a.totalNanos() + b.totalNanos(),
                        Math.max(a.maxNanos(), b.maxNanos()), a.bytes() + b.bytes(), false));
            }
        }
        long all = allSamples;
        List<HotMethod> hot = samples.entrySet().stream()
                .map(e -> new HotMethod(e.getKey(), e.getValue()[0], percent(e.getValue()[0], all), e.getValue()[1],
                        percent(e.getValue()[1], all), application.get(e.getKey())))
                .filter(m -> m.selfSamples() > 0)
                .sorted(Comparator.comparingLong(HotMethod::selfSamples).reversed().thenComparing(HotMethod::method))
                .limit(top).toList();
        List<AnalysisReport.IoRow> ioRows = io.values().stream().sorted(Comparator.comparingLong(IoSite::totalNanos).reversed())
                .limit(top).map(AnalysisReport.IoRow::of).toList();
        Map<VerdictKind, Long> verdicts = rows.stream().filter(r -> r.verdict() != null)
                .collect(Collectors.groupingBy(RecordingRow::verdict, LinkedHashMap::new, Collectors.counting()));
        return new FleetReport(SCHEMA_VERSION, "fleet", rows, verdicts, hot, ioRows, outliers(rows, verdicts));
    }

    private static List<Outlier> outliers(List<RecordingRow> rows, Map<VerdictKind, Long> verdicts) {
        List<RecordingRow> readable = rows.stream().filter(r -> r.verdict() != null).toList();
        List<Outlier> outliers = new ArrayList<>();
        if (readable.size() < 3) {
            return outliers; // with one or two recordings there is no "most"
        }
        Map.Entry<VerdictKind, Long> most = verdicts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        if (2 * most.getValue() <= readable.size()) {
            return outliers; // no verdict holds a majority: a mixed fleet, where nothing stands out from "most"
        }
        VerdictKind usual = most.getKey();
        double[] shares = readable.stream().mapToDouble(RecordingRow::cpuShare).sorted().toArray();
        double median = shares[shares.length / 2];
        for (RecordingRow r : readable) {
            if (r.verdict() != usual && r.verdict() != VerdictKind.UNKNOWN) {
                outliers.add(new Outlier(r.file(), r.verdict() + " where most are " + usual));
            } else if (Math.abs(r.cpuShare() - median) > CPU_SHARE_OUTLIER_DISTANCE) {
                outliers.add(new Outlier(r.file(), String.format(java.util.Locale.ROOT,
                        "CPU takes %.0f%% of its active time, against a median of %.0f%%", 100 * r.cpuShare(), 100 * median)));
            }
        }
        return outliers;
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
