package org.sourcewise.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the live tests do on the pages of a live session, in Chromium. */
final class LivePages {

    /** The demo teacher's hand-written quiz (quizzes/rival-military-exercises.gift), which the crash tests play. */
    static final String DEMO_QUIZ = "Rival exercises and cautious optimism: who said what";

    private static final Pattern HOST_URL = Pattern.compile(".*/live/host/(\\d+)\\b.*");

    private LivePages() {}

    static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /**
     * Assigns the demo quiz to the demo class and starts it live with 120 seconds per question, long enough that a
     * slow machine never sees a question close by itself; returns the session's id. {@code url}: a node's or the
     * proxy's address of a path.
     */
    static long startDemoQuiz(Page teacher, UnaryOperator<String> url) {
        teacher.navigate(url.apply("/classes"));
        teacher.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Demo class"))
                .click();
        teacher.getByLabel("Or assign one of your quizzes").fill(DEMO_QUIZ);
        teacher.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(DEMO_QUIZ))
                .first()
                .click();
        button(teacher, "Assign this quiz").click();
        teacher.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Run “" + DEMO_QUIZ + "” live"))
                .click();
        teacher.getByLabel("Seconds per question").fill("120");
        button(teacher, "Start the live session").click();
        teacher.locator(".live-code")
                .or(teacher.locator(".form-message.error"))
                .first()
                .waitFor();
        if (teacher.locator(".live-code").isVisible()) {
            // the host page can be drawn a moment before the browser's address changes to it
            teacher.waitForURL(HOST_URL);
        }
        Matcher host = HOST_URL.matcher(teacher.url());
        if (!host.matches()) {
            throw new AssertionError(
                    "the live session did not start: " + teacher.locator("body").innerText());
        }
        return Long.parseLong(host.group(1));
    }
}
