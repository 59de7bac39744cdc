package org.sourcewise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sourcewise.SignedIn;
import org.sourcewise.Tier;
import org.sourcewise.practice.PracticeFixture;
import org.sourcewise.quiz.QuizService;
import org.sourcewise.quiz.QuizSummary;
import org.sourcewise.statement.StatementService;
import org.sourcewise.statement.StoredStatement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole authoring round in Chromium, with the real language models: a teacher imports an HTML page, corrects a
 * speaker the engine found, accepts questions, builds a quiz of them and assigns it; a student takes it; the
 * teacher's report shows the result and the CSV holds it.
 */
@Tier.Browser
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sourcewise.analysis.enabled=true")
@ActiveProfiles("test")
class TeacherAuthorsQuizIT extends ChromiumTest {

    private static final String TITLE = "Council backs cycling plan";
    private static final String QUIZ = "Cycling plan: who said it";
    private static final String CORRECTED = "Anna Berg-Larsen";

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext context;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void aTeacherImportsCorrectsAcceptsBuildsAndAssignsAndTheStudentsResultReachesTheReport() throws IOException {
        PracticeFixture fixture = PracticeFixture.withoutStudent(context);
        fixture.joinStudent(fixture.student());
        BrowserContext teacherBrowser = browser.newContext();
        Page teacher = teacherBrowser.newPage();
        SignInPage.signIn(teacher, port, fixture.teacher(), PracticeFixture.PASSWORD);

        teacher.navigate(url("/import"));
        teacher.getByLabel("Title").fill(TITLE);
        teacher.getByLabel("Source").fill("The Valley Courier");
        teacher.getByLabel("Publication date").fill("11/17/2026");
        teacher.getByLabel("Publication date").press("Enter");
        teacher.locator("vaadin-upload input[type=file]")
                .setInputFiles(new FilePayload("cycling-plan.html", "text/html", resource("cycling-plan.html")));
        Locator cleaned = teacher.getByLabel("Article text: remove anything that is not part of the article");
        assertThat(cleaned).hasValue(Pattern.compile("said Mayor Anna Berg"));
        org.assertj.core.api.Assertions.assertThat(cleaned.inputValue())
                .doesNotContain("tracker", "Subscribe now", "Most read", "All rights reserved", "ad slot");
        teacher.getByRole(AriaRole.BUTTON, named("Save article")).click();
        assertThat(teacher).hasURL(Pattern.compile(".*/articles/\\d+$"));
        long articleId = Long.parseLong(teacher.url().replaceAll(".*/", ""));

        List<StoredStatement> found = statementsWhenAnalysed(fixture, articleId);
        int mayor = indexOfSpeaker(found, "Berg");
        teacher.navigate(url("/findings/" + articleId));
        Locator statement = teacher.locator(".findings-list > li").nth(mayor);
        statement.getByLabel("Speaker").fill(CORRECTED);
        teacher.getByRole(AriaRole.BUTTON, named("Save statement " + (mayor + 1)))
                .click();
        assertThat(teacher.getByText("the questions were generated again")).isVisible();
        teacher.reload();
        assertThat(teacher.locator(".findings-list > li").nth(mayor).getByLabel("Speaker"))
                .hasValue(CORRECTED);

        teacher.navigate(url("/review/" + articleId));
        teacher.getByRole(AriaRole.BUTTON, named("Accept question 1")).click();
        assertThat(teacher.getByText("Accepted.")).isVisible();
        teacher.getByRole(AriaRole.BUTTON, named("Accept question 2")).click();
        assertThat(teacher.locator(".review-item.accepted")).hasCount(2);

        teacher.getByRole(AriaRole.BUTTON, named("Write a question")).click();
        teacher.getByRole(AriaRole.RADIO, named("True or false")).check();
        teacher.getByLabel("Question", new Page.GetByLabelOptions().setExact(true))
                .fill("The mayor said the plan would make the streets safer.");
        teacher.getByRole(AriaRole.RADIO, named("True")).check();
        // With the dialog open, as a teacher would: select the sentence in the article beside it, then take it.
        teacher.locator(".player-article p").nth(1).click(new Locator.ClickOptions().setClickCount(3));
        teacher.getByRole(AriaRole.BUTTON, named("Use the words selected in the article"))
                .click();
        assertThat(teacher.getByLabel(Pattern.compile("^Evidence")))
                .hasValue(Pattern.compile("safer for every family"));
        teacher.getByRole(AriaRole.BUTTON, named("Save question")).click();
        assertThat(teacher.getByText("Your question is added")).isVisible();
        assertThat(teacher.locator(".gift-source"))
                .containsText("The mayor said the plan would make the streets safer.");

        teacher.navigate(url("/quizzes/build"));
        teacher.getByLabel("Quiz title").fill(QUIZ);
        teacher.getByLabel("Take questions from the article").fill(TITLE);
        teacher.getByRole(AriaRole.OPTION, named(TITLE)).click();
        Locator add = teacher.locator(".available-questions vaadin-button[aria-label^='Add: ']");
        add.nth(0).click();
        add.nth(1).click();
        assertThat(teacher.locator(".chosen-questions > li")).hasCount(2);
        teacher.getByRole(AriaRole.BUTTON, named("Save quiz")).click();
        assertThat(teacher).hasURL(Pattern.compile(".*/quizzes$"));
        assertThat(teacher.getByText(QUIZ + " \u00b7 2 questions")).isVisible();

        teacher.navigate(url("/classes/" + fixture.classroomId()));
        teacher.getByLabel("Or assign one of your quizzes").fill(QUIZ);
        teacher.getByRole(AriaRole.OPTION, named(QUIZ + " (2 questions)")).click();
        teacher.getByRole(AriaRole.BUTTON, named("Assign this quiz")).click();
        assertThat(teacher.getByText("is assigned; your students see it under Practice"))
                .isVisible();

        BrowserContext studentBrowser = browser.newContext();
        Page student = studentBrowser.newPage();
        SignInPage.signIn(student, port, fixture.student(), PracticeFixture.PASSWORD);
        student.navigate(url("/practice"));
        student.getByRole(AriaRole.BUTTON, named("Start: " + QUIZ)).click();
        for (int question = 1; question <= 2; question++) {
            assertThat(student.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2))
                            .first())
                    .hasText("Question " + question + " of 2");
            if (student.getByRole(AriaRole.RADIO).count() > 0) {
                student.getByRole(AriaRole.RADIO).first().check();
            }
            student.getByRole(AriaRole.BUTTON, named("Check answer")).click();
            assertThat(student.locator(".answer-feedback")).containsText(Pattern.compile("Right\\.|Not quite\\."));
            student.getByRole(AriaRole.BUTTON, named(question == 2 ? "See your score" : "Next question"))
                    .click();
        }
        Matcher score = Pattern.compile("You got (\\d) of 2 right")
                .matcher(student.locator(".final-score").innerText());
        org.assertj.core.api.Assertions.assertThat(score.find()).isTrue();
        int right = Integer.parseInt(score.group(1));
        studentBrowser.close();

        teacher.navigate(url("/reports/" + fixture.classroomId() + "/" + quizId(fixture)));
        assertThat(teacher.getByText("1 of 1 students have answered.")).isVisible();
        Download download = teacher.waitForDownload(
                () -> teacher.getByText("Download the scores as CSV").click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(csv)
                .containsPattern("^\uFEFF\"Student\",\"Right answers\",\"Q1 [^\"]+\",\"Q2 [^\"]+\"\r\n")
                .contains("\"" + fixture.student() + "\",\"" + right + "\",");
        teacherBrowser.close();
    }

    /** Waits for the background analysis with the real models, as the teacher would watch the library. */
    private List<StoredStatement> statementsWhenAnalysed(PracticeFixture fixture, long articleId) {
        fixture.asTeacher();
        try {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
            while (Instant.now().isBefore(deadline)) {
                List<StoredStatement> found =
                        context.getBean(StatementService.class).statementsOf(articleId);
                if (!found.isEmpty()) {
                    return found;
                }
                Thread.sleep(1000);
            }
            throw new AssertionError("the imported article was not analysed within 5 minutes");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            SignedIn.nobody();
        }
    }

    private static int indexOfSpeaker(List<StoredStatement> found, String name) {
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).speakerName().contains(name)) {
                return i;
            }
        }
        throw new AssertionError("no statement of " + name + " among " + found);
    }

    private long quizId(PracticeFixture fixture) {
        fixture.asTeacher();
        try {
            return context.getBean(QuizService.class).myQuizzes().stream()
                    .filter(q -> q.title().equals(QUIZ))
                    .mapToLong(QuizSummary::id)
                    .findFirst()
                    .orElseThrow();
        } finally {
            SignedIn.nobody();
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = TeacherAuthorsQuizIT.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
