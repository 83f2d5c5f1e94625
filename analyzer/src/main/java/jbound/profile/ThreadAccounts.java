package jbound.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jbound.recording.ThreadTable;

/**
 * What each thread did, as its events showed it: its evidence (samples, timed waits, measured CPU)
 * and its lane's series over time. Each thread's role and lane are found once and kept by number;
 * a number below zero (an event of no thread) is counted nowhere. The accounts make each thread's
 * ledger and the lanes of a {@link Profile}.
 */
final class ThreadAccounts implements Merging<ThreadAccounts> {

    private final ThreadTable threadTable;
    private final ThreadEvidenceTable evidence = new ThreadEvidenceTable();
    private final ThreadLanes lanes = new ThreadLanes();
    private ThreadRole[] roles = new ThreadRole[0];
    private LaneSeries[] laneOf = new LaneSeries[0];

    ThreadAccounts(ThreadTable threadTable) {
        this.threadTable = threadTable;
    }

    /**
     * Whether the event's thread is the application's: only its threads make the timeline, the
     * verdict and the allocation and wall tables.
     */
    boolean isApplication(int thread) {
        return thread >= 0 && role(thread) == ThreadRole.APPLICATION;
    }

    /** The thread's role, found once per thread; for a thread number of zero or more. */
    ThreadRole role(int thread) {
        if (thread >= roles.length) {
            roles = Arrays.copyOf(roles, Math.max(thread + 1, 2 * roles.length));
        }
        if (roles[thread] == null) {
            roles[thread] = ThreadRole.of(threadTable.name(thread), threadTable.isJavaThread(thread), threadTable.isCarrier(thread));
        }
        return roles[thread];
    }

    /**
     * A CPU sample of the thread.
     *
     * @param perThreadCpu whether the sampler takes one sample per interval of each thread's CPU time (async-profiler,
     *                     Datadog), not a few threads per period as the JDK's does: they are counted apart, read differently
     */
    void executionSample(int thread, boolean perThreadCpu, long timeNanos, long weight) {
        if (thread < 0) {
            return;
        }
        ThreadEvidence e = evidence.of(thread);
        if (perThreadCpu) {
            e.profilerCpuSamples += weight;
        } else {
            e.executionSamples += weight;
        }
        lane(thread).point(LaneSeries.Kind.CPU_SAMPLES, timeNanos, weight);
        e.seen(timeNanos, timeNanos);
    }

    void cpuTimeSample(int thread, long timeNanos, long weight) {
        if (thread < 0) {
            return;
        }
        ThreadEvidence e = evidence.of(thread);
        e.cpuTimeSamples += weight;
        lane(thread).point(LaneSeries.Kind.CPU_SAMPLES, timeNanos, weight);
        e.seen(timeNanos, timeNanos);
    }

    void nativeSample(int thread, NativeActivity doing, long timeNanos, long weight) {
        if (thread < 0) {
            return;
        }
        ThreadEvidence e = evidence.of(thread);
        e.nativeSamples += weight;
        if (doing.isIo()) {
            e.nativeIoSamples += weight;
            lane(thread).point(LaneSeries.Kind.NATIVE_IO_SAMPLES, timeNanos, weight);
        } else if (doing == NativeActivity.IDLE) {
            e.nativeIdleSamples += weight;
        } else if (doing == NativeActivity.LIBRARY) {
            e.nativeLibrarySamples += weight;
        }
        e.seen(timeNanos, timeNanos);
    }

    void wallSample(int thread, WallActivity doing, long timeNanos, long weight) {
        if (thread < 0) {
            return;
        }
        evidence.of(thread).wall(doing, weight, timeNanos);
        LaneSeries.Kind kind = switch (doing) {
            case CPU -> LaneSeries.Kind.CPU_SAMPLES;
            case IO -> LaneSeries.Kind.WALL_IO;
            case LOCK -> LaneSeries.Kind.WALL_LOCK;
            case WAITING -> LaneSeries.Kind.WALL_WAITING;
            case OTHER -> null;
        };
        if (kind != null) {
            lane(thread).point(kind, timeNanos, weight);
        }
    }

