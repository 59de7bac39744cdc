package org.sourcewise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.sourcewise.SourcewiseServerTest;
import org.sourcewise.Tier;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The configured first admin signs in and out in a real Chromium. */
@Tier.Browser
@SourcewiseServerTest
class SignInIT extends ChromiumTest {

    @LocalServerPort
    private int port;

    private Page signIn(String username, String password) {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Sign-in name").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        return page;
    }

    @Test
    void adminSignsInAndSeesTheirNameThenSignsOut() {
        Page page = signIn("Head", "a long admin password");

        assertThat(page.locator(".account")).containsText("head");
        page.getByText("Sign out").click();
        // Signed out, the library is no longer open: the sign-in page is where a visitor lands.
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
        assertThat(page.getByRole(
                        com.microsoft.playwright.options.AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Sign in")))
                .isVisible();
        page.close();
    }

    @Test
    void wrongPasswordShowsAClearMessage() {
        Page page = signIn("head", "not the password");

        assertThat(page.getByText("Wrong sign-in name or password")).isVisible();
        page.close();
    }
}
