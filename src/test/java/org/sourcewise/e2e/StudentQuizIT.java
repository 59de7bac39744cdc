package org.sourcewise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sourcewise.SignedIn;
import org.sourcewise.SourcewiseServerTest;
import org.sourcewise.Tier;
import org.sourcewise.bank.KeyedQuestion;
import org.sourcewise.bank.QuestionBankService;
import org.sourcewise.practice.PracticeFixture;
import org.sourcewise.practice.PracticeService;
import org.sourcewise.questions.QuestionType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Students and teachers in Chromium: a student signs up with a class code, signed in at once, takes the quiz their teacher assigned,
 * answers the first question wrong and sees the evidence marked, finishes and sees the score; then the teacher sees
 * that score, the report and the CSV. A student's URLs lead nowhere near teacher pages or other students' attempts.
 */
@Tier.Browser
@SourcewiseServerTest
class StudentQuizIT extends ChromiumTest {

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext context;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The quiz's keys, read as its teacher: the student's attempt asks the bank's questions in bank order. */
    private List<KeyedQuestion> keys(PracticeFixture fixture) {
        fixture.asTeacher();
        List<KeyedQuestion> keys = context.getBean(QuestionBankService.class).questionsOf(fixture.articleId());
        SignedIn.nobody();
        return keys;
    }