    void io(int thread, boolean waitingForWork, long startNanos, long durationNanos) {
        if (thread < 0) {
            return;
        }
        ThreadEvidence e = evidence.of(thread);
        if (waitingForWork) {
            e.idleIoEventNanos += durationNanos;
        } else {
            e.ioEventNanos += durationNanos;
        }
        e.seen(startNanos, startNanos + durationNanos);
        lane(thread).spread(waitingForWork ? LaneSeries.Kind.WAIT_NANOS : LaneSeries.Kind.IO_NANOS, startNanos, durationNanos, 1);
    }

    void waited(int thread, WaitCategory category, long startNanos, long durationNanos) {
        if (thread < 0) {
            return;
        }
        ThreadEvidence e = evidence.of(thread);
        switch (category) {
            case LOCK -> {
                e.lockNanos += durationNanos;
                e.lockEvents++;
            }
            case WAIT -> e.waitNanos += durationNanos;
            case SLEEP -> e.sleepNanos += durationNanos;
            case REMOTE_CALL -> e.remoteCallNanos += durationNanos;
            case FUTURE -> e.futureWaitNanos += durationNanos;
        }
        e.seen(startNanos, startNanos + durationNanos);
        lane(thread).spread(category == WaitCategory.LOCK ? LaneSeries.Kind.LOCK_NANOS
                : category == WaitCategory.REMOTE_CALL ? LaneSeries.Kind.IO_NANOS : LaneSeries.Kind.WAIT_NANOS, startNanos, durationNanos, 1);
    }

    /** The thread's measured CPU load ({@code jdk.ThreadCPULoad}), a share of one core. */
    void cpuLoad(int thread, long timeNanos, double load) {
        if (thread < 0) {
            return;
        }
        evidence.of(thread).cpuLoad(timeNanos, load);
        // In whole billionths, so that sums are exact in any order: parts read in parallel merge to the same lanes.
        lane(thread).point(LaneSeries.Kind.MEASURED_CPU, timeNanos, Math.round(load * 1e9));
    }

    @Override
    public void merge(ThreadAccounts other, Remap numbers) {
        evidence.merge(other.evidence, numbers);
        lanes.merge(other.lanes, numbers);
    }

    /**
     * Adds the evidence of each thread of a joining segment to the same thread (by id) of the
     * segment it joins: one JVM's threads, written by two writers (a jfrsync file).
     */
    void joinThreadsOfOneJvm(Map<Integer, Integer> joins) {
        if (joins.isEmpty()) {
            return;
        }
        record ThreadKey(int segment, long threadId) {
        }
        Map<ThreadKey, Integer> byKey = new HashMap<>();
        for (int id = 0; id < evidence.size(); id++) {
            byKey.put(new ThreadKey(threadTable.segment(id), threadTable.threadId(id)), id);
        }
        for (int id = 0; id < evidence.size(); id++) {
            Integer into = joins.get(threadTable.segment(id));
            Integer same = into == null ? null : byKey.get(new ThreadKey(into, threadTable.threadId(id)));
            if (same != null) {
                evidence.moveOnto(id, same);
            }
        }
    }

    ThreadLedgers.Result ledgers(RecordingSettings settings, int hardwareThreads, long startNanos, ProcessLoad process,
                                 ThreadLedgers.JvmContext jvm) {
        List<String> names = new ArrayList<>();
        List<Boolean> virtual = new ArrayList<>();
        List<ThreadRole> threadRoles = new ArrayList<>();
        for (int id = 0; id < evidence.size(); id++) {
            names.add(threadTable.name(id));
            virtual.add(threadTable.isVirtual(id));
            threadRoles.add(role(id));
        }
        return ThreadLedgers.of(evidence.asList(), names, virtual, threadRoles, settings, hardwareThreads, startNanos, process, jvm);
    }

    List<Lane> lanes(List<ThreadLedger> ledgers, Timeline timeline, long startNanos, long endNanos, ThreadLedgers.Periods periods,
                     PauseIntervals pauses) {
        return lanes.result(ledgers, timeline, startNanos, endNanos, periods, pauses);
    }

    private LaneSeries lane(int thread) {
        if (thread >= laneOf.length) {
            laneOf = Arrays.copyOf(laneOf, Math.max(thread + 1, 2 * laneOf.length));
        }
        if (laneOf[thread] == null) {
            laneOf[thread] = lanes.of(threadTable.name(thread), threadTable.isVirtual(thread), role(thread));
        }
        return laneOf[thread];
    }
}
