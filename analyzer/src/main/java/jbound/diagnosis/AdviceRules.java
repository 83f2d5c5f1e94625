package jbound.diagnosis;

import java.util.ArrayList;
import java.util.List;

import jbound.profile.ApplicationCode;
import jbound.profile.HotMethod;
import jbound.profile.IoSite;
import jbound.profile.Profile;
import jbound.profile.ThreadLedger;
import jbound.profile.WaitCategory;
import jbound.profile.WaitSite;

/**
 * What to do about a verdict, in Java's terms. Java has no global interpreter lock: platform
 * threads compute in parallel on all cores, so "use processes for CPU work" does not carry
 * over; a hot {@code synchronized} lock is the nearest thing to a GIL, and virtual threads are
 * Java's cheap way to overlap waiting.
 */
final class AdviceRules {

    /** The JVM uses fewer than this share of the cores: the work is not spread over them. */
    static final double UNDERUSED_CORES_SHARE = 0.6;
    /** The JVM uses at least this share of the cores: more threads cannot help. */
    static final double SATURATED_CORES_SHARE = 0.9;
    private static final int METHODS_NAMED = 3;
    static final String NO_APPLICATION_FRAME = "JDK code only (no application frame on the stack)";
    /** Methods with a smaller share of the samples are noise in advice, whatever their rank. */
    private static final double NAMED_FROM_PERCENT = 5;

    private AdviceRules() {
    }

