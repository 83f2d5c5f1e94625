package jbound.report;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jbound.Analysis;
import jbound.diagnosis.VerdictKind;
import jbound.profile.HotMethod;
import jbound.profile.IoSite;
import jbound.profile.WaitCategory;
import jbound.profile.WaitSite;

/**
 * What recordings add up to in a fleet: their rows (from which the services' table is made) and
 * the sums a fleet report is made of — verdicts by kind, samples by method, I/O by site, lock waits by site.
 * Sums merge in any grouping and any order and give the same totals ({@link #add} is associative
 * and commutative up to the rows' order), so one machine's threads and Spark's reduce agree.
 * Serializable, for the executors of a Spark job to send to its driver.
 */
public final class FleetSums implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final List<FleetReport.RecordingRow> rows = new ArrayList<>();
    private final EnumMap<VerdictKind, Long> verdicts = new EnumMap<>(VerdictKind.class);
    private final Map<String, MethodSum> methods = new HashMap<>();
    private long allSamples;
    private final Map<String, IoSum> io = new HashMap<>();
    private final Map<String, LockSum> locks = new HashMap<>();

    /** Nothing yet: the zero of {@link #add}. */
    public FleetSums() {
    }

    /** One recording's part: its row, and its samples, I/O and locks where it could be read. */
    public static FleetSums of(FleetReport.Input input) {
        FleetSums sums = new FleetSums();
        if (input.analysis() == null) {
            sums.rows.add(new FleetReport.RecordingRow(input.file(), null, null, 0, 0, 0, null, null, input.error()));
            return sums;
        }
        Analysis analysis = input.analysis();
        var d = analysis.diagnosis();
        var p = analysis.profile();
        String mainClass = p.recording().mainClass().isEmpty() ? null : p.recording().mainClass();
        FleetReport.RecordingRow row = new FleetReport.RecordingRow(input.file(), d.verdict().kind(), d.verdict().confidence().level(),
                d.ledger().cpuShare(), d.ledger().ioShare(), d.ledger().lockShare(),
                p.samples().hotMethods().isEmpty() ? null : p.samples().hotMethods().getFirst().method(), mainClass, null);
        sums.rows.add(row);
        sums.verdicts.put(row.verdict(), 1L);
        for (HotMethod m : p.samples().hotMethods()) {
            sums.methods.merge(m.method(), new MethodSum(m.selfSamples(), m.totalSamples(), m.application()), MethodSum::plus);
        }
        sums.allSamples = p.samples().executionSamples().totalWeight();
        for (IoSite site : p.offCpu().ioByMethod()) {
            if (!site.waitingForWork()) {
                IoSum sum = IoSum.of(site);
                sums.io.merge(sum.key(), sum, IoSum::plus);
            }
        }
        for (WaitSite site : p.offCpu().waitSites()) {
            if (site.category() == WaitCategory.LOCK) {
                LockSum sum = LockSum.of(site);
                sums.locks.merge(sum.key(), sum, LockSum::plus);
            }
        }
        return sums;
    }

    /** Adds {@code other} into this and returns this; {@code other} is left as it was. */
    public FleetSums add(FleetSums other) {
        rows.addAll(other.rows);
        other.verdicts.forEach((kind, n) -> verdicts.merge(kind, n, Long::sum));
        other.methods.forEach((method, sum) -> methods.merge(method, sum, MethodSum::plus));
        allSamples += other.allSamples;
        other.io.forEach((key, sum) -> io.merge(key, sum, IoSum::plus));
        other.locks.forEach((key, sum) -> locks.merge(key, sum, LockSum::plus));
        return this;
    }

    /** These sums with their rows in the order of {@code files} (summed where finished first, say); rows of other files after them. */
    public FleetSums orderedAs(List<String> files) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            position.putIfAbsent(files.get(i), i);
        }
        rows.sort(java.util.Comparator.comparingInt(row -> position.getOrDefault(row.file(), Integer.MAX_VALUE)));
        return this;
    }

    List<FleetReport.RecordingRow> rows() {
        return rows;
    }

    Map<VerdictKind, Long> verdicts() {
        return verdicts;
    }

    Map<String, MethodSum> methods() {
        return methods;
    }

    long allSamples() {
        return allSamples;
    }

    Map<String, IoSum> io() {
        return io;
    }

    Map<String, LockSum> locks() {
        return locks;
    }

    /** A method's samples over the recordings. */
    record MethodSum(long self, long total, boolean application) implements Serializable {
        MethodSum plus(MethodSum o) {
            return new MethodSum(self + o.self, total + o.total, application || o.application);
        }
    }

    /**
     * I/O of one kind by one application method (and library) over the recordings. The top frame is
     * the longest call's, as in one recording; the target where all agree, else {@value #SEVERAL}.
     */
    record IoSum(String kind, String method, String via, String topFrame, String target, long count, long totalNanos, long maxNanos,
                 long bytes) implements Serializable {

        static final String SEVERAL = "(several)";

        static IoSum of(IoSite s) {
            return new IoSum(s.kindName(), s.method(), s.via(), s.topFrame(), s.target(), s.count(), s.totalNanos(), s.maxNanos(), s.bytes());
        }

        String key() {
            return kind + '\u0000' + method + '\u0000' + via;
        }

        IoSum plus(IoSum o) {
            IoSum longer = longerCall(this, o);
            return new IoSum(kind, method, via, longer.topFrame, target.equals(o.target) ? target : SEVERAL, count + o.count,
                    totalNanos + o.totalNanos, Math.max(maxNanos, o.maxNanos), bytes + o.bytes);
        }

        private static IoSum longerCall(IoSum a, IoSum b) {
            if (a.maxNanos != b.maxNanos) {
                return a.maxNanos > b.maxNanos ? a : b;
            }
            return a.topFrame.compareTo(b.topFrame) <= 0 ? a : b; // a tie is broken by name, so the order of adding never shows
        }

        AnalysisReport.IoRow row() {
            return new AnalysisReport.IoRow(kind, method, via, target, topFrame, count, totalNanos, maxNanos, bytes, false);
        }
    }

    /** Waits for one class of lock by one application method (and library) over the recordings. */
    record LockSum(String method, String via, String subject, long count, long totalNanos, long maxNanos) implements Serializable {

        static LockSum of(WaitSite s) {
            return new LockSum(s.method(), s.via(), s.subject(), s.count(), s.totalNanos(), s.maxNanos());
        }

        String key() {
            return method + '\u0000' + via + '\u0000' + subject;
        }

        LockSum plus(LockSum o) {
            return new LockSum(method, via, subject, count + o.count, totalNanos + o.totalNanos, Math.max(maxNanos, o.maxNanos));
        }

        FleetReport.LockRow row() {
            return new FleetReport.LockRow(method, via, subject, count, totalNanos, maxNanos);
        }
    }
}
