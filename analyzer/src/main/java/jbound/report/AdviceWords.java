package jbound.report;

import java.util.List;
import java.util.Locale;

import jbound.diagnosis.Advice;
import jbound.diagnosis.AdviceFigures;
import jbound.diagnosis.AdvicePlace;
import jbound.diagnosis.Format;
import jbound.diagnosis.JvmWork;
import jbound.diagnosis.Remedy;
import jbound.diagnosis.Rerecord;
import jbound.diagnosis.Verdict;
import jbound.profile.IoSite;
import jbound.profile.WaitSite;
import jbound.recording.EventCatalog;

/**
 * Advice in words, in Java's terms: what the terminal, the JSON and the page say of each
 * {@link Advice}. Java has no global interpreter lock: platform threads compute in parallel, a hot
 * {@code synchronized} lock is the nearest thing to one, and virtual threads overlap waiting.
 */
public final class AdviceWords {

    private AdviceWords() {
    }

    /** The remedy as a command: "Overlap the waits". */
    public static String action(Remedy remedy) {
        return switch (remedy) {
            case OPTIMIZE_HOTSPOT -> "Profile, then optimize the hotspot";
            case MAKE_ROOM -> "Give the JVM cores of its own";
            case SPREAD_ACROSS_CORES -> "Spread the work across the cores";
            case CUT_THE_WORK -> "Cut the work itself";
            case SHORTEN_EACH_WAIT -> "Shorten each wait: the waits already overlap";
            case OVERLAP_WAITS -> "Overlap the waits";
            case FEWER_LARGER_CALLS -> "Make fewer, larger calls";
            case SPLIT_WAITING_AND_COMPUTING -> "Give waiting and computing different tools";
            case FIND_SHORT_LOCK -> "Find and shorten the lock the threads take turns on";
            case SHORTEN_LOCK -> "Shorten or split the contended lock";
            case RECORD_UNDER_LOAD -> "Record under load";
            case RECORD_CPU_SAMPLES -> "Record again with CPU samples";
            case NAME_THE_CALLER -> "Name the code that calls the JDK";
            case CUT_WARM_UP -> "Cut the warm-up";
            case EASE_GC -> "Ease the garbage collector";
        };
    }

    /** Why, and how: the remedy argued from the recording's figures. */
    public static String why(Advice advice) {
        AdviceFigures f = advice.figures();
        int cores = f.cores();
        return switch (advice.id()) {
            case OPTIMIZE_HOTSPOT -> "in this order, each step measured: a better algorithm, then vectorized Java (Vector API), then a native "
                    + "kernel through FFM where the data is large enough to pay for the call, then spread across cores "
                    + "('jbound ladder' measures what each step buys on this machine)";
            case MAKE_ROOM -> "other processes kept the machine's cores busy (the machine " + Format.cores(f.machineCores()) + " of " + cores
                    + " cores, this JVM " + Format.cores(f.jvmCores()) + "), so its threads waited for a core: more threads cannot help; "
                    + "run it where it is not crowded (or limit the neighbours' CPU), then record again";
            case SPREAD_ACROSS_CORES -> "the JVM used " + Format.cores(f.jvmCores()) + " of " + cores + " cores; Java threads compute in parallel "
                    + "(there is no GIL), so split the work with a ForkJoinPool, parallel streams or a fixed pool of " + cores + " platform threads";
            case CUT_THE_WORK -> "all " + cores + " cores are busy: more threads cannot help, only less work per result";
            case SHORTEN_EACH_WAIT -> "the threads waiting on I/O are virtual threads already, so their waits overlap without platform threads; "
                    + "what is left is each call's own latency: cache or batch, reuse connections, speed up the service or disk behind them, "
                    + "and look for pinned carriers (jdk.VirtualThreadPinned: a synchronized block or a native frame around the blocking call)";
            case OVERLAP_WAITS -> "threads mostly wait on I/O, so faster code buys little; run each request on a virtual thread "
                    + "(Executors.newVirtualThreadPerTaskExecutor()) or use asynchronous I/O (HttpClient.sendAsync, NIO), "
                    + "so thousands of waits overlap without thousands of platform threads";
            case FEWER_LARGER_CALLS -> "reuse connections (pooling, keep-alive), batch small requests and writes, buffer file I/O, "
                    + "and group forces to disk (group commit)";
            case SPLIT_WAITING_AND_COMPUTING -> (f.virtualThreadIo()
                    ? "keep the I/O on its virtual threads but move the computing off them (it holds their carrier threads) to a bounded pool of "
                    + cores + " platform threads, "
                    : "run the I/O on virtual threads, hand the computing to a bounded pool of " + cores + " platform threads, ")
                    + "and pipeline them so the next fetch overlaps the current computation";
            case FIND_SHORT_LOCK -> "the threads were serialised where no lock event shows (waits under the recording's threshold): re-record with "
                    + "jdk.JavaMonitorEnter#threshold=1ms to name the monitor; the code they run while holding it is likely among these hot "
                    + "methods — move work out of the critical section, stripe the lock, or use concurrent structures (ConcurrentHashMap, "
                    + "LongAdder, atomics)";
            case SHORTEN_LOCK -> "one lock serialises the threads the way a global interpreter lock would: move work out of the critical section, "
                    + "stripe the lock, or use concurrent structures (ConcurrentHashMap, LongAdder, atomics)";
            case RECORD_UNDER_LOAD -> "nothing to optimize in this recording: its threads were waiting for work"
                    + (advice.places().isEmpty() ? "" : " (where, below)") + "; record while the application is busy, " + underLoad(f.samplerPeriodNanos());
            case RECORD_CPU_SAMPLES -> Rerecord.WITH_JBOUND_SETTINGS;
            case NAME_THE_CALLER -> "part of the time above is in JDK code with no frame of yours on its stack, which is no method to change; pass "
                    + "--include with the package of the library or framework that calls it (--include org.example.client) and jbound charges "
                    + "that time to its methods";
            case CUT_WARM_UP -> "the JIT compilers took " + Format.percent(f.compilerShareOfJvmCpu()) + " of the JVM's CPU: a short run pays for "
                    + "compiling code it barely runs. Keep the JVM alive between runs (a daemon such as mvnd or Gradle's, a long-lived service), "
                    + "start from a class-data archive (-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=app.jsa), or for a short tool stop at "
                    + "C1 (-XX:TieredStopAtLevel=1)";
            case EASE_GC -> "GC pauses took " + Format.percent(f.gcPauseShareOfTime()) + " of the time, longest " + Format.millis(f.longestGcPauseNanos())
                    + " (G1 aims for under " + Format.percent(JvmWork.GC_TIME_GOAL_SHARE) + " and " + JvmWork.GC_PAUSE_GOAL_NANOS / 1_000_000
                    + " ms): give the heap room (-Xmx, with the GC log -Xlog:gc to see its occupancy), allocate less "
                    + (advice.places().isEmpty() ? "in the hot paths (record jdk.ObjectAllocationSample to have them named)"
                    : "where the application allocates most (by jdk.ObjectAllocationSample, below)")
                    + ", or for large heaps try ZGC (-XX:+UseZGC)";
        };
    }