    @Test
    void studentJoinsTakesTheAssignedQuizAndTheTeacherSeesTheScore() {
        PracticeFixture fixture = PracticeFixture.withoutStudent(context);
        List<KeyedQuestion> keys = keys(fixture);
        BrowserContext studentBrowser = browser.newContext();
        Page student = studentBrowser.newPage();

        student.navigate(url("/join"));
        student.getByLabel("Class code").fill(fixture.joinCode().toLowerCase());
        student.getByLabel("Your name").fill("Ana Lima");
        student.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                .fill(PracticeFixture.PASSWORD);
        student.getByLabel("Password again").fill(PracticeFixture.PASSWORD);
        student.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join the class"))
                .click();
        // Joining signs the student in: the join page sends the sign-in form itself, and the library opens.
        student.waitForURL(url -> !url.contains("/join") && !url.contains("/login"));
        assertThat(student.locator(".account")).containsText("ana lima");

        student.navigate(url("/practice"));
        Accessibility.assertNoSeriousViolations(student);
        student.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start: " + fixture.quizTitle()))
                .click();
        assertThat(student).hasURL(Pattern.compile(".*/attempts/\\d+$"));
        assertThat(student.locator("mark.evidence")).hasCount(0);
        Accessibility.assertNoSeriousViolations(student);

        int right = 0;
        for (int i = 0; i < keys.size(); i++) {
            KeyedQuestion key = keys.get(i);
            assertThat(student.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2))
                            .first())
                    .hasText("Question " + (i + 1) + " of " + keys.size());
            boolean answerWrong = i == 0;
            if (key.type() == QuestionType.TIME_ORDER) {
                // Checked as shown: right only if the shuffle happened to be the right order.
                right += key.answer()
                                .equals(IntStream.range(0, key.choices().size())
                                        .boxed()
                                        .toList())
                        ? 1
                        : 0;
            } else {
                int choice = answerWrong
                        ? (key.answer().getFirst() + 1) % key.choices().size()
                        : key.answer().getFirst();
                student.getByRole(
                                AriaRole.RADIO,
                                new Page.GetByRoleOptions()
                                        .setName(key.choices().get(choice))
                                        .setExact(true))
                        .check();
                right += answerWrong ? 0 : 1;
            }
            student.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check answer"))
                    .click();
            if (answerWrong) {
                assertThat(student.locator(".answer-feedback")).containsText("Not quite.");
                assertThat(student.locator(".answer-feedback"))
                        .containsText("The right answer: "
                                + key.choices().get(key.answer().getFirst()));
                assertThat(student.locator("mark.evidence").first()).isVisible();
                assertThat(student.locator("mark.evidence").first()).isInViewport();
                Accessibility.assertNoSeriousViolations(student);
            } else if (key.type() != QuestionType.TIME_ORDER) {
                assertThat(student.locator(".answer-feedback")).containsText("Right.");
            }
            student.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions()
                                    .setName(i == keys.size() - 1 ? "See your score" : "Next question"))
                    .click();
        }
        String score = right + " of " + keys.size();
        assertThat(student.locator(".final-score")).containsText(score);
        assertThat(student.locator(".attempt-review li")).hasCount(keys.size());
        student.navigate(url("/history"));
        assertThat(student.getByText(score + " right", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        Accessibility.assertNoSeriousViolations(student);
        studentBrowser.close();

        Page teacher = browser.newContext().newPage();
        SignInPage.signIn(teacher, port, fixture.teacher(), PracticeFixture.PASSWORD);
        teacher.navigate(url("/classes/" + fixture.classroomId()));
        assertThat(teacher.getByText("Ana Lima").first()).isVisible();
        assertThat(teacher.getByText(score, new Page.GetByTextOptions().setExact(true)))
                .isVisible();

        teacher.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Report on “" + fixture.quizTitle() + "”"))
                .click();
        assertThat(teacher.locator(".chart-figures")).containsText("1 student");
        Accessibility.assertNoSeriousViolations(teacher);
        Download download = teacher.waitForDownload(
                () -> teacher.getByText("Download the scores as CSV").click());
        String csv = readDownload(download);
        org.assertj.core.api.Assertions.assertThat(csv)
                .startsWith("\uFEFF\"Student\",\"Right answers\",\"Q1 ")
                .contains("\"Ana Lima\",\"" + right + "\",\"0\"");
        String answers = readDownload(teacher.waitForDownload(
                () -> teacher.getByText("Download the answers as CSV").click()));
        org.assertj.core.api.Assertions.assertThat(answers)
                .startsWith(
                        "\uFEFF\"Student\",\"Question\",\"Title\","
                                + "\"Answer given\",\"Right or wrong\",\"Answered at\",\"Seconds on it\"\r\n\"Ana Lima\",\"Q1\",")
                .containsPattern("\"Ana Lima\",\"Q1\",\"[^\"]+\",\"[^\"]+\",\"wrong\",\"\\d{4}-\\d\\d-\\d\\d ");
        String keyFile = readDownload(teacher.waitForDownload(
                () -> teacher.getByText("Download the questions and their keys").click()));
        org.assertj.core.api.Assertions.assertThat(keyFile)
                .startsWith("\uFEFF\"Question\",\"Title\",\"Text\"," + "\"Choices\",\"Right answer\"\r\n\"Q1\",");
        teacher.context().close();
    }

    @Test
    void aStudentCannotOpenTeacherPagesOrAnotherStudentsAttemptByUrl() {
        PracticeFixture fixture = PracticeFixture.create(context);
        fixture.asStudent();
        long theirAttempt = context.getBean(PracticeService.class).startQuiz(fixture.quizId());
        String other = fixture.joinStudent("other " + fixture.student());
        Page page = browser.newContext().newPage();
        SignInPage.signIn(page, port, other, PracticeFixture.PASSWORD);

        for (String path : List.of("/classes", "/classes/" + fixture.classroomId(), "/import")) {
            page.navigate(url(path));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Page not found");
        }
        page.navigate(url("/attempts/" + theirAttempt));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Quiz not found");
        assertThat(page.locator(".player-question")).hasCount(0);
        page.context().close();
    }

    @Test
    void thePlayerWorksWithTheKeyboardAlone() {
        PracticeFixture fixture = PracticeFixture.create(context);
        KeyedQuestion first = keys(fixture).getFirst();
        Page page = browser.newContext().newPage();
        SignInPage.signIn(page, port, fixture.student(), PracticeFixture.PASSWORD);
        page.navigate(url("/practice"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start: " + fixture.quizTitle()))
                .focus();
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/attempts/\\d+$"));

        // Focus is placed where Tab would take it; choosing and pressing happen with arrow keys, Space and Enter.
        page.getByRole(AriaRole.RADIO).first().focus();
        for (int i = 0; i < first.answer().getFirst(); i++) {
            page.keyboard().press("ArrowDown");
        }
        page.keyboard().press("Space");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check answer"))
                .focus();
        page.keyboard().press("Enter");

        assertThat(page.locator(".answer-feedback")).containsText("Right.");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next question")))
                .isFocused();
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2))
                        .first())
                .hasText(Pattern.compile("Question 2 of \\d+"));
        page.context().close();
    }

    private static String readDownload(Download download) {
        try {
            return Files.readString(download.path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
