package org.sourcewise.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One headless Chromium for all the tests of a class, closed after them even when a test fails. */
abstract class ChromiumTest {

    static Playwright playwright;
    static Browser browser;

    @BeforeAll
    static void startBrowser() {
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }
}