    /** The places the advice is about, a line each. */
    public static List<String> places(Advice advice) {
        return advice.places().stream().map(AdviceWords::place).toList();
    }

    /** One place, with the figure that makes it matter. */
    public static String place(AdvicePlace place) {
        return switch (place) {
            case AdvicePlace.Hot h -> h.method() + " (" + percent(h.hot().selfPercent()) + "% of CPU samples)";
            case AdvicePlace.Caller c -> c.method() + " (application code over " + percent(c.caller().selfPercent())
                    + "% of CPU samples: the place to change)";
            case AdvicePlace.NoApplicationFrame _ -> Format.NO_APPLICATION_FRAME;
            case AdvicePlace.Io io -> ioSite(io) + (io.waitingForWork() ? ", waiting for the next request or input" : "");
            case AdvicePlace.Lock l -> method(l) + subject(l.site()) + " (" + Format.seconds(l.site().totalNanos()) + " blocked)";
            case AdvicePlace.Wait w -> method(w) + subject(w.site()) + " (" + w.site().category().name().toLowerCase(Locale.ROOT) + ", "
                    + Format.seconds(w.site().totalNanos()) + ")";
            case AdvicePlace.Allocation a -> a.site().describe();
        };
    }

    /**
     * How long to record under load: a verdict wants {@value Verdict#OBSERVATIONS_WANTED} or more
     * observations, and phases several stretches, so a minute or more; the sampler's period says how
     * fast one busy thread gives samples.
     */
    private static String underLoad(long samplerPeriodNanos) {
        String rate = samplerPeriodNanos <= 0 ? "" : String.format(Locale.ROOT,
                " (at this recording's sampling period of %s, one busy thread gives %.0f CPU samples a second; a verdict wants %d or more)",
                Format.millis(samplerPeriodNanos), 1e9 / samplerPeriodNanos, Verdict.OBSERVATIONS_WANTED);
        return "for a minute or more at peak" + rate + ": jbound record PID --duration 60s, or jcmd <pid> JFR.start duration=60s";
    }

    private static String ioSite(AdvicePlace.Io io) {
        IoSite s = io.site();
        return method(io) + " (" + s.kindName() + ", " + Format.seconds(s.totalNanos()) + " in " + s.count()
                + (s.kind() == EventCatalog.NATIVE_METHOD_SAMPLE ? " native samples)" : " calls)");
    }

    private static String method(AdvicePlace place) {
        return Format.method(place.method());
    }

    private static String subject(WaitSite site) {
        return site.subject() == null ? "" : " on " + site.subject();
    }

    private static String percent(double percent) {
        return String.format(Locale.ROOT, "%.1f", percent);
    }
}
