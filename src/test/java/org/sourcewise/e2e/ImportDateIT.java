package org.sourcewise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sourcewise.SourcewiseServerTest;
import org.sourcewise.Tier;
import org.sourcewise.article.ArticleReading;
import org.sourcewise.article.ArticleService;
import org.sourcewise.practice.PracticeFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** A teacher types the publication date as they write it; what Sourcewise cannot read is refused, never dropped. */
@Tier.Browser
@SourcewiseServerTest
class ImportDateIT extends ChromiumTest {

    private static final String TEXT = "The council met on Tuesday. \"We will open the bridge in spring,\" said Mayor"
            + " Ola Brandt. Engineers said the work was almost done.";

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext context;

    private Page importPage(BrowserContext browserContext, String title) {
        PracticeFixture fixture = PracticeFixture.withoutStudent(context);
        Page teacher = browserContext.newPage();
        SignInPage.signIn(teacher, port, fixture.teacher(), PracticeFixture.PASSWORD);
        teacher.navigate("http://localhost:" + port + "/import");
        teacher.getByLabel("Title").fill(title);
        teacher.getByLabel("Paste the article as copied from the web page").fill(TEXT);
        teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Clean and preview"))
                .click();
        return teacher;
    }

    private static void typeDate(Page teacher, String typed) {
        teacher.getByLabel("Publication date").fill(typed);
        teacher.getByLabel("Publication date").press("Enter");
        teacher.getByLabel("Title").focus();
    }

    @Test
    void anIsoDateIsSavedAsThatDay() {
        try (BrowserContext browserContext = browser.newContext()) {
            Page teacher = importPage(browserContext, "Bridge opens in spring (ISO)");
            typeDate(teacher, "2019-01-16");
            Accessibility.assertNoSeriousViolations(teacher);
            teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save article"))
                    .click();

            assertThat(teacher).hasURL(Pattern.compile(".*/articles/\\d+$"));
            assertThat(teacher.getByText("16 January 2019")).isVisible();
            org.assertj.core.api.Assertions.assertThat(published(teacher)).isEqualTo(LocalDate.of(2019, 1, 16));
        }
    }

    @Test
    void aDayFirstDateAndAMonthInWordsAreReadToo() {
        try (BrowserContext browserContext = browser.newContext()) {
            Page teacher = importPage(browserContext, "Bridge opens in spring (words)");
            typeDate(teacher, "January 16, 2019");
            teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save article"))
                    .click();

            assertThat(teacher).hasURL(Pattern.compile(".*/articles/\\d+$"));
            org.assertj.core.api.Assertions.assertThat(published(teacher)).isEqualTo(LocalDate.of(2019, 1, 16));
        }
    }

    @Test
    void anUnreadableDateSaysWhatToTypeAndSavesNothing() {
        try (BrowserContext browserContext = browser.newContext()) {
            Page teacher = importPage(browserContext, "Bridge opens in spring (unreadable)");
            typeDate(teacher, "the 40th of Smarch");
            teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save article"))
                    .click();

            assertThat(teacher.getByText("Type it as 2019-01-16").first()).isVisible();
            Accessibility.assertNoSeriousViolations(teacher);
            assertThat(teacher).hasURL(Pattern.compile(".*/import$"));
        }
    }

    private LocalDate published(Page teacher) {
        long id = Long.parseLong(teacher.url().replaceAll(".*/", ""));
        return context.getBean(ArticleService.class)
                .findForReading(id)
                .map(ArticleReading::publishedOn)
                .orElseThrow();
    }
}
