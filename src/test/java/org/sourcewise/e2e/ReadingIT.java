package org.sourcewise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.sourcewise.SourcewiseServerTest;
import org.sourcewise.Tier;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reader signs in, opens the library in a real Chromium, picks an article and reads it. */
@Tier.Browser
@SourcewiseServerTest
class ReadingIT extends ChromiumTest {

    @LocalServerPort
    private int port;

    private Page signedIn(Browser.NewPageOptions options) {
        Page page = browser.newPage(options);
        SignInPage.signIn(page, port, "head", "a long admin password");
        return page;
    }

    private Page signedIn() {
        return signedIn(new Browser.NewPageOptions());
    }

    @Test
    void readerOpensAnArticleFromTheLibraryAndSeesItsTitleAndFirstParagraph() {
        Page page = signedIn();
        page.navigate("http://localhost:" + port + "/");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Russia starts drills in Belarus as Britain warns Moscow"))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Russia starts drills in Belarus as Britain warns Moscow");
        assertThat(page.locator(".article-body p").first())
                .containsText("On Thursday, Russia began the active phase of military training in Belarus");
        assertThat(page).hasTitle("Russia starts drills in Belarus as Britain warns Moscow · Sourcewise");
        assertThat(page.locator(".article-body")).hasCSS("font-family", java.util.regex.Pattern.compile(".*Georgia.*"));
        page.close();
    }

    @Test
    void libraryReadingLoginAndJoinPagesHaveNoSeriousAccessibilityViolations() {
        Page page = browser.newPage();
        for (String path : new String[] {"/login", "/join"}) {
            page.navigate("http://localhost:" + port + path);
            page.locator("h1").first().waitFor();
            Accessibility.assertNoSeriousViolations(page);
        }
        SignInPage.signIn(page, port, "head", "a long admin password");
        for (String path : new String[] {"/", "/articles/1"}) {
            page.navigate("http://localhost:" + port + path);
            page.locator("h1").first().waitFor();
            Accessibility.assertNoSeriousViolations(page);
        }
        page.close();
    }

    @Test
    void accessibilityCheckCatchesAnImageWithoutText() {
        Page page = signedIn();
        page.navigate("http://localhost:" + port + "/");
        page.locator("h1").first().waitFor();
        page.evaluate("() => document.body.appendChild(Object.assign(document.createElement('img'), {src: 'x.png'}))");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Accessibility.assertNoSeriousViolations(page))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt");
        page.close();
    }

    @Test
    void mistypedArticleLinkShowsPageNotFoundInsteadOfAccessDenied() {
        Page page = signedIn();
        page.navigate("http://localhost:" + port + "/articles/abc");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Page not found");
        page.close();
    }

    @Test
    void libraryFitsAPhoneScreenWithoutSidewaysScrolling() {
        Page page = signedIn(new Browser.NewPageOptions().setViewportSize(375, 740));
        page.navigate("http://localhost:" + port + "/");
        assertThat(page.locator(".article-card").first()).isVisible();

        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");

        org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue())
                .isLessThanOrEqualTo(0);
        page.close();
    }

    @Test
    void anonymousVisitorsAreSentToSignInFromEveryPageButJoin() {
        Page page = browser.newPage();
        for (String path :
                new String[] {"/", "/articles/1", "/practice", "/history", "/attempts/1", "/classes", "/import"}) {
            page.navigate("http://localhost:" + port + path);

            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
        }
        page.navigate("http://localhost:" + port + "/join");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Join your class");
        page.close();
    }
}
