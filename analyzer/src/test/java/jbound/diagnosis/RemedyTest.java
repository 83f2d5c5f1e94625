package jbound.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import jbound.diagnosis.AdviceRules.Situation;
import jbound.profile.AllocationSite;
import jbound.profile.HotMethod;
import jbound.profile.IoSite;
import jbound.profile.WaitCategory;
import jbound.profile.WaitSite;
import jbound.recording.EventCatalog;
import jbound.report.AdviceWords;
import jbound.report.JsonReport;

/**
 * When each remedy applies, read off the situation a recording showed, and what programs match on:
 * its id. The situations are built here from figures, so each rule is held to its own condition.
 */
class RemedyTest {

    private static final int CORES = 8;
    private static final JvmWork JVM_QUIET = new JvmWork(0, Double.NaN, 0, 0, 0, 0, List.of());
    private static final AdvicePlace HOT_APPLICATION = new AdvicePlace.Hot(new HotMethod("app.Work.crunch()", 900, 90, 950, 95, true));
    private static final AdvicePlace IO_PLACE = new AdvicePlace.Io(
            new IoSite(EventCatalog.SOCKET_READ, "app.Client.fetch()", null, null, "db:5432", 100, 5_000_000_000L, 90_000_000L, 4096, false), false);
    private static final AdvicePlace LOCK_PLACE = new AdvicePlace.Lock(
            new WaitSite(WaitCategory.LOCK, "app.Cache.get()", null, "app.Cache", 40, 3_000_000_000L, 200_000_000L, List.of()));

    @Test
    void everyRemedyHasAnIdOfItsOwnInLowerCaseWordsJoinedByHyphens() {
        List<String> ids = Arrays.stream(Remedy.values()).map(Remedy::id).toList();
        assertEquals(ids.size(), ids.stream().distinct().count(), ids::toString);
        ids.forEach(id -> assertTrue(id.matches("[a-z]+(-[a-z]+)*"), id));
    }

