package jbound.diagnosis;

import java.util.ArrayList;
import java.util.List;

import jbound.profile.AllocationSite;
import jbound.profile.CpuSource;
import jbound.profile.GcPauses;
import jbound.profile.Profile;
import jbound.profile.ThreadLedger;
import jbound.profile.ThreadRole;

/**
 * The JVM's own work beside the application's, each a cause of its own: JIT compilation (the
 * compiler threads' CPU, measured per thread by {@code jdk.ThreadCPULoad}) and garbage
 * collection (stop-the-world pauses, during which no application thread runs). A short-lived
 * program (a build, a compiler run, a test suite) can spend more of its CPU compiling than
 * running what it compiled; a service short of heap spends its time in pauses.
 *
 * @param compilerCpuNanos      CPU of the compiler threads; 0 where they were not measured
 * @param compilerShareOfJvmCpu that CPU over the JVM's (jdk.CPULoad, else all threads measured); NaN where unknown
 * @param gcPauseShareOfTime    the pauses' total over the recording's length
 */
public record JvmWork(long compilerCpuNanos, double compilerShareOfJvmCpu, long gcPauses, long gcPauseNanos, long longestGcPauseNanos,
                      double gcPauseShareOfTime, List<AllocationSite> topAllocations) {

    /** How many allocation sites the advice names. */
    static final int ALLOCATIONS_NAMED = 3;

    /** Compiler threads: HotSpot's C1 and C2, and Graal's (JVMCI). */
    static final List<String> COMPILER_THREAD_PREFIXES = List.of("C1 CompilerThread", "C2 CompilerThread", "JVMCI");
    /**
     * A compiler share of the JVM's CPU from which warm-up is a cause worth naming. In a service
     * past its warm-up the compilers take a few percent; in a run of seconds they can take half.
     */
    static final double WARM_UP_FROM_SHARE = 0.2;
    /**
     * G1's default throughput goal, -XX:GCTimeRatio=12: at most 1/(1+12) of the time in GC. Pauses
     * beyond it are more than the collector itself aims for.
     */
    public static final double GC_TIME_GOAL_SHARE = 1.0 / 13;
    /** G1's default pause-time goal (-XX:MaxGCPauseMillis=200): a longer pause missed the collector's own target. */
    public static final long GC_PAUSE_GOAL_NANOS = 200_000_000L;

    static JvmWork of(Profile profile) {
        long compiler = 0;
        long measured = 0;
        for (ThreadLedger t : profile.threads()) {
            if (t.cpuSource() != CpuSource.THREAD_CPU_LOAD) {
                continue;
            }
            measured += t.cpuNanos();
            if (t.role() == ThreadRole.JVM && COMPILER_THREAD_PREFIXES.stream().anyMatch(t.name()::startsWith)) {
                compiler += t.cpuNanos();
            }
        }
        long jvmCpu = profile.process().load().known() ? profile.process().load().processCpuNanos() : measured;
        GcPauses gc = profile.process().gcPauses();
        long duration = Math.max(1, profile.recording().duration().toNanos());
        return new JvmWork(compiler, jvmCpu > 0 && measured > 0 ? Math.min(1, (double) compiler / jvmCpu) : Double.NaN, gc.count(),
                gc.totalNanos(), gc.maxNanos(), (double) gc.totalNanos() / duration,
                profile.process().allocations().stream().limit(ALLOCATIONS_NAMED).toList());
    }

    public boolean warmUpIsACause() {
        return compilerShareOfJvmCpu >= WARM_UP_FROM_SHARE;
    }

    public boolean gcIsACause() {
        return gcPauseShareOfTime > GC_TIME_GOAL_SHARE || longestGcPauseNanos > GC_PAUSE_GOAL_NANOS;
    }

    /** A compiler share of the JVM's CPU from which compiling costs more than all the rest together. */
    static final double WARM_UP_FIRST_FROM_SHARE = 0.5;

    /**
     * Whether the JVM's own work is the first thing to fix: the collector beyond its own time goal
     * stalls every application thread, and compilers that used half the CPU outweigh the code they compiled.
     */
    boolean firstAdvice() {
        return gcPauseShareOfTime > GC_TIME_GOAL_SHARE || compilerShareOfJvmCpu >= WARM_UP_FIRST_FROM_SHARE;
    }

    /** What the JVM's own work adds to the verdict's evidence: only where it is a cause. */
    List<Evidence> evidence() {
        List<Evidence> evidence = new ArrayList<>();
        if (warmUpIsACause()) {
            evidence.add(new Evidence.JitCompilation(compilerCpuNanos, compilerShareOfJvmCpu));
        }
        if (gcIsACause()) {
            evidence.add(new Evidence.GcPauses(gcPauses, gcPauseNanos, gcPauseShareOfTime, longestGcPauseNanos));
        }
        return evidence;
    }
}
