package org.sourcewise.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** One headless Chromium for all the tests of a class, closed after them even when a test fails. */
abstract class ChromiumTest {

    static Playwright playwright;
    static Browser browser;

    @Autowired(required = false)
    private ApplicationContext springContext;

    @BeforeAll
    static void startBrowser() {
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
    }

    /**
     * Each Spring context of a test run has its own security-context strategy (Vaadin's), and the context started
     * last is the global one; a test that signs in with SignedIn must write where its own context's services read.
     */
    @BeforeEach
    void signInThroughThisTestsContext() {
        if (springContext != null) {
            springContext
                    .getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
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
