package jbound.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jbound.diagnosis.BlindSpot;
import jbound.diagnosis.Rerecord;
import jbound.diagnosis.VerdictKind;

/**
 * What the recording could not see, in words: every kind has its what, consequence and cure, a
 * cure by jbound's settings is said as one command with what it adds, and the JSON writes the words.
 */
class BlindSpotWordsTest {

    private static final BlindSpot.IoThreshold SOCKETS_FROM_20_MS =
            new BlindSpot.IoThreshold(BlindSpot.IoKind.SOCKET, List.of("jdk.SocketRead", "jdk.SocketWrite"), true, 20_000_000L);

    private static List<BlindSpot> oneOfEach() {
        return List.of(new BlindSpot.WallSamplesOnly(), new BlindSpot.NoCpuSamples(), new BlindSpot.FewCpuSamples(1),
                new BlindSpot.NoCpuLoad(), new BlindSpot.NoJdkEvents(List.of("async-profiler"), true),
                new BlindSpot.EventDisabled("jdk.FileRead", BlindSpot.IoKind.FILE), new BlindSpot.IoSettingsUnknown(BlindSpot.IoKind.FILE),
                SOCKETS_FROM_20_MS, new BlindSpot.IoThrottled("jdk.SocketRead", 1000, 950), new BlindSpot.IoOnlyInNativeSamples(42),
                new BlindSpot.TruncatedStacks(0.12), new BlindSpot.UnreadablePart("chunk 3 ends early"), new BlindSpot.LockEventsDisabled(),
                new BlindSpot.LockThreshold(20_000_000L), new BlindSpot.ShortLocksInferred(0));
    }

    @Test
    void everyKindOfBlindSpotSaysWhatItHidesWhatThatMeansAndHowToSeeIt() {
        Set<Class<?>> covered = oneOfEach().stream().map(Object::getClass).collect(Collectors.toSet());
        assertEquals(Set.of(BlindSpot.class.getPermittedSubclasses()), covered, "a kind of blind spot this test does not word");
        for (BlindSpot spot : oneOfEach()) {
            for (String words : List.of(BlindSpotWords.what(spot), BlindSpotWords.consequence(spot), BlindSpotWords.cure(spot).words())) {
                assertFalse(words.isBlank() || words.contains("null") || words.contains("NaN"), spot + ": " + words);
            }
        }
        assertEquals("Only 1 CPU sample", BlindSpotWords.what(new BlindSpot.FewCpuSamples(1)));
        assertEquals("12% of stacks were cut at the JVM's depth limit", BlindSpotWords.what(new BlindSpot.TruncatedStacks(0.12)));
        assertEquals("Lock waits shorter than the threshold were not recorded", BlindSpotWords.what(new BlindSpot.ShortLocksInferred(0)));
    }

    @Test
    void anIoThresholdNamesItsEventsWhereOnlySomeOfTheKindHaveItAndMattersFromTenMilliseconds() {
        assertEquals("Socket I/O calls shorter than 20 ms were not recorded", BlindSpotWords.what(SOCKETS_FROM_20_MS));
        BlindSpot.IoThreshold forces = new BlindSpot.IoThreshold(BlindSpot.IoKind.FILE, List.of("jdk.FileForce"), false, 1_000_000L);
        assertEquals("jdk.FileForce calls shorter than 1 ms were not recorded", BlindSpotWords.what(forces));
        assertTrue(SOCKETS_FROM_20_MS.affectsVerdict());
        assertFalse(forces.affectsVerdict(), "only very short calls are missing");
        assertEquals(new BlindSpotWords.Cure(true, "(I/O from 1 ms)"), BlindSpotWords.cure(SOCKETS_FROM_20_MS));
        assertEquals("lower the threshold (for example jdk.FileForce#threshold=0ms) to see every call", BlindSpotWords.cure(forces).words());
    }

    @Test
    void aCureByJboundsSettingsIsTheOneCommandWithWhatItAdds() {
        assertEquals(Rerecord.WITH_JBOUND_SETTINGS + " (I/O from 1 ms)", BlindSpotWords.cure(SOCKETS_FROM_20_MS).words());
        assertEquals(Rerecord.WITH_JBOUND_SETTINGS + ", or the JDK's 'profile' settings", BlindSpotWords.cure(new BlindSpot.NoCpuSamples()).words());
        assertEquals(Rerecord.WITH_JBOUND_SETTINGS, BlindSpotWords.cure(new BlindSpot.NoCpuLoad()).words());
    }

    /** A blind spot keeps the confidence of a verdict it cannot change: one row per kind that hides a verdict's time. */
    @Test
    void eachBlindSpotHidesTheTimeOfOneVerdictOrMayHideAny() {
        assertEquals(VerdictKind.CPU_BOUND, new BlindSpot.NoCpuSamples().hides());
        assertEquals(VerdictKind.IO_BOUND, SOCKETS_FROM_20_MS.hides());
        assertEquals(VerdictKind.IO_BOUND, new BlindSpot.IoThrottled("jdk.SocketRead", 1000, 950).hides());
        assertEquals(VerdictKind.IO_BOUND, new BlindSpot.EventDisabled("jdk.SocketRead", BlindSpot.IoKind.SOCKET).hides());
        assertEquals(VerdictKind.LOCK_BOUND, new BlindSpot.LockEventsDisabled().hides());
        assertEquals(VerdictKind.LOCK_BOUND, new BlindSpot.LockThreshold(20_000_000L).hides());
        assertEquals(VerdictKind.LOCK_BOUND, new BlindSpot.ShortLocksInferred(20_000_000L).hides());
        assertEquals(VerdictKind.UNKNOWN, new BlindSpot.UnreadablePart("chunk 3").hides());
        assertEquals(VerdictKind.UNKNOWN, new BlindSpot.NoJdkEvents(List.of("async-profiler"), false).hides());
    }

    @Test
    void theJsonWritesABlindSpotInWords() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonReport.writeValue(out, SOCKETS_FROM_20_MS);
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        List<String> fields = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("id", "what", "consequence", "remedy", "affectsVerdict"), fields);
        assertEquals("io-threshold", json.get("id").asText());
        assertEquals(BlindSpotWords.cure(SOCKETS_FROM_20_MS).words(), json.get("remedy").asText());
        assertTrue(json.get("affectsVerdict").asBoolean());
    }
}
