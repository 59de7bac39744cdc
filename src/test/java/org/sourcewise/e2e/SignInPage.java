package org.sourcewise.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Signs in through the real sign-in form, as a person would. */
final class SignInPage {

    private SignInPage() {}

    static void signIn(Page page, int port, String username, String password) {
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Sign-in name").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        page.waitForURL(url -> !url.contains("/login"));
    }
}