    @Test
    void theJsonWritesARemedyAsItsIdWithItsWords() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonReport.writeValue(out, new Advice(Remedy.OVERLAP_WAITS, figures(2, false), List.of(IO_PLACE)));
        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.contains("\"id\" : \"overlap-waits\""), json);
        assertTrue(json.contains("\"action\" : \"" + AdviceWords.action(Remedy.OVERLAP_WAITS) + "\""), json);
        assertTrue(json.contains("app.Client.fetch()"), json);
    }

    @Test
    void aCpuBoundJvmOnACrowdedMachineIsToldToMakeRoomNotToSpreadItsWork() {
        List<Remedy> advised = advised(situation(VerdictKind.CPU_BOUND, 2, true, List.of(HOT_APPLICATION)));
        assertTrue(advised.contains(Remedy.MAKE_ROOM), advised::toString);
        assertFalse(advised.contains(Remedy.SPREAD_ACROSS_CORES), advised::toString);
        assertFalse(advised.contains(Remedy.CUT_THE_WORK), advised::toString);
    }

    @Test
    void aCpuBoundJvmUsingFewOfItsCoresIsToldToSpreadTheWork() {
        List<Remedy> advised = advised(situation(VerdictKind.CPU_BOUND, 1, false, List.of(HOT_APPLICATION)));
        assertEquals(List.of(Remedy.OPTIMIZE_HOTSPOT, Remedy.SPREAD_ACROSS_CORES), advised);
    }

    @Test
    void aCpuBoundJvmUsingAllItsCoresIsToldToCutTheWorkNotToAddThreads() {
        List<Remedy> advised = advised(situation(VerdictKind.CPU_BOUND, CORES, false, List.of(HOT_APPLICATION)));
        assertEquals(List.of(Remedy.OPTIMIZE_HOTSPOT, Remedy.CUT_THE_WORK), advised);
    }

    @Test
    void withoutACpuLoadReadingNeitherSpreadingNorCuttingIsArguedFromCores() {
        Situation unmeasured = new Situation(VerdictKind.CPU_BOUND, figures(0, false), false, false, List.of(HOT_APPLICATION),
                List.of(), List.of(), List.of(), List.of(), JVM_QUIET);
        assertEquals(List.of(Remedy.OPTIMIZE_HOTSPOT), advised(unmeasured));
    }

    @Test
    void waitsOnPlatformThreadsAreToBeOverlappedWaitsOnVirtualThreadsShortened() {
        List<Remedy> platform = advised(ioSituation(false));
        assertTrue(platform.contains(Remedy.OVERLAP_WAITS) && !platform.contains(Remedy.SHORTEN_EACH_WAIT), platform::toString);
        List<Remedy> virtual = advised(ioSituation(true));
        assertTrue(virtual.contains(Remedy.SHORTEN_EACH_WAIT) && !virtual.contains(Remedy.OVERLAP_WAITS), virtual::toString);
        assertTrue(virtual.contains(Remedy.FEWER_LARGER_CALLS) && platform.contains(Remedy.FEWER_LARGER_CALLS));
    }

    @Test
    void aLockBoundProgramIsToldToShortenTheLockItSawOrToFindTheOneNoEventShowed() {
        Situation seen = new Situation(VerdictKind.LOCK_BOUND, figures(1, false), true, false, List.of(HOT_APPLICATION), List.of(),
                List.of(LOCK_PLACE), List.of(), List.of(), JVM_QUIET);
        assertEquals(List.of(Remedy.SHORTEN_LOCK), advised(seen));
        assertEquals(List.of(LOCK_PLACE), AdviceRules.advised(seen).getFirst().places());
        Situation unseen = new Situation(VerdictKind.LOCK_BOUND, figures(1, false), true, false, List.of(HOT_APPLICATION), List.of(),
                List.of(), List.of(), List.of(), JVM_QUIET);
        assertEquals(List.of(Remedy.FIND_SHORT_LOCK), advised(unseen));
        assertEquals(List.of(HOT_APPLICATION), AdviceRules.advised(unseen).getFirst().places());
    }

    @Test
    void timeWithNoApplicationFrameIsFollowedOnceByHowToNameItsCaller() {
        List<AdvicePlace> jdkOnly = List.of(new AdvicePlace.Hot(new HotMethod("java.util.HashMap.hash(Object)", 500, 50, 500, 50, false)),
                new AdvicePlace.NoApplicationFrame());
        List<Remedy> advised = advised(situation(VerdictKind.CPU_BOUND, 1, false, jdkOnly));
        assertEquals(Remedy.NAME_THE_CALLER, advised.getLast(), advised::toString);
        assertEquals(1, advised.stream().filter(r -> r == Remedy.NAME_THE_CALLER).count());
        assertFalse(advised(situation(VerdictKind.CPU_BOUND, 1, false, List.of(HOT_APPLICATION))).contains(Remedy.NAME_THE_CALLER));
    }

    @Test
    void theJvmsOwnWorkIsAdvisedWhereItIsACauseWhateverTheVerdict() {
        JvmWork pausing = new JvmWork(0, Double.NaN, 50, 2_000_000_000L, 400_000_000L, 0.2,
                List.of(new AllocationSite("app.Parser.parse()", null, "byte[]", 1L << 30, 0.9)));
        Situation s = new Situation(VerdictKind.IO_BOUND, figures(1, false), true, false, List.of(), List.of(IO_PLACE), List.of(), List.of(),
                List.of(new AdvicePlace.Allocation(pausing.topAllocations().getFirst())), pausing);
        List<Remedy> advised = advised(s);
        assertEquals(Remedy.EASE_GC, advised.getLast(), advised::toString);
        assertFalse(advised.contains(Remedy.CUT_WARM_UP));
        JvmWork compiling = new JvmWork(3_000_000_000L, 0.7, 0, 0, 0, 0, List.of());
        assertTrue(advised(new Situation(VerdictKind.CPU_BOUND, figures(1, false), true, false, List.of(HOT_APPLICATION), List.of(), List.of(),
                List.of(), List.of(), compiling)).contains(Remedy.CUT_WARM_UP));
    }

    @Test
    void everyVerdictGetsAtLeastOneRemedy() {
        for (VerdictKind kind : VerdictKind.values()) {
            List<Remedy> advised = advised(new Situation(kind, figures(1, false), true, false, List.of(HOT_APPLICATION), List.of(IO_PLACE),
                    List.of(), List.of(), List.of(), JVM_QUIET));
            assertFalse(advised.isEmpty(), kind::toString);
        }
    }

    @Test
    void everyRemedyHasAnActionOfItsOwnAndReasonsWithoutMissingFigures() {
        List<String> actions = Arrays.stream(Remedy.values()).map(AdviceWords::action).toList();
        assertEquals(actions.size(), actions.stream().distinct().count(), actions::toString);
        for (Remedy remedy : Remedy.values()) {
            String why = AdviceWords.why(new Advice(remedy, new AdviceFigures(CORES, 2, 3, false, 10_000_000, 0.6, 0.1, 300_000_000L), List.of()));
            assertFalse(why.isBlank() || why.contains("null") || why.contains("NaN"), remedy + ": " + why);
        }
    }

    private static Situation situation(VerdictKind kind, double jvmCores, boolean machineFull, List<AdvicePlace> hotspots) {
        return new Situation(kind, figures(jvmCores, false), true, machineFull, hotspots, List.of(), List.of(), List.of(), List.of(), JVM_QUIET);
    }

    private static Situation ioSituation(boolean virtual) {
        return new Situation(VerdictKind.IO_BOUND, figures(0.2, virtual), true, false, List.of(), List.of(IO_PLACE), List.of(), List.of(),
                List.of(), JVM_QUIET);
    }

    private static AdviceFigures figures(double jvmCores, boolean virtualThreadIo) {
        return new AdviceFigures(CORES, jvmCores, CORES, virtualThreadIo, 10_000_000, Double.NaN, 0, 0);
    }

    private static List<Remedy> advised(Situation situation) {
        return AdviceRules.advised(situation).stream().map(Advice::id).toList();
    }
}
