package jbound.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jbound.support.ClassBrowser;
import jbound.support.Cli;
import jbound.support.Recordings;
import jbound.support.Slow;

/**
 * The page of programs shaped like real ones — a pool of a hundred threads beside threads that
 * live for part of the run, thousands of virtual threads — opened in headless Chromium.
 */
@Slow
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealProgramPagesBrowserTest {

    /** A few MB at most, whatever the number of threads: the page draws lanes, not threads. */
    private static final long MAX_PAGE_BYTES = 3_000_000;

    @TempDir
    Path dir;

    @RegisterExtension
    final ClassBrowser browser = new ClassBrowser();

    private Path report(String name, Path recording, String... more) {
        Path html = dir.resolve(name + ".html");
        List<String> args = new java.util.ArrayList<>(List.of("analyze", recording.toString(), "--html", html.toString(),
                "--json", dir.resolve(name + ".json").toString()));
        args.addAll(List.of(more));
        Cli.Result result = Cli.jbound(args.toArray(String[]::new));
        assertEquals(0, result.status(), result.err());
        return html;
    }

    private JsonNode json(String name) throws Exception {
        return new ObjectMapper().readTree(dir.resolve(name + ".json").toFile());
    }

    @Test
    void aPoolOfAHundredThreadsIsOneLaneAndThreadsThatLivedForPartOfTheRunAreDrawnOnlyThen() throws Exception {
        WebDriver page = browser.open(report("pool", Recordings.of("jbound.support.PoolOfWorkers")));

        JsonNode lanes = json("pool").path("lanes");
        Map<String, JsonNode> byName = new java.util.HashMap<>();
        lanes.path("listed").forEach(l -> byName.put(l.path("name").asText(), l));
        JsonNode workers = byName.get("worker-*");
        assertEquals(100, workers.path("threads").asInt(), "the hundred workers are one lane: " + byName.keySet());
        assertTrue(lanes.path("groupedBy").asText().contains("last number"), "the JSON says how threads were grouped");
        JsonNode loader = byName.get("loader");
        JsonNode reporter = byName.get("reporter");
        double seconds = json("pool").path("recording").path("durationNanos").asLong() / 1e6;
        assertTrue(loader.path("lastSeenMillis").asLong() < 0.5 * seconds, "the loader ends early: " + loader);
        assertTrue(reporter.path("firstSeenMillis").asLong() > 0.3 * seconds, "the reporter starts late: " + reporter);

        // Drawn where each lived: the loader's lane has columns early and none late, the reporter's the reverse.
        String laneText = page.findElement(By.id("threads")).getText();
        assertTrue(laneText.contains("worker-* ×100"), laneText);
        assertTrue(page.findElements(By.cssSelector("#lanes-plot canvas")).size() > 0);
        assertTrue(drawn(page, "loader", 0.05) && !drawn(page, "loader", 0.9), "the loader is drawn early only");
        assertTrue(!drawn(page, "reporter", 0.05) && drawn(page, "reporter", 0.9), "the reporter is drawn late only");
        assertEquals(List.of(), browser.consoleErrors());

        Cli.Result terminal = Cli.jbound("analyze", Recordings.of("jbound.support.PoolOfWorkers").toString(), "--threads");
        assertTrue(terminal.out().lines().anyMatch(l -> l.endsWith(" worker-* ×100")), "the terminal lists the pool as one lane: " + terminal.out());
    }

    @Test
    void thousandsOfVirtualThreadsAreOneLaneAndThePageStaysSmall() throws Exception {
        Path html = report("virtual", Recordings.of("jbound.support.ManyVirtualThreads"));
        WebDriver page = browser.open(html);

        JsonNode root = json("virtual");
        JsonNode virtual = root.path("lanes").path("listed").get(0);
        assertEquals("virtual threads", virtual.path("name").asText());
        assertTrue(virtual.path("threads").asInt() >= 2_000, "thousands of virtual threads: " + virtual.path("threads"));
        assertTrue(root.path("threads").size() <= AnalysisReport.MAX_THREAD_ROWS, "threads are listed up to a bound");
        assertTrue(Files.size(html) < MAX_PAGE_BYTES, "page of " + Files.size(html) + " bytes");
        assertTrue(page.findElement(By.id("threads")).getText().contains("virtual threads ×"));
        // Their carriers carry them: their CPU is the virtual threads', not the application's twice.
        root.path("lanes").path("listed").forEach(l -> {
            if (l.path("name").asText().startsWith("ForkJoinPool-1-worker")) {
                assertEquals("CARRIER", l.path("role").asText(), l.toString());
            }
        });
        assertEquals(List.of(), browser.consoleErrors());
    }

    /** Whether the lane of that name is painted at that fraction of the time axis: its pixel differs from the gap below the lane. */
    private boolean drawn(WebDriver page, String lane, double atFraction) {
        Object painted = browser.script("""
                var lanes = window.jboundLanes, u = lanes.chart, i = lanes.shown.findIndex(function (l) { return l.name === arguments[0]; });
                if (i < 0) return null;
                var end = lanes.end, x = u.valToPos(arguments[1] * end, 'x', true);
                var top = u.valToPos(lanes.shown.length - i, 'y', true), bottom = u.valToPos(lanes.shown.length - i - 1, 'y', true);
                var lane = u.ctx.getImageData(Math.round(x), Math.round((top + bottom) / 2), 1, 1).data;
                var gap = u.ctx.getImageData(Math.round(x), Math.floor(bottom) - 1, 1, 1).data;
                return lane.join() !== gap.join();
                """.replace("arguments[0]", "'" + lane + "'").replace("arguments[1]", Double.toString(atFraction)));
        return Boolean.TRUE.equals(painted);
    }
}
