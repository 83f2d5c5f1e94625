package jbound.diagnosis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jbound.profile.CpuLoadPoint;
import jbound.profile.ProcessLoad;
import jbound.profile.Timeline;

/**
 * Splits the recording into phases where the application's ledger changes character, each judged
 * by the same {@link VerdictRules} as the whole recording. Each stretch of the {@link Timeline} is
 * judged on its own; runs shorter than {@value #MIN_PHASE_SHARE} of the recording, or than
 * {@value #MIN_PHASE_BUCKETS} stretches, join a neighbour — both, where those agree — and
 * neighbours with the same verdict join. A recording that behaved one way has one phase.
 */
final class Phases {

    /** A phase lasts this many stretches of the timeline at least (a partial first or last stretch counts for what it covers). */
    static final double MIN_PHASE_BUCKETS = 1.5;
    static final double MIN_PHASE_SHARE = 0.05;

    private Phases() {
    }

    /** @param whole the verdict input of the whole recording: its settings, thresholds and blind spots hold for every phase */
    static List<Phase> of(Timeline timeline, List<CpuLoadPoint> load, VerdictInput whole) {
        List<Timeline.Bucket> buckets = timeline.buckets();
        if (buckets.isEmpty() || !whole.cpuVisible()) {
            return List.of();
        }
        List<Run> runs = new ArrayList<>();
        for (int b = 0; b < buckets.size(); b++) {
            VerdictKind kind = decide(buckets, b, b + 1, load, whole).kind();
            if (!runs.isEmpty() && runs.getLast().kind == kind) {
                runs.getLast().to = b + 1;
            } else {
                runs.add(new Run(b, b + 1, kind));
            }
        }
        Timeline.Bucket last = buckets.getLast();
        long minMillis = (long) Math.max(MIN_PHASE_BUCKETS * timeline.bucketMillis(), MIN_PHASE_SHARE * (last.offsetMillis() + last.lengthMillis()));
        absorbShortRuns(runs, buckets, minMillis);
        // Joined runs are judged again on their sums; neighbours that now agree join.
        boolean joined = true;
        while (joined) {
            joined = false;
            for (Run run : runs) {
                run.kind = decide(buckets, run.from, run.to, load, whole).kind();
            }
            for (int r = 1; r < runs.size(); r++) {
                if (runs.get(r).kind == runs.get(r - 1).kind) {
                    runs.get(r - 1).to = runs.get(r).to;
                    runs.remove(r);
                    joined = true;
                    break;
                }
            }
        }
        return runs.stream().map(run -> phase(buckets, run, load, whole)).toList();
    }

    private static final class Run {
        final int from;
        int to;
        VerdictKind kind;

        Run(int from, int to, VerdictKind kind) {
            this.from = from;
            this.to = to;
            this.kind = kind;
        }

        long millis(List<Timeline.Bucket> buckets) {
            Timeline.Bucket last = buckets.get(to - 1);
            return last.offsetMillis() + last.lengthMillis() - buckets.get(from).offsetMillis();
        }
    }

    /** The shortest run under the minimum joins its longer neighbour, or both where they agree, until none is left. */
    private static void absorbShortRuns(List<Run> runs, List<Timeline.Bucket> buckets, long minMillis) {
        while (runs.size() > 1) {
            int shortest = -1;
            for (int r = 0; r < runs.size(); r++) {
                long millis = runs.get(r).millis(buckets);
                if (millis < minMillis && (shortest < 0 || millis < runs.get(shortest).millis(buckets))) {
                    shortest = r;
                }
            }
            if (shortest < 0) {
                return;
            }
            Run run = runs.get(shortest);
            Run left = shortest > 0 ? runs.get(shortest - 1) : null;
            Run right = shortest + 1 < runs.size() ? runs.get(shortest + 1) : null;
            if (left != null && right != null && left.kind == right.kind) {
                left.to = right.to;
                runs.remove(shortest + 1);
                runs.remove(shortest);
            } else if (right == null || (left != null && left.millis(buckets) >= right.millis(buckets))) {
                left.to = run.to;
                runs.remove(shortest);
            } else {
                runs.set(shortest + 1, new Run(run.from, right.to, right.kind));
                runs.remove(shortest);
            }
        }
    }

    private static Phase phase(List<Timeline.Bucket> buckets, Run run, List<CpuLoadPoint> load, VerdictInput whole) {
        VerdictInput in = input(buckets, run.from, run.to, load, whole);
        VerdictRules.Decision decision = VerdictRules.decide(in);
        TimeLedger ledger = in.ledger();
        long start = buckets.get(run.from).offsetMillis();
        Timeline.Bucket last = buckets.get(run.to - 1);
        return new Phase(start, last.offsetMillis() + last.lengthMillis(), decision.kind(), decision.confidence(),
                decision.cpuShare(), decision.ioShare(), decision.lockShare(), ledger.busyThreads(), ledger.activeNanos(),
                topCause(buckets.subList(run.from, run.to), decision.kind()));
    }

