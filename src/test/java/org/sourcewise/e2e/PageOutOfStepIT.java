package org.sourcewise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sourcewise.SourcewiseServerTest;
import org.sourcewise.Tier;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A page that falls out of step with the server reloads by itself, in a real Chromium. The test passes the page's
 * messages to the server and changes the number of one, as a message lost on the way would: the server then answers
 * that the page is out of step.
 */
@Tier.Browser
@SourcewiseServerTest
class PageOutOfStepIT extends ChromiumTest {

    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\":(\\d+)");

    @LocalServerPort
    private int port;

    @Test
    void aPageWhoseMessagesTheServerDidNotExpectReloadsInsteadOfShowingASynchronizationError() {
        Page page = browser.newPage();
        AtomicBoolean skipAhead = new AtomicBoolean();
        AtomicInteger changed = new AtomicInteger();
        page.route(Pattern.compile(".*[?&]v-r=uidl.*"), route -> {
            String body = route.request().postData();
            if (body != null && skipAhead.compareAndSet(true, false)) {
                body = renumbered(body);
                changed.incrementAndGet();
            }
            route.resume(new Route.ResumeOptions().setPostData(body));
        });
        page.navigate("http://localhost:" + port + "/live");
        page.getByLabel("Code").fill("ZZZZZZ");
        page.getByLabel("Nickname").fill("Ada");
        page.evaluate("() => window.loadedBeforeTheTest = true");

        skipAhead.set(true);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join"))
                .click();

        page.waitForFunction("() => window.loadedBeforeTheTest === undefined");
        assertEquals(1, changed.get(), "messages from the page changed");
        assertThat(page.getByText("Synchronization Error")).not().isVisible();
        assertThat(page.getByLabel("Code")).isEditable();
        page.close();
    }

    /** The message with its number moved on by five, which the server cannot take for a resent one. */
    private static String renumbered(String message) {
        Matcher id = CLIENT_ID.matcher(message);
        if (!id.find()) {
            throw new AssertionError("a message from the page without its number: " + message);
        }
        long sent = Long.parseLong(id.group(1));
        return message.substring(0, id.start(1)) + (sent + 5) + message.substring(id.end(1));
    }
}
