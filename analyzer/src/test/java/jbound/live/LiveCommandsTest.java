package jbound.live;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jbound.support.Cli;
import jbound.support.OtherUser;
import jbound.support.JboundProcess;
import jbound.support.Recordings;
import jbound.support.RunningJvm;
import jbound.support.Slow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * jbound ps, record and top on real child JVMs: the verdict of a live recording, the views of a
 * program that changes phase, and the target left as it was found on every way out.
 */
@Slow
class LiveCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void psListsTheRunningJvmWithItsJavaVersion() {
        try (RunningJvm target = RunningJvm.start("Idle", 60)) {
            Cli.Result ps = Cli.jbound("ps");
            assertEquals(0, ps.status(), ps.err());
            String row = ps.out().lines().filter(l -> l.strip().startsWith(target.pid() + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError("pid " + target.pid() + " not listed:\n" + ps.out()));
            assertTrue(row.contains("jbound.samples.Idle") && row.contains(System.getProperty("java.version")), row);
        }
    }

    @Test
    void recordAttachesRecordsAndAnalyzesAndLeavesTheTargetClean() throws Exception {
        try (RunningJvm target = RunningJvm.start("CpuBound", 120)) {
            Path json = dir.resolve("live.json");
            Path kept = dir.resolve("live.jfr");
            Cli.Result record = Cli.jbound("record", Long.toString(target.pid()), "--duration", "4s", "--json", json.toString(),
                    "--out", kept.toString(), "--quiet");
            assertEquals(0, record.status(), record.err());
            assertEquals("CPU_BOUND", JSON.readTree(json.toFile()).path("verdict").path("kind").asText(), record.out());
            assertTrue(record.out().contains("Recording kept in " + kept), record.out());
            assertEquals("CPU_BOUND", Recordings.analyze(kept).diagnosis().verdict().kind().name(), "the kept recording reads alike");
            assertTrue(target.isAlive(), "the target runs on");
            assertEquals(List.of(), target.jboundRecordings(), "no jbound recording is left in the target");
        }
    }

    @Test
    void recordAndTopOfAJdk17Target() throws Exception {
        Path jdk17 = Recordings.jdk17();
        Assumptions.assumeTrue(jdk17 != null, "no JDK 17 on this machine");
        try (RunningJvm target = RunningJvm.start("CpuBound", 120, jdk17, List.of())) {
            Path json = dir.resolve("jdk17.json");
            Cli.Result record = Cli.jbound("record", Long.toString(target.pid()), "--duration", "4s", "--json", json.toString(), "--quiet");
            assertEquals(0, record.status(), record.err());
            JsonNode result = JSON.readTree(json.toFile());
            assertEquals("CPU_BOUND", result.path("verdict").path("kind").asText(), record.out());
            assertTrue(result.path("recording").path("jvmVersion").asText().startsWith("17"), result.path("recording").toString());
            assertEquals("pid " + target.pid() + " jbound.samples.CpuBound, recorded live", result.path("recording").path("file").asText(),
                    "kept nowhere, the recording is named by what was recorded, not by a temporary file");
            assertEquals(List.of(), target.jboundRecordings());

            Cli.Result top = Cli.jbound("top", Long.toString(target.pid()), "--iterations", "1", "--interval", "3s");
            assertEquals(0, top.status(), top.err());
            assertTrue(top.out().contains("(Java 17."), top.out());
            assertEquals(List.of("CPU_BOUND"), verdictsSeen(top.out()), top.out());
            assertEquals(List.of(), target.jboundRecordings());
        }
    }

