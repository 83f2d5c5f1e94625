package jbound.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jbound.profile.LaneSeries.Kind;

/**
 * What each lane of threads did over time, gathered while reading: one lane per pool (threads
 * whose names differ only in their last number: {@code worker-17} and {@code worker-3} are
 * {@code worker-*}), one for all virtual threads, one for each thread of its own. At most
 * {@value #MAX_LANES} lanes are told apart; threads of further names share one lane, so a
 * recording of thousands of differently named threads stays bounded.
 */
final class ThreadLanes implements Merging<ThreadLanes> {

    static final int MAX_LANES = 256;
    /** The lane of all virtual threads: their names are rarely set, and their number is the point. */
    static final String VIRTUAL_THREADS = "virtual threads";
    /** Threads past {@value #MAX_LANES} lanes. */
    static final String OTHER_THREADS = "other threads";
    private static final Pattern LAST_NUMBER = Pattern.compile("\\d+(?=\\D*$)");

    /** A lane: its name pattern, whether it holds virtual threads, and whose threads they are. */
    record Key(String pattern, boolean virtual, ThreadRole role) {
    }

    private final Map<Key, LaneSeries> lanes = new LinkedHashMap<>();

    /** The pattern a thread's name belongs to: its last number as {@code *}. */
    static String pattern(String name) {
        Matcher m = LAST_NUMBER.matcher(name);
        return m.find() ? name.substring(0, m.start()) + "*" + name.substring(m.end()) : name;
    }

    static Key keyOf(String name, boolean virtual, ThreadRole role) {
        return virtual ? new Key(VIRTUAL_THREADS, true, role) : new Key(pattern(name), false, role);
    }

    /** The series of a thread's lane. */
    LaneSeries of(String name, boolean virtual, ThreadRole role) {
        return series(keyOf(name, virtual, role));
    }

    @Override
    public void merge(ThreadLanes other, Remap numbers) {
        other.lanes.forEach((key, theirs) -> series(key).mergeFrom(theirs));
    }

    private LaneSeries series(Key key) {
        LaneSeries series = lanes.get(key);
        if (series == null) {
            Key kept = lanes.size() < MAX_LANES - 1 ? key : new Key(OTHER_THREADS, false, key.role());
            series = lanes.computeIfAbsent(kept, k -> new LaneSeries());
        }
        return series;
    }

    /**
     * The lanes over the timeline's buckets, each kind of time spread by its own series and scaled
     * to what its threads' ledgers say, so a lane's buckets add up to its ledger. A kind no series
     * saw is spread over the time the lane's threads were alive. Busiest first: application
     * threads, then the JVM's.
     */
    List<Lane> result(List<ThreadLedger> ledgers, Timeline timeline, long startNanos, long endNanos, ThreadLedgers.Periods periods,
                      PauseIntervals pauses) {
        Map<Key, List<ThreadLedger>> members = new LinkedHashMap<>();
        for (ThreadLedger t : ledgers) {
            Key key = keyOf(t.name(), t.virtual(), t.role());
            if (!lanes.containsKey(key)) {
                key = lanes.containsKey(new Key(OTHER_THREADS, false, t.role())) ? new Key(OTHER_THREADS, false, t.role()) : key;
            }
            members.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
        }
        int n = timeline.buckets().size();
        long[] starts = new long[n];
        long[] ends = new long[n];
        for (int i = 0; i < n; i++) {
            Timeline.Bucket b = timeline.buckets().get(i);
            starts[i] = startNanos + b.offsetMillis() * 1_000_000L;
            ends[i] = i == n - 1 ? Math.max(starts[i], endNanos) : startNanos + (b.offsetMillis() + b.lengthMillis()) * 1_000_000L;
        }
        // The pauses stopped every thread: one shape for all lanes.
        double[] paused = new double[n];
        for (int i = 0; i < n; i++) {
            paused[i] = pauses.within(starts[i], ends[i]);
        }
        List<Lane> result = new ArrayList<>();
        members.forEach((key, threads) -> result.add(lane(key, threads, lanes.getOrDefault(key, new LaneSeries()), starts, ends,
                startNanos, endNanos, periods, paused)));
        result.sort(Comparator.comparing(Lane::infrastructure)
                .thenComparing(Comparator.comparingLong(Lane::activeNanos).reversed())
                .thenComparing(Lane::name));
        return List.copyOf(result);
    }