    private static VerdictRules.Decision decide(List<Timeline.Bucket> buckets, int from, int to, List<CpuLoadPoint> load,
                                                VerdictInput whole) {
        return VerdictRules.decide(input(buckets, from, to, load, whole));
    }

    /**
     * The verdict input of a stretch: its sums of the timeline, the process's load read over the
     * same stretch, and the rest as for the whole recording. No time is left unassigned in a
     * stretch — the timeline carries only what the ledgers explain — so the rules' inference about
     * unseen time is the whole recording's alone.
     */
    static VerdictInput input(List<Timeline.Bucket> buckets, int from, int to, List<CpuLoadPoint> load, VerdictInput whole) {
        long cpu = 0;
        long io = 0;
        long lock = 0;
        long wait = 0;
        long stopped = 0;
        long jvmThreads = 0;
        long observations = 0;
        long lockEvents = 0;
        for (Timeline.Bucket b : buckets.subList(from, to)) {
            cpu += b.cpuNanos();
            io += b.ioNanos();
            lock += b.lockNanos();
            wait += b.waitNanos();
            stopped += b.stoppedNanos();
            jvmThreads += b.jvmThreadsCpuNanos();
            observations += b.observations();
            lockEvents += b.lockEvents();
        }
        long startMillis = buckets.get(from).offsetMillis();
        Timeline.Bucket last = buckets.get(to - 1);
        long endMillis = last.offsetMillis() + last.lengthMillis();
        long length = Math.max(1, (endMillis - startMillis) * 1_000_000L);
        double measuredShare = whole.ledger().cpuNanos() == 0 ? 0 : (double) whole.ledger().measuredCpuNanos() / whole.ledger().cpuNanos();
        TimeLedger ledger = new TimeLedger(cpu, io, lock, wait, 0, (long) (cpu * measuredShare), 0, 0, 0, cpu + io + lock + wait + stopped,
                length, stopped, 0, 0, 0, 0);
        List<CpuLoadPoint> within = load.stream().filter(p -> p.offsetMillis() >= startMillis && p.offsetMillis() < endMillis).toList();
        ProcessLoad process = ProcessLoad.of(within, whole.cores(), length);
        return new VerdictInput(true, ledger, whole.cores(), process.known() ? process.meanJvmCores() : Double.NaN,
                (double) jvmThreads / length, process.known() ? process.saturatedShare() : Double.NaN, lockEvents,
                whole.monitorInflations(), whole.lockThresholdNanos(), whole.ioFromEvents(), observations, whole.blindSpotsHiding());
    }

    /** The application method that took most of the time of the kind that decided the phase. */
    private static Phase.Cause topCause(List<Timeline.Bucket> buckets, VerdictKind kind) {
        Phase.Cause cpu = top(buckets, Phase.CauseKind.CPU);
        Phase.Cause io = top(buckets, Phase.CauseKind.IO);
        Phase.Cause lock = top(buckets, Phase.CauseKind.LOCK);
        Phase.Cause gc = top(buckets, Phase.CauseKind.GC);
        return switch (kind) {
            // Where the pauses outweigh the computing, the collector is the cause: the method that allocated most.
            case CPU_BOUND -> gc != null && sum(buckets, Timeline.Bucket::stoppedNanos) > sum(buckets, Timeline.Bucket::cpuNanos) ? gc : cpu;
            case IO_BOUND -> io;
            case LOCK_BOUND -> lock;
            case MIXED -> java.util.stream.Stream.of(cpu, io, lock).filter(java.util.Objects::nonNull)
                    .max(Comparator.comparingLong(Phase.Cause::nanos)).orElse(null);
            case IDLE, UNKNOWN -> null;
        };
    }

    private static long sum(List<Timeline.Bucket> buckets, java.util.function.ToLongFunction<Timeline.Bucket> part) {
        return buckets.stream().mapToLong(part).sum();
    }

    private static Phase.Cause top(List<Timeline.Bucket> buckets, Phase.CauseKind kind) {
        Map<String, Long> byMethod = new HashMap<>();
        for (Timeline.Bucket b : buckets) {
            List<Timeline.MethodTime> methods = switch (kind) {
                case CPU -> b.cpuMethods();
                case IO -> b.ioMethods();
                case LOCK -> b.lockMethods();
                case GC -> b.allocatingMethods();
                case SAFEPOINT -> List.<Timeline.MethodTime>of();
            };
            methods.forEach(m -> byMethod.merge(m.method(), m.nanos(), Long::sum));
        }
        return byMethod.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .filter(e -> e.getValue() > 0)
                .map(e -> new Phase.Cause(kind, Format.method(e.getKey()), e.getValue()))
                .orElse(null);
    }
}
