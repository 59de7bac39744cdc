package org.sourcewise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Vaadin's pages load in Chromium under the app's Content-Security-Policy without a single violation. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"sourcewise.admin.username=head", "sourcewise.admin.password=a long admin password"})
@ActiveProfiles("test")
class ContentSecurityPolicyIT extends ChromiumTest {

    @LocalServerPort
    private int port;

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void vaadinsPagesLoadUnderThePolicyWithNoViolation() {
        Page page = browser.newPage();
        List<String> violations = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().contains("Refused to")) {
                violations.add(message.text());
            }
        });
        page.navigate(base() + "/login");
        page.getByLabel("Sign-in name").fill("head");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("a long admin password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.locator(".account").waitFor();
        for (String route : List.of("", "import", "quizzes")) {
            page.navigate(base() + "/" + route);
            page.waitForLoadState();
            page.locator("h1").first().waitFor();
        }
        page.close();

        assertThat(violations).isEmpty();
    }
}
