package org.sourcewise.article.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.article.ArticleService;
import org.sourcewise.security.Roles;
import org.sourcewise.testdata.Leftovers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/** A teacher imports articles through the real view, service and H2. */
@Tier.Spring
@SourcewiseSpringTest
@WithMockUser(roles = Roles.TEACHER)
class ImportArticleViewTest extends SpringBrowserlessTest {

    @Autowired
    private ArticleService articles;

    @Autowired
    private ApplicationContext context;

    private long lastBefore;

    @BeforeEach
    void rememberTheNewestArticle() {
        lastBefore = Leftovers.lastArticle(context);
    }

    /** One of the articles saved here is 90,000 characters long, more than every later list should carry. */
    @AfterEach
    void deleteTheArticlesSaved() {
        Leftovers.articlesAfter(context, lastBefore);
    }

    @Test
    void pastedCopyIsCleanedTrimmedAndSavedThenShown() {
        ImportArticleView view = navigate(ImportArticleView.class);
        test(view.title).setValue("Mayor defends transit plan");
        test(view.source).setValue("Metro Daily");
        test(view.published).setValue(LocalDate.of(2019, 3, 14));
        test(view.pasted)
                .setValue("Skip to content\nMayor defends transit plan\n"
                        + "The mayor said on Thursday the plan would go ahead.\nClick to comment\n");

        test(view.preview).click();
        assertThat(view.cleaned.getValue()).isEqualTo("The mayor said on Thursday the plan would go ahead.");
        test(view.cleaned)
                .setValue("The mayor said on Thursday the plan would go ahead.\n\nExtra line the teacher keeps.");
        test(view.save).click();

        assertThat(getCurrentView()).isInstanceOf(ReadingView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Mayor defends transit plan");
        assertThat(articles.findArticles("transit plan"))
                .filteredOn(article -> article.title().equals("Mayor defends transit plan"))
                .singleElement()
                .satisfies(summary -> assertThat(summary.wordCount()).isEqualTo(15));
    }

    @Test
    void aDateInTheFutureIsRefusedInTheServicesWordsNotAsUnreadable() {
        ImportArticleView view = navigate(ImportArticleView.class);
        test(view.title).setValue("Mayor defends transit plan");
        view.published.setValue(LocalDate.now(ZoneId.systemDefault()).plusDays(30));
        test(view.pasted).setValue("The mayor said on Thursday the plan would go ahead.\n");
        test(view.preview).click();

        test(view.save).click();

        assertThat(view.message.getText()).contains("The publication date is in the future.");
    }

    @Test
    void uploadedHtmlPageKeepsOnlyTheArticle() {
        ImportArticleView view = navigate(ImportArticleView.class);
        test(view.title).setValue("Budget");

        view.receive(
                "page.HTML",
                "<nav>Home</nav><article><p>The council voted.</p><script>x()</script></article>"
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(view.cleaned.getValue()).isEqualTo("The council voted.");
    }

    @Test
    void pastedPageSourceIsReadAsHtmlAndTheTeacherIsToldSo() {
        ImportArticleView view = navigate(ImportArticleView.class);
        test(view.title).setValue("Budget");
        test(view.pasted)
                .setValue("<!doctype html><html><head><title>Budget</title><script>track()</script></head>"
                        + "<body><nav>Home</nav><article><p>The council voted.</p></article></body></html>");

        test(view.preview).click();

        assertThat(view.cleaned.getValue()).isEqualTo("The council voted.");
        assertThat(view.pasted.getHelperText()).contains("read as HTML");
    }

    @Test
    void pastedTextWithAnAngleBracketStaysText() {
        ImportArticleView view = navigate(ImportArticleView.class);
        test(view.title).setValue("Turnout");
        test(view.pasted).setValue("Turnout was < 40% <p> in the east, officials said.");

        test(view.preview).click();

        assertThat(view.cleaned.getValue()).isEqualTo("Turnout was < 40% <p> in the east, officials said.");
        assertThat(view.pasted.getHelperText()).isNullOrEmpty();
    }

    @Test
    void binaryFileIsRefusedWithAClearMessage() {
        ImportArticleView view = navigate(ImportArticleView.class);

        view.receive("scan.txt", new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3});

        assertThat(view.message.getText()).isEqualTo("The file cannot be read: it holds binary data, not text.");
        assertThat(view.save.isVisible()).isFalse();
    }

    @Test
    void pastedTextWithLettersLostToAWrongDecodingIsRefusedBeforeItIsSaved() {
        ImportArticleView view = navigate(ImportArticleView.class);
        test(view.title).setValue("Lost letters");
        test(view.pasted).setValue("Le ministre a d\uFFFDclar\uFFFD que le plan serait maintenu.");

        test(view.preview).click();

        assertThat(view.message.getText()).startsWith("The text cannot be used: it holds characters lost in copying");
        assertThat(view.save.isVisible()).isFalse();
    }

    @Test
    void aFileSavedAsUtf16IsRefusedWithWhatToDoAboutIt() {
        ImportArticleView view = navigate(ImportArticleView.class);

        view.receive("notepad.txt", "The minister said the plan would go ahead.".getBytes(StandardCharsets.UTF_16LE));

        assertThat(view.message.getText())
                .isEqualTo("The file cannot be read: it is saved as UTF-16"
                        + " (Notepad calls it \"Unicode\"), not UTF-8; save it again as UTF-8.");
        assertThat(view.save.isVisible()).isFalse();
    }

    @Test
    void otherFileTypesAreRefused() {
        ImportArticleView view = navigate(ImportArticleView.class);

        view.receive("article.docx", "text".getBytes(StandardCharsets.UTF_8));

        assertThat(view.message.getText()).isEqualTo("Only .txt, .md and .html files can be imported.");
    }

    @Test
    void missingTitleAndBadAddressAreReportedAndNothingIsSaved() {
        ImportArticleView view = navigate(ImportArticleView.class);
        test(view.url).setValue("javascript:alert(1)");
        test(view.pasted).setValue("Officials said the bridge would reopen.");
        test(view.preview).click();
        int before = articles.findArticles("").size();

        test(view.save).click();

        assertThat(view.message.getText())
                .isEqualTo(
                        "Give the article a title. The address must be a web address starting with http:// or https://.");
        assertThat(articles.findArticles("")).hasSize(before);
    }

    @Test
    void aTwoMillionCharacterUploadTrimmedToNinetyThousandIsSaved() {
        ImportArticleView view = navigate(ImportArticleView.class);
        test(view.title).setValue("One long line");
        String line =
                "The minister said the plan would go ahead. ".repeat(46_512).substring(0, 2_000_000);

        view.receive("long.txt", line.getBytes(StandardCharsets.UTF_8));
        assertThat(view.message.getText()).isEmpty();
        test(view.cleaned).setValue(view.cleaned.getValue().substring(0, 90_000));
        test(view.save).click();

        assertThat(getCurrentView()).isInstanceOf(ReadingView.class);
        assertThat(articles.findArticles("One long line"))
                .filteredOn(article -> article.title().equals("One long line"))
                .hasSize(1);
    }

    @Test
    void aPasteOverTheLimitIsRefusedWithTheLimitNamed() {
        ImportArticleView view = navigate(ImportArticleView.class);
        test(view.title).setValue("Too long");
        test(view.pasted).setValue("a".repeat(2_000_001));

        test(view.preview).click();

        assertThat(view.message.getText())
                .isEqualTo("The text has 2,000,001 characters; Sourcewise takes at most"
                        + " 2,000,000. Copy the article alone, not the whole page.");
        assertThat(view.save.isVisible()).isFalse();
    }

    @Test
    void aCleanedTextOverTheLimitIsRefusedWithTheLimitNamedAndNothingIsSaved() {
        ImportArticleView view = navigate(ImportArticleView.class);
        test(view.title).setValue("Long article");
        test(view.pasted).setValue("Officials said the bridge would reopen.");
        test(view.preview).click();
        int before = articles.findArticles("").size();
        test(view.cleaned).setValue("word ".repeat(20_001));

        test(view.save).click();

        assertThat(view.message.getText())
                .isEqualTo("The article has 100,004 characters; it may have at most"
                        + " 100,000. Trim it to the article itself.");
        assertThat(view.cleaned.getMaxLength()).isEqualTo(100_001);
        assertThat(articles.findArticles("")).hasSize(before);
    }

    @Test
    void anUploadOverTwoMegabytesIsRefusedWithoutReadingItAll() {
        ImportArticleView view = navigate(ImportArticleView.class);

        view.receive("huge.txt", new byte[2_000_001]);

        assertThat(view.message.getText())
                .isEqualTo("The file is larger than 2,000,000 bytes (2 MB); a news article,"
                        + " even as a saved web page, is much smaller.");
    }
}
