package org.sourcewise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.SignedIn;
import org.sourcewise.SourcewiseServerTest;
import org.sourcewise.Tier;
import org.sourcewise.analysis.ExtractionResult;
import org.sourcewise.analysis.SourceKind;
import org.sourcewise.analysis.Span;
import org.sourcewise.analysis.Speaker;
import org.sourcewise.analysis.Statement;
import org.sourcewise.analysis.StatementKind;
import org.sourcewise.practice.PracticeFixture;
import org.sourcewise.statement.StatementService;
import org.sourcewise.statement.StoredStatement;
import org.sourcewise.testdata.ArticleBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A teacher selects a statement the engine missed in a real Chromium and adds it: the browser's selection, over
 * paragraphs and highlight marks, comes back as offsets into the article's cleaned text.
 */
@Tier.Browser
@SourcewiseServerTest
class AddStatementIT extends ChromiumTest {

    private static final String TEXT = String.join(
            "\n\n",
            "The bridge has been closed since March.",
            "\u201cWe will rebuild the bridge by spring,\u201d said Mayor Ana Costa on Monday.",
            "Residents said the closure had cost them hours every week.");
    private static final String QUOTE = "We will rebuild the bridge by spring,";

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext context;

    private PracticeFixture fixture;
    private long articleId;
    private Page page;

    @BeforeEach
    void aTeacherOnTheFindingsOfAnArticleWithOneStatementFound() {
        fixture = PracticeFixture.create(context);
        fixture.asTeacher();
        int quote = TEXT.indexOf(QUOTE);
        int sentence = TEXT.lastIndexOf("\n\n", quote) + 2;
        articleId = ArticleBuilder.anArticle(context)
                .titled("The bridge")
                .text(TEXT, LocalDate.of(2024, 5, 7))
                .analysed(new ExtractionResult(
                        List.of(new Statement(
                                new Speaker("Ana Costa", "Mayor", SourceKind.PERSON),
                                QUOTE,
                                StatementKind.DIRECT,
                                null,
                                new Span(quote, quote + QUOTE.length()),
                                new Span(sentence, TEXT.indexOf("\n\n", quote)),
                                "said")),
                        List.of()))
                .create();
        SignedIn.nobody();
        page = browser.newContext().newPage();
        SignInPage.signIn(page, port, fixture.teacher(), PracticeFixture.PASSWORD);
        page.navigate("http://localhost:" + port + "/findings/" + articleId);
    }

    @AfterEach
    void closeAndSignOut() {
        page.context().close();
        SignedIn.nobody();
    }

    private Locator paragraph(int index) {
        return page.locator(".player-article p").nth(index);
    }

    private Locator dialog() {
        return page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Add a statement"));
    }

    private List<StoredStatement> stored() {
        fixture.asTeacher();
        List<StoredStatement> found = context.getBean(StatementService.class).statementsOf(articleId);
        SignedIn.nobody();
        return found;
    }

    @Test
    void aParagraphSelectedWithTheMouseIsAddedWithItsOffsetsInTheText() {
        // A triple click selects the paragraph and runs on to the start of the next one, as people's selections do.
        paragraph(2).click(new Locator.ClickOptions().setClickCount(3));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a statement"))
                .click();

        String residents = "Residents said the closure had cost them hours every week.";
        assertThat(dialog().getByLabel("The statement (the words you selected)"))
                .hasValue(residents);
        Accessibility.assertNoSeriousViolations(page);
        dialog().getByLabel("Speaker", new Locator.GetByLabelOptions().setExact(true))
                .fill("Residents");
        dialog().getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Reported speech"))
                .check();
        dialog().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add the statement"))
                .click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Added statement 2; the questions were generated again.");
        StoredStatement added = stored().get(1);
        org.assertj.core.api.Assertions.assertThat(new Span(added.contentStart(), added.contentEnd()))
                .isEqualTo(new Span(TEXT.indexOf(residents), TEXT.indexOf(residents) + residents.length()));
        assertThat(page.locator(".finding-origin")).hasText("Added by a teacher");
    }

    @Test
    void aSelectionFromInsideAHighlightMarkIntoTheNextParagraphMapsToTheCleanedText() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show statement 1 in the article"))
                .click();
        assertThat(page.locator("mark.evidence")).hasCount(1);
        // From "Ana Costa" inside the mark to "the closure" in the next paragraph.
        page.evaluate("""
                () => {
                  const markText = document.querySelector('mark.evidence').firstChild;
                  const next = document.querySelectorAll('.player-article p')[2].firstChild;
                  const range = document.createRange();
                  range.setStart(markText, markText.data.indexOf('Ana Costa'));
                  range.setEnd(next, next.data.indexOf(' had cost'));
                  getSelection().removeAllRanges();
                  getSelection().addRange(range);
                }
                """);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a statement"))
                .click();

        assertThat(dialog().getByLabel("The statement (the words you selected)"))
                .hasValue("Ana Costa on Monday. Residents said the closure");
    }

    @Test
    void pressingAddWithoutASelectionSaysWhatToDo() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a statement"))
                .click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Select the statement's words in the article first");
        assertThat(dialog()).hasCount(0);
    }
}
