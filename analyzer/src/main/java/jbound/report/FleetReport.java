package jbound.report;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import jbound.Analysis;
import jbound.diagnosis.Confidence;
import jbound.diagnosis.VerdictKind;
import jbound.profile.HotMethod;

/**
 * Many recordings at once — a fleet of JVMs, or one JVM over days: the verdict of each, the hot
 * methods and I/O hotspots of all together, and which recordings stand out.
 *
 * @param recordings  one row per input, in the order given; unreadable ones carry their error
 * @param hotMethods  self samples summed over the recordings, by method; percentages of all samples
 * @param ioHotspots  I/O summed over the recordings, by kind and application method (waiting for work left out)
 * @param lockSites   lock waits summed over the recordings, by application method and lock class
 * @param services    the readable recordings by main class
 * @param outliers    where one verdict holds a majority (of three or more readable recordings): those with another
 *                    verdict, and those whose CPU share is far from the median
 */
public record FleetReport(int schemaVersion, String kind, List<RecordingRow> recordings, Map<VerdictKind, Long> verdicts,
                          List<HotMethod> hotMethods, List<AnalysisReport.IoRow> ioHotspots, List<LockRow> lockSites,
                          List<ServiceRow> services, List<Outlier> outliers) {

    public static final int SCHEMA_VERSION = 1;
    /** A recording's CPU share this far from the fleet's median makes it an outlier. */
    static final double CPU_SHARE_OUTLIER_DISTANCE = 0.3;
    /** The service of a readable recording that names no main class (async-profiler's files without the JDK's events, say). */
    public static final String UNNAMED_SERVICE = "(no main class recorded)";

    /** One recording's answer, or why it has none; {@code mainClass} is null where the recording names none. */
    public record RecordingRow(String file, VerdictKind verdict, Confidence.Level confidence, double cpuShare, double ioShare,
                               double lockShare, String topMethod, String mainClass, String error) implements Serializable {

        /** The service the recording is counted under: its main class. */
        public String service() {
            return mainClass == null ? UNNAMED_SERVICE : mainClass;
        }
    }

    /** Waits for one class of lock (a monitor, or a lock from java.util.concurrent.locks) by one application method, over all recordings. */
    public record LockRow(String method, String via, String subject, long count, long totalNanos, long maxNanos) {
    }

    /** The readable recordings of one service (main class): how many, their verdicts, and their mean shares of active time. */
    public record ServiceRow(String service, long recordings, Map<VerdictKind, Long> verdicts, double cpuShare, double ioShare,
                             double lockShare) {
    }

    public record Outlier(String file, String reason) {
    }

    /** An input: its file name and either its analysis or the one-line reason it could not be read. */
    public record Input(String file, Analysis analysis, String error) {
    }

    /** The report of recordings already summed, their rows in the order {@code sums} holds them. */
    public static FleetReport of(FleetSums sums, int top) {
        List<RecordingRow> rows = List.copyOf(sums.rows());
        long all = sums.allSamples();
        List<HotMethod> hot = sums.methods().entrySet().stream()
                .filter(e -> e.getValue().self() > 0)
                .map(e -> new HotMethod(e.getKey(), e.getValue().self(), percent(e.getValue().self(), all), e.getValue().total(),
                        percent(e.getValue().total(), all), e.getValue().application()))
                .sorted(Comparator.comparingLong(HotMethod::selfSamples).reversed().thenComparing(HotMethod::method))
                .limit(top).toList();
        List<AnalysisReport.IoRow> io = sums.io().entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, FleetSums.IoSum>>comparingLong(e -> e.getValue().totalNanos()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(top).map(e -> e.getValue().row()).toList();
        List<LockRow> locks = sums.locks().entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, FleetSums.LockSum>>comparingLong(e -> e.getValue().totalNanos()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(top).map(e -> e.getValue().row()).toList();
        Map<VerdictKind, Long> verdicts = new EnumMap<>(sums.verdicts());
        return new FleetReport(SCHEMA_VERSION, "fleet", rows, verdicts, hot, io, locks, services(rows), outliers(rows, verdicts));
    }

    /** Readable recordings by main class, most recordings first; means summed in sorted order, so the rows' order never shows. */
    private static List<ServiceRow> services(List<RecordingRow> rows) {
        Map<String, List<RecordingRow>> byService = rows.stream().filter(r -> r.verdict() != null)
                .collect(Collectors.groupingBy(RecordingRow::service));
        return byService.entrySet().stream().map(e -> {
            List<RecordingRow> of = e.getValue();
            Map<VerdictKind, Long> verdicts = of.stream().collect(Collectors.groupingBy(RecordingRow::verdict,
                    () -> new EnumMap<>(VerdictKind.class), Collectors.counting()));
            return new ServiceRow(e.getKey(), of.size(), verdicts, mean(of, RecordingRow::cpuShare), mean(of, RecordingRow::ioShare),
                    mean(of, RecordingRow::lockShare));
        }).sorted(Comparator.comparingLong(ServiceRow::recordings).reversed().thenComparing(ServiceRow::service)).toList();
    }

    private static double mean(List<RecordingRow> rows, ToDoubleFunction<RecordingRow> share) {
        return rows.stream().mapToDouble(share).sorted().sum() / rows.size();
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