    @Test
    void ctrlCStopsTheRecordingEarlyStillAnalyzesItAndLeavesTheTargetClean() throws Exception {
        String noCtrlC = "SIGINT is ignored by the process that runs these tests (a background job of a shell without job control),"
                + " and so by the jbound it starts, and this machine's env has no --default-signal to give it back: no Ctrl-C can reach"
                + " it, so none is tested here";
        if (!JboundProcess.ctrlCReaches()) {
            System.err.println("LiveCommandsTest: skipped the Ctrl-C test: " + noCtrlC);
        }
        Assumptions.assumeTrue(JboundProcess.ctrlCReaches(), noCtrlC);
        try (RunningJvm target = RunningJvm.start("CpuBound", 120)) {
            Path json = dir.resolve("early.json");
            Process jbound = JboundProcess.start(dir.resolve("tmp"), List.of(), "record", Long.toString(target.pid()),
                    "--duration", "300s", "--json", json.toString());
            jbound.getOutputStream().close();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> drain(jbound.getInputStream()));
            BufferedReader err = new BufferedReader(new InputStreamReader(jbound.getErrorStream(), StandardCharsets.UTF_8));
            String first = err.readLine();
            assertTrue(first != null && first.contains("recording pid " + target.pid()), "jbound said it records: " + first);

            Cli.Result second = Cli.jbound("record", Long.toString(target.pid()), "--duration", "2s");
            second.assertOneLineError(6, "already runs jbound's recording");
            // Long enough for a verdict with wide margins; the press itself is what is tested.
            target.awaitJboundRecordingFor(4_000);

            new ProcessBuilder("kill", "-INT", Long.toString(jbound.pid())).start().waitFor();
            assertTrue(jbound.waitFor(120, TimeUnit.SECONDS), "jbound ended after Ctrl-C, long before its 300 s");
            String rest = drain(jbound.getErrorStream());
            assertEquals(0, jbound.exitValue(), rest);
            assertTrue(rest.contains("Ctrl-C"), rest);
            assertEquals("CPU_BOUND", JSON.readTree(json.toFile()).path("verdict").path("kind").asText(), out.join());
            assertTrue(target.isAlive());
            assertEquals(List.of(), target.jboundRecordings(), "no jbound recording is left in the target");
        }
    }

    @Test
    void aKilledJboundLeavesNoRecordingRunningOnceItsLeaseEnds() throws Exception {
        try (RunningJvm target = RunningJvm.start("Idle", 180)) {
            Process jbound = JboundProcess.start(dir.resolve("tmp"), List.of(), "top", Long.toString(target.pid()), "--interval", "1s", "--lease", "5s");
            jbound.getOutputStream().close();
            CompletableFuture.runAsync(() -> drain(jbound.getInputStream()));
            CompletableFuture.runAsync(() -> drain(jbound.getErrorStream()));
            target.awaitJboundRecordingFor(1_000);
            jbound.destroyForcibly().waitFor();
            // No renewal comes: the target ends the recording by itself within the lease (5 s past the last view) and closes it.
            long deadline = System.currentTimeMillis() + 90_000;
            while (!target.jboundRecordings().isEmpty()) {
                assertTrue(System.currentTimeMillis() < deadline, "the target still holds " + target.jboundRecordings());
                Thread.sleep(1_000);
            }
            assertTrue(target.isAlive());
        }
    }

    @Test
    void aTargetThatEndsMidRecordingIsAnalyzedOnWhatItWroteAsItExited() throws Exception {
        try (RunningJvm target = RunningJvm.start("CpuBound", 180)) {
            Path json = dir.resolve("ended.json");
            CompletableFuture<Cli.Result> recording = CompletableFuture.supplyAsync(
                    () -> Cli.jbound("record", Long.toString(target.pid()), "--duration", "120s", "--json", json.toString(), "--quiet"));
            // Told to end once jbound's recording has run a while, never left to end by itself at a time jbound might not have reached.
            target.awaitJboundRecordingFor(4_000);
            target.end();
            Cli.Result record = recording.get(120, TimeUnit.SECONDS);
            assertEquals(0, record.status(), record.err());
            assertTrue(record.err().contains("ended mid-recording"), record.err());
            assertEquals("CPU_BOUND", JSON.readTree(json.toFile()).path("verdict").path("kind").asText(), record.out());
        }
    }

    @Test
    void topFollowsAProgramThroughItsPhases() throws Exception {
        // Phases: 9 s fetching from a slow loopback server, 9 s computing on every core, 9 s idle.
        try (RunningJvm target = RunningJvm.start("Phases", 27)) {
            Cli.Result top = Cli.jbound("top", Long.toString(target.pid()), "--iterations", "11", "--interval", "2s", "--window", "4s");
            assertEquals(0, top.status(), top.err());
            List<String> seen = verdictsSeen(top.out());
            assertEquals(11, top.out().lines().filter(l -> l.startsWith("jbound top")).count(), "one view per iteration:\n" + top.out());
            int io = seen.indexOf("IO_BOUND");
            int cpu = seen.indexOf("CPU_BOUND");
            assertTrue(io >= 0 && cpu > io, "the verdict moves from I/O-bound to CPU-bound: " + seen + "\n" + top.out());
            assertTrue(target.isAlive() || target.awaitExit(30) == 0);
            if (target.isAlive()) {
                assertEquals(List.of(), target.jboundRecordings(), "no jbound recording is left in the target");
            }
        }
    }

    @Test
    void aPidThatIsNoJvmIsOneLineAndStatusSix() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "60").start();
        try {
            Cli.jbound("record", Long.toString(sleeper.pid()), "--duration", "2s").assertOneLineError(6, "is not a JVM");
        } finally {
            sleeper.destroyForcibly();
        }
    }

    @Test
    void aPidThatIsGoneIsOneLineAndStatusSix() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Cli.jbound("top", Long.toString(gone.pid()), "--iterations", "1").assertOneLineError(6, "no process has pid " + gone.pid());
    }

    @Test
    void anotherUsersJvmIsOneLineAndStatusSix() throws Exception {
        Assumptions.assumeTrue(OtherUser.available(), "needs root and setpriv, to run jbound as nobody");
        try (RunningJvm target = RunningJvm.start("Idle", 120)) {
            Cli.Result record = JboundProcess.runAsOtherUser(dir.resolve("nobody"), "record", Long.toString(target.pid()), "--duration", "2s");
            record.assertOneLineError(6, "belongs to root");
            assertEquals(List.of(), target.jboundRecordings());
        }
    }

    @Test
    void rootRecordsAnotherUsersJvmAndLeavesItClean() throws Exception {
        Assumptions.assumeTrue(OtherUser.available(), "needs root and setpriv, to run the target as nobody");
        try (RunningJvm target = RunningJvm.startAsOtherUser("CpuBound", 120, dir.resolve("target"))) {
            Path json = dir.resolve("nobody.json");
            Cli.Result record = Cli.jbound("record", Long.toString(target.pid()), "--duration", "3s", "--json", json.toString(), "--quiet");
            assertEquals(0, record.status(), record.err());
            assertEquals("CPU_BOUND", JSON.readTree(json.toFile()).path("verdict").path("kind").asText());
            assertTrue(target.isAlive());
            assertEquals(List.of(), target.jboundRecordings());
        }
    }

    @Test
    void aJvmWithAttachDisabledIsOneLineAndStatusSix() throws Exception {
        try (RunningJvm target = RunningJvm.start("Idle", 60, Recordings.javaHome(), List.of("-XX:+DisableAttachMechanism"))) {
            Cli.jbound("record", Long.toString(target.pid()), "--duration", "2s").assertOneLineError(6, "attach");
        }
    }

    @Test
    void aNameThatFitsTwoJvmsIsAUsageErrorListingBoth() {
        try (RunningJvm one = RunningJvm.start("Idle", 60); RunningJvm two = RunningJvm.start("Idle", 60)) {
            Cli.Result record = Cli.jbound("record", "samples.Idle", "--duration", "2s");
            record.assertOneLineError(2, "names 2 JVMs");
            assertTrue(record.err().contains(Long.toString(one.pid())) && record.err().contains(Long.toString(two.pid())), record.err());
        }
    }

    @Test
    void badDurationsAndMissingTargetsAreUsageErrors() {
        Cli.jbound("record").assertOneLineError(2, "record needs one JVM");
        Cli.jbound("record", "1", "--duration", "soon").assertOneLineError(2, "--duration takes a duration");
        Cli.jbound("top", "1", "--interval", "10ms").assertOneLineError(2, "too short");
        Cli.jbound("top", "1", "--lease", "1s").assertOneLineError(2, "too short");
        Cli.jbound("record", "no.such.MainClass.anywhere").assertOneLineError(2, "no JVM here runs");
    }

    private static List<String> verdictsSeen(String out) {
        String last = out.lines().filter(l -> l.startsWith("Verdicts seen:")).reduce((a, b) -> b).orElse("");
        Matcher m = Pattern.compile("\\d\\d:\\d\\d:\\d\\d (\\w+)").matcher(last);
        List<String> seen = new java.util.ArrayList<>();
        while (m.find()) {
            seen.add(m.group(1));
        }
        return seen;
    }

    private static String drain(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