    static List<Advice> of(Profile profile, Verdict verdict, LoadPattern load) {
        List<String> hot = hotspots(profile);
        long ioTotal = profile.offCpu().ioByMethod().stream().mapToLong(IoSite::totalNanos).sum();
        List<String> io = profile.offCpu().ioByMethod().stream().filter(s -> s.totalNanos() >= NAMED_FROM_PERCENT / 100 * ioTotal)
                .limit(METHODS_NAMED).map(AdviceRules::ioSite).toList();
        List<String> locks = profile.offCpu().waitSites().stream().filter(w -> w.category() == WaitCategory.LOCK).limit(METHODS_NAMED)
                .map(AdviceRules::lockSite).toList();
        int cores = Math.max(1, profile.recording().hardwareThreads());
        boolean virtualIo = ioOnVirtualThreads(profile);
        List<Advice> advice = new ArrayList<>();
        switch (verdict.kind()) {
            case CPU_BOUND -> {
                advice.add(new Advice(Remedy.OPTIMIZE_HOTSPOT, "Profile, then optimize the hotspot",
                        "in this order, each step measured: a better algorithm, then vectorized Java (Vector API), then a native "
                                + "kernel through FFM where the data is large enough to pay for the call, then spread across cores "
                                + "('jbound ladder' measures what each step buys on this machine)", hot));
                boolean neighboursTookTheCores = profile.process().load().machineFull()
                        && load.meanCores() < VerdictRules.SATURATING_JVM_SHARE_OF_CORES * cores;
                if (neighboursTookTheCores) {
                    advice.add(new Advice(Remedy.MAKE_ROOM, "Give the JVM cores of its own",
                            "other processes kept the machine's cores busy (the machine " + Format.cores(profile.process().load().meanMachineCores())
                                    + " of " + cores + " cores, this JVM " + Format.cores(load.meanCores()) + "), so its threads waited for a core: "
                                    + "more threads cannot help; run it where it is not crowded (or limit the neighbours' CPU), then record again",
                            List.of()));
                } else if (load.readings() > 0 && load.meanCores() < UNDERUSED_CORES_SHARE * cores) {
                    advice.add(new Advice(Remedy.SPREAD_ACROSS_CORES, "Spread the work across the cores",
                            "the JVM used " + Format.cores(load.meanCores()) + " of " + cores + " cores; Java threads compute in parallel "
                                    + "(there is no GIL), so split the work with a ForkJoinPool, parallel streams or a fixed pool "
                                    + "of " + cores + " platform threads", hot));
                } else if (load.readings() > 0 && load.meanCores() >= SATURATED_CORES_SHARE * cores) {
                    advice.add(new Advice(Remedy.CUT_THE_WORK, "Cut the work itself",
                            "all " + cores + " cores are busy: more threads cannot help, only less work per result", List.of()));
                }
            }
            case IO_BOUND -> {
                advice.add(virtualIo
                        ? new Advice(Remedy.SHORTEN_EACH_WAIT, "Shorten each wait: the waits already overlap",
                        "the threads waiting on I/O are virtual threads already, so their waits overlap without platform threads; "
                                + "what is left is each call's own latency: cache or batch, reuse connections, speed up the service "
                                + "or disk behind them, and look for pinned carriers (jdk.VirtualThreadPinned: a synchronized block "
                                + "or a native frame around the blocking call)", io)
                        : new Advice(Remedy.OVERLAP_WAITS, "Overlap the waits",
                        "threads mostly wait on I/O, so faster code buys little; run each request on a virtual thread "
                                + "(Executors.newVirtualThreadPerTaskExecutor()) or use asynchronous I/O (HttpClient.sendAsync, NIO), "
                                + "so thousands of waits overlap without thousands of platform threads", io));
                advice.add(new Advice(Remedy.FEWER_LARGER_CALLS, "Make fewer, larger calls",
                        "reuse connections (pooling, keep-alive), batch small requests and writes, buffer file I/O, "
                                + "and group forces to disk (group commit)", io));
            }
            case MIXED -> advice.add(new Advice(Remedy.SPLIT_WAITING_AND_COMPUTING, "Give waiting and computing different tools",
                    (virtualIo ? "keep the I/O on its virtual threads but move the computing off them (it holds their carrier "
                            + "threads) to a bounded pool of " + cores + " platform threads, "
                            : "run the I/O on virtual threads, hand the computing to a bounded pool of " + cores + " platform threads, ")
                            + "and pipeline them so the next fetch overlaps the current computation",
                    concat(io, hot)));
            case LOCK_BOUND -> advice.add(locks.isEmpty()
                    ? new Advice(Remedy.FIND_SHORT_LOCK, "Find and shorten the lock the threads take turns on",
                    "the threads were serialised where no lock event shows (waits under the recording's threshold): re-record with "
                            + "jdk.JavaMonitorEnter#threshold=1ms to name the monitor; the code they run while holding it is likely "
                            + "among these hot methods — move work out of the critical section, stripe the lock, or use concurrent "
                            + "structures (ConcurrentHashMap, LongAdder, atomics)", hot)
                    : new Advice(Remedy.SHORTEN_LOCK, "Shorten or split the contended lock",
                    "one lock serialises the threads the way a global interpreter lock would: move work out of the critical "
                            + "section, stripe the lock, or use concurrent structures (ConcurrentHashMap, LongAdder, atomics)",
                    locks));
            case IDLE -> {
                List<String> waited = waitedFor(profile);
                advice.add(new Advice(Remedy.RECORD_UNDER_LOAD, "Record under load",
                        "nothing to optimize in this recording: its threads were waiting for work" + (waited.isEmpty() ? "" : " (where, below)")
                                + "; record while the application is busy, " + underLoad(profile.samples().executionPeriodNanos()), waited));
            }
            case UNKNOWN -> advice.add(new Advice(Remedy.RECORD_CPU_SAMPLES, "Record again with CPU samples", Rerecord.WITH_JBOUND_SETTINGS, List.of()));
        }
        if (advice.stream().anyMatch(a -> a.methods().stream().anyMatch(m -> m.startsWith(NO_APPLICATION_FRAME)))) {
            advice.add(new Advice(Remedy.NAME_THE_CALLER, "Name the code that calls the JDK",
                    "part of the time above is in JDK code with no frame of yours on its stack, which is no method to change; pass "
                            + "--include with the package of the library or framework that calls it (--include org.example.client) and "
                            + "jbound charges that time to its methods", List.of()));
        }
        return List.copyOf(advice);
    }

