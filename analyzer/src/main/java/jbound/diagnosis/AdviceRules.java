package jbound.diagnosis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jbound.profile.HotMethod;
import jbound.profile.IoSite;
import jbound.profile.Profile;
import jbound.profile.ThreadLedger;
import jbound.profile.WaitCategory;

/**
 * What to do about a verdict: the remedies whose rule holds ({@link Remedy}, in its order), each
 * with the places in the code it is about and the figures it is argued from. Java has no global
 * interpreter lock: platform threads compute in parallel on all cores, so "use processes for CPU
 * work" does not carry over; a hot {@code synchronized} lock is the nearest thing to a GIL, and
 * virtual threads are Java's cheap way to overlap waiting.
 */
final class AdviceRules {

    /** The JVM uses fewer than this share of the cores: the work is not spread over them. */
    static final double UNDERUSED_CORES_SHARE = 0.6;
    /** The JVM uses at least this share of the cores: more threads cannot help. */
    static final double SATURATED_CORES_SHARE = 0.9;
    private static final int METHODS_NAMED = 3;
    /** Methods with a smaller share of the samples are noise in advice, whatever their rank. */
    private static final double NAMED_FROM_PERCENT = 5;
    /** Remedies for the JVM's own work, which go first where that work is the first thing to fix. */
    private static final Set<Remedy> JVM_WORK = EnumSet.of(Remedy.CUT_WARM_UP, Remedy.EASE_GC);

    private AdviceRules() {
    }

    static List<Advice> of(Profile profile, Verdict verdict, LoadPattern load, JvmWork jvm) {
        List<Advice> advice = advised(situation(profile, verdict, load, jvm));
        // An idle program's compilers can take half of the little CPU its JVM used; its first step is still to record it under load.
        if (jvm.firstAdvice() && verdict.kind() != VerdictKind.IDLE) {
            List<Advice> jvmFirst = new ArrayList<>(advice.stream().filter(a -> JVM_WORK.contains(a.id())).toList());
            advice.stream().filter(a -> !JVM_WORK.contains(a.id())).forEach(jvmFirst::add);
            return List.copyOf(jvmFirst);
        }
        return List.copyOf(advice);
    }

    /** The remedies whose rule holds in {@code situation}, in the order of {@link Remedy}. */
    static List<Advice> advised(Situation situation) {
        List<Advice> advice = new ArrayList<>();
        for (Remedy remedy : Remedy.values()) {
            if (remedy.appliesIn(situation, advice)) {
                advice.add(new Advice(remedy, situation.figures(), remedy.placesIn(situation)));
            }
        }
        return advice;
    }

    /**
     * What the remedies' rules look at, read from the recording once.
     *
     * @param hotspots    the top methods by self time and, where those are the JDK's, their application callers
     * @param io          the I/O sites with a share of the I/O time worth naming
     * @param locks       the contended locks
     * @param waited      where an idle program's threads waited: reads for the next request, then parks, waits and sleeps
     * @param allocations where the application allocated most
     */
    record Situation(VerdictKind verdict, AdviceFigures figures, boolean loadMeasured, boolean machineFull, List<AdvicePlace> hotspots,
                     List<AdvicePlace> io, List<AdvicePlace> locks, List<AdvicePlace> waited, List<AdvicePlace> allocations, JvmWork jvm) {

        boolean is(VerdictKind kind) {
            return verdict == kind;
        }

        /** Other processes kept the machine's cores busy while this JVM used few: its threads waited for a core. */
        boolean neighboursTookTheCores() {
            return machineFull && figures.jvmCores() < VerdictRules.SATURATING_JVM_SHARE_OF_CORES * figures.cores();
        }

        boolean coresUnderused() {
            return loadMeasured && figures.jvmCores() < UNDERUSED_CORES_SHARE * figures.cores();
        }

        boolean coresSaturated() {
            return loadMeasured && figures.jvmCores() >= SATURATED_CORES_SHARE * figures.cores();
        }

        List<AdvicePlace> ioThenHotspots() {
            List<AdvicePlace> all = new ArrayList<>(io);
            all.addAll(hotspots);
            return List.copyOf(all);
        }
    }

    private static Situation situation(Profile profile, Verdict verdict, LoadPattern load, JvmWork jvm) {
        long ioTotal = profile.offCpu().ioByMethod().stream().mapToLong(IoSite::totalNanos).sum();
        List<AdvicePlace> io = profile.offCpu().ioByMethod().stream().filter(s -> s.totalNanos() >= NAMED_FROM_PERCENT / 100 * ioTotal)
                .limit(METHODS_NAMED).<AdvicePlace>map(s -> new AdvicePlace.Io(s, false)).toList();
        List<AdvicePlace> locks = profile.offCpu().waitSites().stream().filter(w -> w.category() == WaitCategory.LOCK).limit(METHODS_NAMED)
                .<AdvicePlace>map(AdvicePlace.Lock::new).toList();
        AdviceFigures figures = new AdviceFigures(profile.recording().cores(), load.meanCores(),
                profile.process().load().meanMachineCores(), ioOnVirtualThreads(profile), profile.samples().executionPeriodNanos(),
                jvm.compilerShareOfJvmCpu(), jvm.gcPauseShareOfTime(), jvm.longestGcPauseNanos());
        return new Situation(verdict.kind(), figures, load.readings() > 0, profile.process().load().machineFull(), hotspots(profile), io, locks,
                waitedFor(profile), jvm.topAllocations().stream().<AdvicePlace>map(AdvicePlace.Allocation::new).toList(), jvm);
    }

    /**
     * The top methods by self time, and — where those are the JDK's — the application methods
     * that call them, which is where the user can change something.
     */
    private static List<AdvicePlace> hotspots(Profile profile) {
        List<HotMethod> executing = significant(profile.samples().hotMethods());
        List<AdvicePlace> named = new ArrayList<>(executing.stream().map(AdvicePlace.Hot::new).toList());
        if (!executing.isEmpty() && executing.stream().noneMatch(HotMethod::application)) {
            List<HotMethod> callers = significant(profile.samples().hotApplicationMethods()).stream().filter(HotMethod::application).toList();
            callers.forEach(caller -> named.add(new AdvicePlace.Caller(caller)));
            if (callers.isEmpty()) {
                named.add(new AdvicePlace.NoApplicationFrame());
            }
        }
        return List.copyOf(named);
    }

    private static List<AdvicePlace> waitedFor(Profile profile) {
        List<AdvicePlace> where = new ArrayList<>();
        profile.offCpu().ioByMethod().stream().filter(IoSite::waitingForWork).limit(METHODS_NAMED)
                .forEach(s -> where.add(new AdvicePlace.Io(s, true)));
        profile.offCpu().waitSites().stream().filter(w -> w.category() != WaitCategory.LOCK).limit(METHODS_NAMED)
                .forEach(w -> where.add(new AdvicePlace.Wait(w)));
        return List.copyOf(where);
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

    private static List<HotMethod> significant(List<HotMethod> methods) {
        return methods.stream().filter(m -> m.selfSamples() > 0)
                .filter(m -> m == methods.getFirst() || m.selfPercent() >= NAMED_FROM_PERCENT).limit(METHODS_NAMED).toList();
    }
}
