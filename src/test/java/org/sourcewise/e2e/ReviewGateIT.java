package org.sourcewise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.SignedIn;
import org.sourcewise.SourcewiseServerTest;
import org.sourcewise.Tier;
import org.sourcewise.bank.KeyedQuestion;
import org.sourcewise.bank.QuestionBankService;
import org.sourcewise.bank.QuestionTitles;
import org.sourcewise.practice.PracticeFixture;
import org.sourcewise.questions.AnswerFormat;
import org.sourcewise.questions.BudgetArticle;
import org.sourcewise.testdata.ArticleBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The review gate in Chromium: a generated question nobody accepted never reaches a student's free practice; once the
 * teacher accepts it on the review page (the confirmation beside it, the article still in view after scrolling), it
 * does. The quiz builder shows each question's claim and its key. Both pages pass axe-core.
 */
@Tier.Browser
@SourcewiseServerTest
class ReviewGateIT extends ChromiumTest {

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext context;

    private PracticeFixture fixture;
    private String title;
    private long articleId;

    /** A budget article nobody has reviewed, beside the fixture's class with its student. */
    @BeforeEach
    void anUnreviewedArticle() {
        fixture = PracticeFixture.create(context);
        fixture.asTeacher();
        title = "Unreviewed budget " + fixture.quizTitle();
        articleId = ArticleBuilder.anArticle(context)
                .titled(title)
                .questionsFrom(BudgetArticle.RESULT)
                .create();
        SignedIn.nobody();
    }

    /** A review page of seventeen questions takes longer than five seconds to draw on a loaded machine. */
    @BeforeEach
    void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
        PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private List<KeyedQuestion> bank() {
        fixture.asTeacher();
        try {
            return context.getBean(QuestionBankService.class).questionsOf(articleId);
        } finally {
            SignedIn.nobody();
        }
    }

    private Page signedIn(String name) {
        BrowserContext browserContext =
                browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1280, 900));
        Page page = browserContext.newPage();
        SignInPage.signIn(page, port, name, PracticeFixture.PASSWORD);
        return page;
    }

    private void practise(Page student) {
        student.navigate(url("/practice"));
        student.getByRole(AriaRole.BUTTON, named("Practise: " + title)).click();
    }

    @Test
    void anUnacceptedQuestionNeverReachesAStudentAndAnAcceptedOneDoes() {
        Page student = signedIn(fixture.student());
        practise(student);
        assertThat(student.locator(".form-message.error")).containsText("a teacher checks them");

        Page teacher = signedIn(fixture.teacher());
        teacher.navigate(url("/review/" + articleId));
        assertThat(teacher.locator(".review-item").first()).isVisible();
        Accessibility.assertNoSeriousViolations(teacher);
        teacher.getByRole(AriaRole.BUTTON, named("Accept question 1")).click();
        assertThat(teacher.locator(".review-item").first().locator(".review-confirmation"))
                .hasText("Accepted.");
        assertThat(teacher.locator(".review-item").first().locator(".review-status"))
                .hasText("Accepted");

        org.assertj.core.api.Assertions.assertThat(
                        teacher.locator(".review-list").boundingBox().height)
                .as("the list is longer than the window, so it scrolls")
                .isGreaterThan(1800.0);
        teacher.locator(".review-item").last().scrollIntoViewIfNeeded();
        BoundingBox article = teacher.locator(".review-view .player-article").boundingBox();
        org.assertj.core.api.Assertions.assertThat(article.y)
                .as("the article's top after scrolling the list")
                .isBetween(0.0, 900.0);

        practise(student);
        assertThat(student.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2))
                        .first())
                .hasText("Question 1 of 1");
        String acceptedStem = bank().getFirst().stem().lines().findFirst().orElseThrow();
        assertThat(student.locator(".player-question")).containsText(acceptedStem);
    }

    @Test
    void theQuizBuilderShowsEachQuestionsClaimAndKey() {
        fixture.asTeacher();
        QuestionBankService service = context.getBean(QuestionBankService.class);
        service.acceptAll(
                service.questionsOf(articleId).stream().map(KeyedQuestion::id).toList());
        SignedIn.nobody();
        List<KeyedQuestion> accepted = bank();
        int choice = accepted.indexOf(accepted.stream()
                .filter(q -> q.format() == AnswerFormat.ONE_CHOICE)
                .findFirst()
                .orElseThrow());
        KeyedQuestion first = accepted.get(choice);

        Page teacher = signedIn(fixture.teacher());
        teacher.navigate(url("/quizzes/build"));
        teacher.getByLabel("Take questions from the article").fill(title);
        teacher.getByRole(AriaRole.OPTION, named(title)).click();

        Locator card = teacher.locator(".builder-question").nth(choice);
        assertThat(card.locator(".builder-claim")).hasText(QuestionTitles.claim(first));
        assertThat(card.locator(".builder-key li.right"))
                .hasText(first.choices().get(first.answer().getFirst()) + " (right answer)");
        assertThat(card.locator(".builder-status")).hasText("Accepted");
        assertThat(teacher.getByRole(AriaRole.BUTTON, named("Add all accepted (" + accepted.size() + ")")))
                .isVisible();
        Accessibility.assertNoSeriousViolations(teacher);
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Preview: ")))
                .click();
        assertThat(teacher.getByRole(AriaRole.DIALOG)).containsText("What a student sees");
        assertThat(teacher.getByRole(AriaRole.DIALOG)).not().containsText("right answer");
        Accessibility.assertNoSeriousViolations(teacher);
        teacher.getByRole(AriaRole.BUTTON, named("Close")).click();
        assertThat(teacher.getByRole(AriaRole.DIALOG)).hasCount(0);

        teacher.getByLabel("Quiz title").fill("Budget: who said what");
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Add: ")))
                .click();
        assertThat(teacher.locator(".chosen-questions > li")).containsText(QuestionTitles.of(first));
        teacher.mouse().move(0, 0);
        teacher.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/quiz-builder.png"))
                .setFullPage(true));
    }
}