    /**
     * The top methods by self time, and — where those are the JDK's — the application methods
     * that call them, which is where the user can change something.
     */
    private static List<String> hotspots(Profile profile) {
        List<HotMethod> executing = significant(profile.samples().hotMethods());
        List<String> named = new ArrayList<>(executing.stream().map(AdviceRules::hotMethod).toList());
        if (!executing.isEmpty() && executing.stream().noneMatch(HotMethod::application)) {
            List<HotMethod> callers = significant(profile.samples().hotApplicationMethods()).stream().filter(HotMethod::application).toList();
            callers.forEach(caller -> named.add(caller.method() + " (application code over "
                    + String.format(java.util.Locale.ROOT, "%.1f", caller.selfPercent()) + "% of CPU samples: the place to change)"));
            if (callers.isEmpty()) {
                named.add(NO_APPLICATION_FRAME);
            }
        }
        return named;
    }

    /** Where an idle application's threads waited: reads for the next request, then parks, waits and sleeps. */
    private static List<String> waitedFor(Profile profile) {
        List<String> where = new ArrayList<>();
        profile.offCpu().ioByMethod().stream().filter(IoSite::waitingForWork).limit(METHODS_NAMED)
                .forEach(s -> where.add(ioSite(s) + ", waiting for the next request or input"));
        profile.offCpu().waitSites().stream().filter(w -> w.category() != WaitCategory.LOCK).limit(METHODS_NAMED)
                .forEach(w -> where.add(named(w.method()) + (w.subject() == null ? "" : " on " + w.subject()) + " (" + w.category().name().toLowerCase(java.util.Locale.ROOT)
                        + ", " + Format.seconds(w.totalNanos()) + ")"));
        return where;
    }

    /**
     * How long to record under load: a verdict wants {@value VerdictRules#MIN_OBSERVATIONS} or more
     * observations, and phases several stretches, so a minute or more; the sampler's period says how
     * fast one busy thread gives samples.
     */
    private static String underLoad(long samplerPeriodNanos) {
        String rate = samplerPeriodNanos <= 0 ? "" : String.format(java.util.Locale.ROOT,
                " (at this recording's sampling period of %s, one busy thread gives %.0f CPU samples a second; a verdict wants %d or more)",
                Format.millis(samplerPeriodNanos), 1e9 / samplerPeriodNanos, VerdictRules.MIN_OBSERVATIONS);
        return "for a minute or more at peak" + rate + ": jbound record PID --duration 60s, or jcmd <pid> JFR.start duration=60s";
    }

    /** Whether most of the application's I/O time was spent on virtual threads. */
    private static boolean ioOnVirtualThreads(Profile profile) {
        long all = 0;
        long virtual = 0;
        for (ThreadLedger t : profile.applicationThreads()) {
            all += t.ioNanos();
            virtual += t.virtual() ? t.ioNanos() : 0;
        }
        return all > 0 && virtual >= all / 2;
    }

    /**
     * A method as the diagnosis names it (advice, top cause, phases): an event or sample with no
     * application frame is charged to "(JDK only)", which is no method to change — said as such, and
     * {@code name-the-caller} says how to name its caller.
     */
    static String named(String method) {
        return ApplicationCode.isApplicationMethod(method) ? method : NO_APPLICATION_FRAME;
    }

    private static List<HotMethod> significant(List<HotMethod> methods) {
        return methods.stream().filter(m -> m.selfSamples() > 0)
                .filter(m -> m == methods.getFirst() || m.selfPercent() >= NAMED_FROM_PERCENT).limit(METHODS_NAMED).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String hotMethod(HotMethod m) {
        return m.method() + " (" + String.format(java.util.Locale.ROOT, "%.1f", m.selfPercent()) + "% of CPU samples)";
    }

    private static String ioSite(IoSite s) {
        return named(s.method()) + " (" + s.kindName() + ", " + Format.seconds(s.totalNanos()) + " in " + s.count()
                + (s.kind() == jbound.recording.EventCatalog.NATIVE_METHOD_SAMPLE ? " native samples)" : " calls)");
    }

    private static String lockSite(WaitSite w) {
        return named(w.method()) + (w.subject() == null ? "" : " on " + w.subject()) + " (" + Format.seconds(w.totalNanos()) + " blocked)";
    }
}
