package jbound.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jbound.Analysis;
import jbound.AnalysisRequest;
import jbound.Analyzer;
import jbound.profile.ApplicationCode;
import jbound.profile.IoSite;
import jbound.recording.EventCatalog;
import jbound.support.Cli;
import jbound.support.Recordings;
import jbound.support.Slow;

/** What the options of {@code jbound analyze} change, on real recordings. */
@Slow
class AnalyzeOptionsTest {

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    @Test
    void everyKindOfWaitIsReadWithNoEventLeftOut() throws Exception {
        // Monitor entries name their previous owner, monitor waits and parks do not: a reader that asked
        // every wait for it failed on each of the others, and the event was left out.
        java.nio.file.Path json = dir.resolve("lock.json");
        Cli.Result result = jbound.support.JboundProcess.run(dir.resolve("tmp"), List.of(), "analyze", Recordings.of("LockContended").toString(),
                "--quiet", "--json", json.toString());

        assertEquals(0, result.status(), result.err());
        assertEquals("", result.err(), "nothing on stderr but jbound's own one-line errors");
        var warnings = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile()).path("recording").path("warnings");
        assertTrue(warnings.isArray() && warnings.isEmpty(), "no event left out: " + warnings);
    }


    @Test
    void excludingAPackageChargesItsIoToTheCallerOutsideIt() throws Exception {
        Analysis analysis = Analyzer.analyze(Recordings.of("IoBound"),
                AnalysisRequest.of(new ApplicationCode(List.of(), List.of("jbound.samples.BackendClient"))));

        IoSite reads = analysis.profile().offCpu().ioByMethod().stream().filter(s -> s.kind() == EventCatalog.SOCKET_READ).findFirst().orElseThrow();
        assertEquals("jbound.samples.IoBound.fetchQuotesUntil(long, int)", reads.method());
    }

    @Test
    void includingOnlyOtherPackagesLeavesIoWithNoApplicationMethod() throws Exception {
        Analysis analysis = Analyzer.analyze(Recordings.of("IoBound"), AnalysisRequest.of(new ApplicationCode(List.of("com.example"), List.of())));

        assertTrue(analysis.profile().offCpu().ioSites().stream().allMatch(s -> s.method().equals("(JDK only)")));
    }

    @Test
    void threadsOptionShowsEachApplicationThreadsShares() {
        Cli.Result result = Cli.jbound("analyze", Recordings.of("LockContended").toString(), "--threads");

        assertEquals(0, result.status(), result.err());
        for (int poster = 0; poster < 4; poster++) {
            assertTrue(result.out().contains("poster-" + poster), result.out());
        }
    }

    @Test
    void topLimitsTheRowsOfTheTables() {
        Cli.Result result = Cli.jbound("analyze", Recordings.of("Mixed").toString(), "--top", "1");

        assertEquals(0, result.status(), result.err());
        String hot = result.out().substring(result.out().indexOf("Hot methods"), result.out().indexOf("Hot application methods"));
        assertEquals(1, hot.lines().filter(l -> l.matches("\\s+\\d+\\.\\d\\d%.*")).count(), hot);
    }

    @Test
    void jfcCommandPrintsSettingsThatRecordNoEnvironment() {
        Cli.Result result = Cli.jbound("jfc");

        assertEquals(0, result.status());
        assertTrue(result.out().contains("<event name=\"jdk.SocketRead\">"));
        assertTrue(!result.out().contains("jdk.InitialEnvironmentVariable"));
    }

    @Test
    void eachCommandsHelpShowsItsOwnOptions() {
        Cli.Result diff = Cli.jbound("diff", "--help");
        assertEquals(0, diff.status());
        assertTrue(diff.out().startsWith("jbound diff — "), diff.out());
        assertTrue(diff.out().contains("--top N"), diff.out());
        assertFalse(diff.out().contains("--include-environment"), "analyze's options are not diff's: " + diff.out());

        Cli.Result ladder = Cli.jbound("ladder", "--help");
        assertTrue(ladder.out().contains("--kernel K") && !ladder.out().contains("--threads"), ladder.out());

        Cli.Result all = Cli.jbound("--help");
        for (String command : new String[] {"analyze", "fleet", "diff", "ladder", "jfc"}) {
            assertTrue(all.out().lines().anyMatch(l -> l.startsWith("  " + command + " ")), command + " listed: " + all.out());
        }
    }
}
