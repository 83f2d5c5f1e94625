package jbound.ladder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import jbound.support.Browser;
import jbound.support.Cli;
import jbound.support.Recordings;
import jbound.support.Slow;

/** The ladder's HTML page, opened in headless Chromium. */
@Slow
class LadderPageBrowserTest {

    @TempDir
    Path dir;

    @Test
    void ladderPageDrawsABarPerRungAndSizeAndTheProjection() throws Exception {
        Path html = dir.resolve("ladder.html");
        Cli.Result result = Cli.jbound("ladder", "--sizes", "1e2,1e4", "--from", Recordings.of("CpuBound").toString(),
                "--html", html.toString());
        assertEquals(0, result.status(), result.err());

        try (Browser browser = new Browser()) {
            WebDriver page = browser.open(html);

            assertEquals(List.of(), browser.consoleErrors());
            assertEquals(0L, browser.script("return performance.getEntriesByType('resource').length"));
            assertEquals(2, page.findElements(By.cssSelector("section.kernel")).size());
            assertEquals(2 * 2 * Rung.values().length, page.findElements(By.cssSelector("rect.rung-bar")).size());
            assertTrue(page.findElement(By.id("projection-section")).isDisplayed());
            assertTrue(page.findElement(By.id("projection-summary")).getText().contains("jbound.samples.CpuBound.sumOfSquares"));
        }
    }
}
