package jbound.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import jbound.support.ClassBrowser;
import jbound.support.Cli;
import jbound.support.HostileNames;
import jbound.support.Recordings;
import jbound.support.Slow;

/** The HTML report, opened in a real headless Chromium, as a user would open it from disk. */
@Slow
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlReportBrowserTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final ClassBrowser browser = new ClassBrowser();

    private Path report(String recordingName, Path recording) {
        Path html = dir.resolve(recordingName + ".html");
        Cli.Result result = Cli.jbound("analyze", recording.toString(), "--html", html.toString());
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("HTML report written to " + html), result.out());
        return html;
    }

    @Test
    void pageLoadsWithoutConsoleErrorsAndMakesNoNetworkRequest() {
        browser.open(report("cpu", Recordings.of("CpuBound")));

        assertEquals(List.of(), browser.consoleErrors());
        assertEquals(0L, browser.script("return performance.getEntriesByType('resource').length"));
    }

    @Test
    void firstScreenShowsTheVerdictAndItsConfidence() {
        WebDriver page = browser.open(report("cpu", Recordings.of("CpuBound")));

        assertEquals("CPU-BOUND", page.findElement(By.id("verdict-kind")).getText());
        assertTrue(page.findElement(By.id("confidence")).getText().startsWith("confidence "));
        assertTrue(page.findElement(By.id("headline")).getText().startsWith("CPU-bound:"));
        assertTrue(page.findElement(By.id("top-cause")).getText().startsWith("Top cause: jbound.samples.CpuBound.sumOfSquares"),
                page.findElement(By.id("top-cause")).getText());
        String first = page.findElement(By.id("first-advice")).getText();
        assertTrue(first.startsWith("First: "), "the first advice on the first screen");
        assertTrue(first.matches("(?s).*would buy \\d+(\\.\\d)?–\\d+(\\.\\d)?× the throughput if you make jbound\\.samples\\.CpuBound\\.sumOfSquares.*"),
                "what it would buy, on the first screen: " + first);
    }

    @Test
    void theAdviceListsWhatEachRemedyWouldBuyAndWhatThatAssumes() {
        WebDriver page = browser.open(report("io", Recordings.of("IoBound")));

        List<WebElement> predictions = page.findElements(By.cssSelector("#advice .prediction"));
        assertEquals(2, predictions.size(), "two remedies with a figure: overlapping the waits, and batching the small calls");
        for (WebElement prediction : predictions) {
            assertTrue(prediction.getText().startsWith("Would buy "), prediction.getText());
            List<WebElement> assumptions = prediction.findElements(By.xpath("following-sibling::ul[1]/li"));
            assertTrue(assumptions.size() >= 3, "its assumptions, in words: " + prediction.getText());
        }
        assertTrue(predictions.getFirst().findElements(By.xpath("following-sibling::ul[1]/li")).stream()
                .anyMatch(a -> a.getText().contains("N = cores × U × (1 + W/C)")));
    }

    @Test
    void loadChartThreadBarsAndFlameGraphAreDrawn() {
        WebDriver page = browser.open(report("mixed", Recordings.of("Mixed")));

        assertFalse(page.findElements(By.cssSelector("#load-plot canvas")).isEmpty(), "the process's load is charted");
        assertFalse(page.findElements(By.cssSelector("#activity-plot canvas")).isEmpty(), "the threads' activity is charted");
        String legend = page.findElement(By.cssSelector("#activity-plot .u-legend")).getText();
        assertTrue(legend.contains("on CPU") && legend.contains("in I/O") && legend.contains("waiting for work"), legend);
        assertFalse(page.findElements(By.cssSelector("#lanes-plot canvas")).isEmpty(), "the threads are lanes on the time axis");
        assertTrue(page.findElements(By.cssSelector("#flame-svg rect")).size() > 5);
    }

    @Test
    void clickingAFrameZoomsToIt() {
        WebDriver page = browser.open(report("cpu", Recordings.of("CpuBound")));

        WebElement frame = frameNamed("jbound.samples.CpuBound.crunchUntil");
        assertTrue(Double.parseDouble(frame.getDomAttribute("x")) >= 0);
        frame.click();

        assertTrue(page.findElement(By.id("flame-status")).getText().contains("under jbound.samples.CpuBound.crunchUntil"),
                page.findElement(By.id("flame-status")).getText());
        WebElement zoomed = frameNamed("jbound.samples.CpuBound.crunchUntil");
        assertEquals(flameWidth(page), Double.parseDouble(zoomed.getDomAttribute("width")), 0.5, "the clicked frame fills the width");

        page.findElement(By.id("flame-reset")).click();
        assertFalse(page.findElement(By.id("flame-status")).getText().contains(" under "));
    }

    @Test
    void hoveringAFrameShowsItsMethodAndShare() {
        WebDriver page = browser.open(report("cpu", Recordings.of("CpuBound")));
        page.findElement(By.cssSelector("#flame-views button[data-view=cpu]")).click();

        new Actions(page).moveToElement(frameNamed("jbound.samples.CpuBound.sumOfSquares")).perform();

        WebElement tooltip = page.findElement(By.id("tooltip"));
        assertTrue(tooltip.isDisplayed());
        assertTrue(tooltip.getText().startsWith("jbound.samples.CpuBound.sumOfSquares(double[])"), tooltip.getText());
        String text = tooltip.getText();
        assertTrue(text.contains("total ") && text.contains(" · self ") && text.contains(" samples"), "self and total, with counts: " + text);
    }

    @Test
    void clickingAColumnHeaderSortsTheTable() {
        WebDriver page = browser.open(report("io", Recordings.of("IoBound")));

        page.findElement(By.xpath("//div[@id='io-by-target']//th[text()='Calls']")).click();

        List<Long> calls = page.findElements(By.cssSelector("#io-by-target tbody tr td:nth-child(3)")).stream()
                .map(td -> Long.parseLong(td.getText().replace(",", ""))).toList();
        assertTrue(calls.size() > 1);
        assertEquals(calls.stream().sorted(java.util.Comparator.reverseOrder()).toList(), calls);
    }

    @Test
    void searchHighlightsAKnownMethod() {
        WebDriver page = browser.open(report("cpu", Recordings.of("CpuBound")));

        page.findElement(By.id("flame-search")).sendKeys("sumOfSquares");

        assertFalse(page.findElements(By.cssSelector("#flame-svg rect.match")).isEmpty());
        String status = page.findElement(By.id("flame-status")).getText();
        assertTrue(status.contains("frames match"), status);
    }

    @Test
    void offCpuViewShowsTheIoOfAnIoBoundRecording() {
        WebDriver page = browser.open(report("io", Recordings.of("IoBound")));

        page.findElement(By.cssSelector("#flame-views button[data-view=offcpu]")).click();

        assertTrue(page.findElements(By.cssSelector("#flame-svg rect")).size() > 3);
        assertTrue(page.findElement(By.id("flame-legend")).getText().contains("socket I/O"));
        assertEquals("I/O-BOUND", page.findElement(By.id("verdict-kind")).getText());
    }

    @Test
    void scriptInThreadNamesAndPathsIsShownAsTextAndNeverRuns() throws Exception {
        Path recording = Recordings.of(HostileNames.class.getName(),
                "jbound,jdk.FileWrite#threshold=0ms,jdk.FileForce#threshold=0ms", Recordings.javaHome());
        Path html = report("hostile", recording);
        String source = Files.readString(html);
        assertFalse(source.contains("<script>window.pwned"), "no raw script from the recording in the page source");

        WebDriver page = browser.open(html);

        assertEquals("undefined", browser.script("return typeof window.pwned"));
        assertEquals(List.of(), browser.consoleErrors());
        assertTrue(page.findElement(By.id("threads")).getText().contains("<script>window.pwned=1</script>"),
                "the thread's name is shown literally");
        assertTrue(page.findElement(By.id("io-by-target")).getText().contains("<script>window.pwned=3<_script>"),
                "the file's path is shown literally");
    }

    @Test
    void aBidirectionalOverrideInARecordedNameStaysInsideItsElement() throws Exception {
        Path recording = Recordings.of(HostileNames.class.getName(),
                "jbound,jdk.FileWrite#threshold=0ms,jdk.FileForce#threshold=0ms", Recordings.javaHome());
        browser.open(report("bidi", recording));

        @SuppressWarnings("unchecked")
        List<String> holders = (List<String>) browser.script(
                "var found = [];"
                        + "document.querySelectorAll('body *:not(script)').forEach(function (e) {"
                        + "  var own = Array.prototype.some.call(e.childNodes, function (n) {"
                        + "    return n.nodeType === 3 && n.textContent.indexOf('\\u202e') >= 0; });"
                        + "  if (own) found.push(e.tagName + ':' + getComputedStyle(e).unicodeBidi); });"
                        + "return found;");

        assertFalse(holders.isEmpty(), "the override is in the page, as text");
        holders.forEach(h -> assertTrue(h.endsWith(":isolate"), h));
    }

    @Test
    void twoThousandFrameStacksMakeAPageWithTheirWholeFlameGraph() throws Exception {
        Path recording = Recordings.of(jbound.support.DeepStacks.class.getName(), "jbound",
                List.of("-XX:FlightRecorderOptions:stackdepth=2048"));
        WebDriver page = browser.open(report("deep", recording));

        assertEquals(List.of(), browser.consoleErrors());
        page.findElement(By.cssSelector("#flame-views button[data-view=cpu]")).click();
        long deepest = (Long) browser.script("var max = 0; document.querySelectorAll('#flame-svg text').forEach(function (t) {"
                + " if (t.textContent.indexOf('DeepStacks.descend') >= 0) max++; }); return max;");
        assertTrue(deepest >= 2_000, "a labelled frame for each of the 2,000 recursive calls: " + deepest);
    }

    @Test
    void aDeepFlameGraphFitsTheWindowAndOpensOnItsRoot() throws Exception {
        Path recording = Recordings.of(jbound.support.DeepStacks.class.getName(), "jbound",
                List.of("-XX:FlightRecorderOptions:stackdepth=2048"));
        WebDriver page = browser.open(report("deep", recording));
        page.findElement(By.cssSelector("#flame-views button[data-view=cpu]")).click();

        assertEquals(Boolean.TRUE, browser.script("""
                var box = document.getElementById('flame').getBoundingClientRect();
                var svg = document.getElementById('flame-svg').getBoundingClientRect();
                var root = document.querySelector('#flame-svg rect[data-name="all"]').getBoundingClientRect();
                return svg.height > window.innerHeight && box.height <= window.innerHeight
                    && root.top >= box.top - 1 && root.bottom <= box.bottom + 1;
                """), "a graph taller than the window scrolls inside a box that fits it, opened on its root");
    }

    @Test
    void narrowFramesAreLabelledClassDotMethodBeforeTheMethodAlone() {
        browser.open(report("cpu", Recordings.of("CpuBound")));

        String name = "'jbound.samples.CpuBound.crunchUntil(long)'";
        assertEquals("jbound.samples.CpuBound.crunchUntil(long)", browser.script("return jboundFlame.label(" + name + ", 60)"));
        assertEquals("CpuBound.crunchUntil", browser.script("return jboundFlame.label(" + name + ", 24)"));
        assertEquals("crunchUntil", browser.script("return jboundFlame.label(" + name + ", 12)"));
        assertEquals("crunc…", browser.script("return jboundFlame.label(" + name + ", 6)"));
    }

    @Test
    void clickingAHotMethodsRowShowsThatMethodInTheFlameGraph() {
        WebDriver page = browser.open(report("cpu", Recordings.of("CpuBound")));
        page.findElement(By.cssSelector("#flame-views button[data-view=wall]")).click();

        WebElement row = page.findElement(By.cssSelector("#hot-methods tbody tr"));
        String method = row.findElement(By.cssSelector("td")).getText();
        row.click();

        List<WebElement> marked = page.findElements(By.cssSelector("#flame-svg rect.match"));
        assertFalse(marked.isEmpty(), "the method's frames are marked");
        marked.forEach(r -> assertEquals(method, r.getDomAttribute("data-name")));
        assertTrue(page.findElement(By.cssSelector("#flame-views button[data-view=cpu]")).getDomAttribute("class").contains("active"),
                "shown in the CPU view, which its table counts");
    }

    @Test
    void theCallersViewPutsEachMethodsOwnTimeRightAboveTheRoot() {
        WebDriver page = browser.open(report("cpu", Recordings.of("CpuBound")));
        page.findElement(By.cssSelector("#flame-views button[data-view=cpu]")).click();
        page.findElement(By.id("flame-reverse")).click();

        assertTrue(page.findElement(By.id("flame-status")).getText().contains("callers above each method"));
        WebElement crunch = frameNamed("jbound.samples.CpuBound.sumOfSquares");
        WebElement root = page.findElement(By.cssSelector("#flame-svg rect[data-name=all]"));
        assertTrue(Double.parseDouble(crunch.getDomAttribute("width")) >= 0.8 * flameWidth(page), "the hot method's own time is most of the root");
        assertEquals(Double.parseDouble(root.getDomAttribute("y")) - 17, Double.parseDouble(crunch.getDomAttribute("y")), 0.5,
                "and it sits on the root, its callers above it");
    }

    @Test
    void waitingForWorkIsLeftOutOfTheFlameGraphsUntilAskedFor() {
        WebDriver page = browser.open(report("idle", Recordings.of("Idle")));
        page.findElement(By.cssSelector("#flame-views button[data-view=wall]")).click();

        assertFalse(page.findElement(By.id("flame-legend")).getText().contains("park / wait / sleep"), "off by default");
        page.findElement(By.id("flame-waiting")).click();
        assertTrue(page.findElement(By.id("flame-legend")).getText().contains("park / wait / sleep"), "there on request");
    }

    @Test
    void stacksCutAtTheDepthLimitHangUnderATruncatedFrame() throws Exception {
        WebDriver page = browser.open(report("truncated", Recordings.of(jbound.support.DeepStacks.class.getName())));

        page.findElement(By.cssSelector("#flame-views button[data-view=cpu]")).click();
        long truncatedFrames = (Long) browser.script("var n = 0; document.querySelectorAll('#flame-svg text').forEach(function (t) {"
                + " if (t.textContent.indexOf('[truncated') === 0) n++; }); return n;");
        assertEquals(1, truncatedFrames, "one frame holds the cut stacks");
    }

    @Test
    void nativeSamplesAndGcPausesAreOnThePageAsInTheTerminal() throws Exception {
        Path recording = Recordings.of("IoBound");
        Path json = dir.resolve("native.json");
        Path html = dir.resolve("native.html");
        assertEquals(0, Cli.jbound("analyze", recording.toString(), "--json", json.toString(), "--html", html.toString()).status());
        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
        WebDriver page = browser.open(html);

        assertTrue(root.path("nativeMethods").size() > 0, "the I/O sample's threads sit in native socket reads");
        assertTrue(page.findElement(By.id("native-section")).isDisplayed());
        assertEquals(root.path("nativeMethods").get(0).path("method").asText(),
                page.findElement(By.cssSelector("#native-methods tbody tr td")).getText());
        long pauses = root.path("gcPauses").path("count").asLong();
        String gc = page.findElement(By.id("gc-pauses")).getText();
        assertTrue(pauses > 0 ? gc.startsWith("GC pauses: " + pauses + ",") : gc.startsWith("No GC pauses"), gc);
    }

    @Test
    void theTimeTheCollectorStoppedTheThreadsIsDrawnOverTimeAndInTheLanes() throws Exception {
        Path recording = Recordings.of(jbound.support.ChurnsATightHeap.class.getName(), "jbound", java.util.List.of("-Xmx64m"));
        Path json = dir.resolve("gc.json");
        Path html = dir.resolve("gc.html");
        assertEquals(0, Cli.jbound("analyze", recording.toString(), "--json", json.toString(), "--html", html.toString()).status());
        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
        WebDriver page = browser.open(html);

        long stoppedOverTime = 0;
        for (com.fasterxml.jackson.databind.JsonNode bucket : root.path("timeline").path("buckets")) {
            stoppedOverTime += bucket.path("stoppedNanos").asLong();
        }
        assertTrue(stoppedOverTime > 0, "the timeline places the pauses");
        assertTrue(root.path("lanes").path("listed").get(0).path("stoppedNanos").asLong() > 0, "the busiest lane was stopped");
        String activity = page.findElement(By.cssSelector("#activity-plot .u-legend")).getText();
        assertTrue(activity.contains("stopped by the JVM"), activity);
        assertTrue(page.findElement(By.id("lanes-legend")).getText().contains("stopped by the JVM"));
        assertTrue(page.findElement(By.cssSelector("#threads thead")).getText().contains("Stopped (GC)"));
    }

    @Test
    void ioSeenOnlyInNativeSamplesIsInTheIoTables() throws Exception {
        Path recording = Recordings.of(jbound.support.SyncingWrites.class.getName());
        Path json = dir.resolve("sync.json");
        Path html = dir.resolve("sync.html");
        Cli.Result result = Cli.jbound("analyze", recording.toString(), "--json", json.toString(), "--html", html.toString());
        assertEquals(0, result.status(), result.err());
        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());

        com.fasterxml.jackson.databind.JsonNode inferred = null;
        for (com.fasterxml.jackson.databind.JsonNode row : root.path("ioByMethod")) {
            if (inferred == null && row.path("kind").asText().equals("jdk.NativeMethodSample")) {
                inferred = row;
            }
        }
        assertTrue(inferred != null, "a row for the I/O only native samples saw: " + root.path("ioByMethod"));
        // Rows come longest first: the syncing method's is the first of its kind.
        assertEquals("jbound.support.SyncingWrites.syncOneBlock(FileOutputStream, byte[])", inferred.path("method").asText());
        assertTrue(inferred.path("totalNanos").asLong() > 0);
        assertTrue(result.out().contains("file I/O seen in native samples"), result.out());

        WebDriver page = browser.open(html);
        assertTrue(page.findElement(By.id("io-by-method")).getText().contains("NativeMethodSample"));
        // And in the flame graphs: the fsync's stack in the off-CPU view, counted once with the events.
        page.findElement(By.cssSelector("#flame-views button[data-view=offcpu]")).click();
        assertTrue(page.findElement(By.id("flame-legend")).getText().contains("I/O seen in native samples"),
                page.findElement(By.id("flame-legend")).getText());
        assertTrue(frameNamed("jbound.support.SyncingWrites.syncOneBlock") != null, "the syncing method is in the off-CPU graph");
    }

    @Test
    void tablesShowTopRowsAndAllOnRequestAndKeepMethodsWithOnlyTotalTime() throws Exception {
        Path html = dir.resolve("top.html");
        assertEquals(0, Cli.jbound("analyze", Recordings.of("Mixed").toString(), "--top", "3", "--html", html.toString()).status());
        WebDriver page = browser.open(html);

        WebElement hot = page.findElement(By.id("hot-methods"));
        assertEquals(3, hot.findElements(By.cssSelector("tbody tr")).size(), "--top 3 holds on the page");
        hot.findElement(By.cssSelector("button.show-all")).click();
        assertTrue(hot.findElements(By.cssSelector("tbody tr")).size() > 3, "show all");

        boolean totalOnly = hot.findElements(By.cssSelector("tbody tr")).stream()
                .anyMatch(row -> row.findElements(By.cssSelector("td")).get(2).getText().equals("0"));
        assertTrue(totalOnly, "a method on stacks that never executed itself is kept");
    }

    @Test
    void aPhasedProgramShowsItsPhasesWithTheirVerdictsOnTheFirstScreenAndBehindTheCharts() {
        WebDriver page = browser.open(report("phases", Recordings.lasting("Phases", 12)));

        assertEquals(List.of(), browser.consoleErrors());
        List<String> verdicts = page.findElements(By.cssSelector("#phases-strip .phase")).stream()
                .map(p -> p.getDomAttribute("data-verdict")).toList();
        assertEquals(List.of("IO_BOUND", "CPU_BOUND", "IDLE"), verdicts);
        assertTrue(page.findElement(By.id("phases-strip")).getLocation().getY() < page.findElement(By.id("evidence")).getLocation().getY(),
                "the phases come before the evidence");
        String table = page.findElement(By.id("phases")).getText();
        assertTrue(table.contains("jbound.samples.CpuBound.sumOfSquares(double[])"), table);
        assertTrue(table.contains("jbound.samples.BackendClient.request(int)"), table);

        // One cursor for both time charts: hovering the threads' chart moves the load chart's too.
        WebElement over = page.findElement(By.cssSelector("#activity-plot .u-over"));
        new Actions(page).moveToElement(over, over.getSize().getWidth() / 4, 0).perform();
        String loadTime = page.findElement(By.cssSelector("#load-plot .u-legend .u-series:first-child .u-value")).getText();
        assertTrue(loadTime.endsWith(" s"), () -> "the load chart's cursor follows: '" + loadTime + "'");
    }

    @Test
    void aReRecordingThatCuresSeveralBlindSpotsIsSaidOnceOnThePageAndInTheTerminal() {
        Path recording = Recordings.of("IoBound", "default", Recordings.javaHome());
        Path html = dir.resolve("remedies.html");
        Cli.Result result = Cli.jbound("analyze", recording.toString(), "--html", html.toString());
        assertEquals(0, result.status(), result.err());
        String command = "jbound jfc > jbound.jfc";
        assertEquals(1, occurrences(result.out(), command), result.out());

        WebDriver page = browser.open(html);
        browser.script("document.getElementById('blind-spots-box').open = true");
        String spots = page.findElement(By.id("blind-spots")).getText();
        assertTrue(page.findElements(By.cssSelector("#blind-spots li.blind-spot")).size() >= 2, spots);
        assertEquals(1, occurrences(spots, command), spots);
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void environmentSecretsOfTheRecordingNeverReachThePage() throws Exception {
        Path html = report("default", Recordings.of("IoBound", "default", Recordings.javaHome()));

        assertFalse(Files.readString(html).contains(Recordings.PLANTED_SECRET_VALUE));
    }

    @Test
    void environmentIsShownOnlyOnRequestAndMasked() throws Exception {
        Path recording = Recordings.of("IoBound", "default", Recordings.javaHome());
        Path html = dir.resolve("env.html");
        assertEquals(0, Cli.jbound("analyze", recording.toString(), "--html", html.toString(), "--include-environment").status());
        assertFalse(Files.readString(html).contains(Recordings.PLANTED_SECRET_VALUE));

        WebDriver page = browser.open(html);
        String environment = page.findElement(By.id("env-variables")).getText();
        assertTrue(environment.contains(Recordings.PLANTED_SECRET_NAME + " ****"), environment);

        WebDriver plain = browser.open(report("plain", recording));
        assertFalse(plain.findElement(By.id("environment-section")).isDisplayed());
    }

    private double flameWidth(WebDriver page) {
        String viewBox = page.findElement(By.id("flame-svg")).getDomAttribute("viewBox");
        return Double.parseDouble(viewBox.split(" ")[2]);
    }

    /** The rect of the widest frame whose method's name starts with the prefix. */
    private WebElement frameNamed(String prefix) {
        return (WebElement) browser.script(
                "var name = arguments[0], best = null, bestW = -1;"
                        + "document.querySelectorAll('#flame-svg rect[data-name]').forEach(function (r) {"
                        + "  var w = parseFloat(r.getAttribute('width'));"
                        + "  if (r.getAttribute('data-name').indexOf(name) === 0 && w > bestW) { best = r; bestW = w; } });"
                        + "return best;", prefix);
    }
}