    private static Lane lane(Key key, List<ThreadLedger> threads, LaneSeries series, long[] starts, long[] ends, long recordingStart,
                             long recordingEnd, ThreadLedgers.Periods periods, double[] paused) {
        long cpu = 0;
        long io = 0;
        long lock = 0;
        long waiting = 0;
        long unseen = 0;
        long stopped = 0;
        long measuredCpu = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        double[] cores = new double[threads.size()];
        double[] alive = new double[starts.length];
        for (int i = 0; i < threads.size(); i++) {
            ThreadLedger t = threads.get(i);
            cpu += t.cpuNanos();
            measuredCpu += t.cpuSource() == CpuSource.THREAD_CPU_LOAD ? t.cpuNanos() : 0;
            io += t.ioNanos();
            lock += t.lockNanos();
            waiting += t.waitNanos();
            unseen += t.unseenNanos();
            stopped += t.stoppedNanos();
            cores[i] = t.cpuCores();
            long from = Math.max(recordingStart, t.firstSeenNanos());
            long to = Math.min(recordingEnd, Saturating.add(t.firstSeenNanos(), t.observedNanos()));
            first = Math.min(first, from);
            last = Math.max(last, to);
            addOverlap(alive, starts, ends, from, to);
        }
        Arrays.sort(cores);
        double[] measured = series.overPeriodsBefore(Kind.MEASURED_CPU, starts, ends, periods.threadCpuLoad());
        double[] ioShape = series.over(Kind.IO_NANOS, starts, ends);
        double[] nativeIo = series.over(Kind.NATIVE_IO_SAMPLES, starts, ends);
        for (int i = 0; i < ioShape.length; i++) {
            ioShape[i] = Math.max(ioShape[i], nativeIo[i] * periods.nativeSamples());
        }
        String name = threads.size() == 1 && !key.virtual() ? threads.getFirst().name() : key.pattern();
        return new Lane(name, key.pattern(), key.virtual(), key.role(), threads.size(),
                first == Long.MAX_VALUE ? 0 : (first - recordingStart) / 1_000_000L,
                last == Long.MIN_VALUE ? 0 : (last - recordingStart) / 1_000_000L,
                cpu, io, lock, waiting, unseen, stopped,
                cores.length == 0 ? 0 : cores[0], cores.length == 0 ? 0 : cores[cores.length / 2], cores.length == 0 ? 0 : cores[cores.length - 1],
                rounded(alive),
                // The CPU is placed by what measured most of it: a few samples of a thread measured per period place it worse.
                2 * measuredCpu > cpu
                        ? scaled(cpu, alive, measured, series.over(Kind.CPU_SAMPLES, starts, ends))
                        : scaled(cpu, alive, series.over(Kind.CPU_SAMPLES, starts, ends), measured),
                scaled(io, alive, ioShape, series.over(Kind.WALL_IO, starts, ends)),
                scaled(lock, alive, series.over(Kind.LOCK_NANOS, starts, ends), series.over(Kind.WALL_LOCK, starts, ends)),
                scaled(waiting, alive, series.over(Kind.WAIT_NANOS, starts, ends), series.over(Kind.WALL_WAITING, starts, ends)),
                scaled(stopped, alive, withinAlive(paused, alive)));
    }

    /** Adds the part of {@code [from, to)} in each stretch. */
    private static void addOverlap(double[] into, long[] starts, long[] ends, long from, long to) {
        if (to <= from) {
            return;
        }
        int i = Arrays.binarySearch(ends, from);
        for (i = i < 0 ? -i - 1 : i; i < starts.length && starts[i] < to; i++) {
            long overlap = Math.min(to, ends[i]) - Math.max(from, starts[i]);
            if (overlap > 0) {
                into[i] += overlap;
            }
        }
    }

    /** The pauses of each bucket, as far as the lane's threads were alive in it. */
    private static double[] withinAlive(double[] paused, double[] alive) {
        double[] shape = new double[paused.length];
        for (int i = 0; i < paused.length; i++) {
            shape[i] = alive[i] > 0 ? paused[i] : 0;
        }
        return shape;
    }

    /** {@code total} spread as the first shape with weight, else as the time alive. */
    private static long[] scaled(long total, double[] alive, double[]... shapes) {
        double[] shape = alive;
        for (double[] candidate : shapes) {
            if (Arrays.stream(candidate).sum() > 0) {
                shape = candidate;
                break;
            }
        }
        double sum = Arrays.stream(shape).sum();
        long[] out = new long[shape.length];
        if (sum <= 0 || total <= 0) {
            return out;
        }
        for (int i = 0; i < shape.length; i++) {
            out[i] = Math.round(total * shape[i] / sum);
        }
        return out;
    }

    private static long[] rounded(double[] values) {
        long[] out = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Math.round(values[i]);
        }
        return out;
    }
}
