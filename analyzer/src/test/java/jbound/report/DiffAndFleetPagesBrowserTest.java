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

import jbound.support.ClassBrowser;
import jbound.support.Cli;
import jbound.support.HostileNames;
import jbound.support.Recordings;
import jbound.support.Slow;

/** The diff and fleet pages, opened in a real headless Chromium. */
@Slow
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiffAndFleetPagesBrowserTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final ClassBrowser browser = new ClassBrowser();

    private Path diffPage(String name, Path before, Path after) {
        Path html = dir.resolve(name + ".html");
        Cli.Result result = Cli.jbound("diff", before.toString(), after.toString(), "--html", html.toString());
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("HTML report written to " + html), result.out());
        return html;
    }

    @Test
    void diffPageShowsTheVerdictChangeAndColoursTheFramesThatGrewAndShrank() {
        WebDriver page = browser.open(diffPage("cpu-to-mixed", Recordings.of("CpuBound"), Recordings.of("Mixed")));

        assertEquals(List.of(), browser.consoleErrors());
        assertEquals(0L, browser.script("return performance.getEntriesByType('resource').length"));
        String verdicts = page.findElement(By.id("verdict-change")).getText();
        assertTrue(verdicts.startsWith("CPU_BOUND") && verdicts.contains("→ MIXED"), verdicts);
        assertTrue(frame(page, "jbound.samples.CpuBound.sumOfSquares").getDomAttribute("data-change").equals("shrank"),
                "the old hot method lost its CPU");
        assertTrue(frame(page, "jbound.samples.Mixed.parseNumbers").getDomAttribute("data-change").equals("grew"),
                "the new one gained it");
        double flameWidth = Double.parseDouble(page.findElement(By.id("flame-svg")).getDomAttribute("viewBox").split(" ")[2]);
        for (WebElement r : page.findElements(By.cssSelector("#flame-svg rect"))) {
            double right = Double.parseDouble(r.getDomAttribute("x")) + Double.parseDouble(r.getDomAttribute("width"));
            assertTrue(right <= flameWidth + 0.5, "every frame within the graph: " + r.getDomAttribute("aria-label") + " ends at " + right);
        }
        assertTrue(page.findElement(By.id("shrank")).getText().contains("jbound.samples.CpuBound.sumOfSquares(double[])"));
        assertFalse(page.findElements(By.cssSelector("#grew tbody tr")).isEmpty(), "the mixed sample's parsing grew");
    }

    @Test
    void diffFlameGraphZoomsOnClickAndResets() {
        WebDriver page = browser.open(diffPage("zoom", Recordings.of("CpuBound"), Recordings.of("Mixed")));
        int before = page.findElements(By.cssSelector("#flame-svg rect")).size();

        // A click as the page receives it (the frame's label text lies over the rectangle).
        browser.script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", frame(page, "jbound.samples.Mixed.parseNumbers"));
        assertTrue(page.findElement(By.id("flame-status")).getText().contains("under jbound.samples.Mixed.parseNumbers"));
        assertTrue(page.findElements(By.cssSelector("#flame-svg rect")).size() < before, "zoomed in: fewer frames");

        page.findElement(By.id("flame-reset")).click();
        assertEquals(before, page.findElements(By.cssSelector("#flame-svg rect")).size());
    }

    @Test
    void aRecordingAgainstItselfIsAllUnchanged() {
        Path mixed = Recordings.of("Mixed");
        WebDriver page = browser.open(diffPage("same", mixed, mixed));

        List<WebElement> frames = page.findElements(By.cssSelector("#flame-svg rect"));
        assertFalse(frames.isEmpty());
        assertTrue(frames.stream().allMatch(f -> "same".equals(f.getDomAttribute("data-change"))));
        String checked = page.findElement(By.id("predictions")).getText();
        assertTrue(page.findElement(By.id("predictions-section")).isDisplayed(), "BEFORE's predictions, each beside AFTER's measure");
        assertTrue(checked.contains("pipeline the waiting and the computing") && checked.contains("1.0×") && checked.contains("below the range"), checked);
    }

    @Test
    void aGainBeyondAfterThrottleIsShownAsAFloor() {
        WebDriver page = browser.open(diffPage("throttled", Recordings.of("IoBound"), Recordings.improved("IoBound", "jbound")));

        String checked = page.findElement(By.id("predictions")).getText();
        assertTrue(checked.contains("≥ ") && checked.contains("at least this") && checked.contains("ran at its throttle"), checked);
    }

    @Test
    void fleetPageListsEveryRecordingAndNamesTheOutlier() throws Exception {
        Path fleet = Files.createDirectories(dir.resolve("fleet"));
        Files.copy(Recordings.of("CpuBound"), fleet.resolve("cpu-1.jfr"));
        Files.copy(Recordings.of("CpuBound"), fleet.resolve("cpu-2.jfr"));
        Files.copy(Recordings.of("CpuBound"), fleet.resolve("cpu-3.jfr"));
        Files.copy(Recordings.of("IoBound"), fleet.resolve("io.jfr"));
        Files.copy(Recordings.of("LockContended"), fleet.resolve("lock.jfr"));
        Files.writeString(fleet.resolve("zz-broken.jfr"), "not a recording");
        Path html = dir.resolve("fleet.html");
        Cli.Result result = Cli.jbound("analyze", fleet.toString(), "--html", html.toString());
        assertEquals(0, result.status(), result.err());

        WebDriver page = browser.open(html);

        assertEquals(List.of(), browser.consoleErrors());
        assertEquals(0L, browser.script("return performance.getEntriesByType('resource').length"));
        assertEquals(6, page.findElements(By.cssSelector("#recordings tbody tr")).size());
        String outliers = page.findElement(By.id("outliers")).getText();
        assertTrue(outliers.contains("io.jfr") && outliers.contains("IO_BOUND where most are CPU_BOUND"), outliers);
        WebElement broken = page.findElements(By.cssSelector("#recordings tbody tr")).stream()
                .filter(r -> r.getText().contains("zz-broken.jfr")).findFirst().orElseThrow();
        assertTrue(broken.getText().contains("unreadable") && broken.getText().contains("not a JFR recording"), broken.getText());
        assertFalse(broken.getText().contains("%"), "no shares claimed for a recording that could not be read");
        assertTrue(page.findElement(By.id("hot-methods")).getText().contains("jbound.samples.CpuBound.sumOfSquares(double[])"));
        assertTrue(page.findElement(By.id("io")).getText().contains("jbound.samples.BackendClient.request(int)"));
        String locks = page.findElement(By.id("locks")).getText();
        assertTrue(locks.contains("jbound.samples.LockContended"), locks);
        List<WebElement> services = page.findElements(By.cssSelector("#services tbody tr"));
        assertEquals(3, services.size(), "one row per main class");
        assertTrue(services.getFirst().getText().contains("jbound.samples.CpuBound") && services.getFirst().getText().contains("CPU_BOUND 3"),
                services.getFirst().getText());
    }

    @Test
    void hostileNamesInARecordingStayTextOnBothPages() throws Exception {
        Path hostile = Recordings.of(HostileNames.class.getName(),
                "jbound,jdk.FileWrite#threshold=0ms,jdk.FileForce#threshold=0ms", Recordings.javaHome());
        Path diff = diffPage("hostile-diff", Recordings.of("CpuBound"), hostile);
        Path fleet = dir.resolve("hostile-fleet.html");
        assertEquals(0, Cli.jbound("analyze", hostile.toString(), Recordings.of("CpuBound").toString(), "--html", fleet.toString()).status());

        for (Path html : List.of(diff, fleet)) {
            assertFalse(Files.readString(html).contains("<script>window.pwned"), "no raw script in " + html);
            browser.open(html);
            assertEquals("undefined", browser.script("return typeof window.pwned"), html.toString());
            assertEquals(List.of(), browser.consoleErrors(), html.toString());
        }
    }

    /** The widest frame of the method. */
    private static WebElement frame(WebDriver page, String methodPrefix) {
        return page.findElements(By.cssSelector("#flame-svg rect")).stream()
                .filter(r -> String.valueOf(r.getDomAttribute("aria-label")).startsWith(methodPrefix))
                .max(java.util.Comparator.comparingDouble(r -> Double.parseDouble(r.getDomAttribute("width"))))
                .orElseThrow(() -> new AssertionError("no frame for " + methodPrefix));
    }
}
