package jbound.support;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One headless Chromium for all the tests of a class, started before the first and closed after
 * the last: {@code @RegisterExtension final ClassBrowser browser = new ClassBrowser();} in a
 * class with a per-class lifecycle.
 */
public final class ClassBrowser implements BeforeAllCallback, AfterAllCallback {

    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        browser = new Browser();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        browser.close();
    }

    public ChromeDriver open(Path page) {
        return browser.open(page);
    }

    public Object script(String javascript, Object... args) {
        return browser.script(javascript, args);
    }

    public List<String> consoleErrors() {
        return browser.consoleErrors();
    }
}
