package org.sourcewise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.SignedIn;
import org.sourcewise.Tier;
import org.sourcewise.bank.KeyedQuestion;
import org.sourcewise.bank.QuestionBankService;
import org.sourcewise.practice.PracticeFixture;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.quiz.QuizService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A live session in Chromium, end to end: the teacher's projector and four students in their own browser contexts
 * (one signed in, three with nicknames), three questions, a student who reloads mid-session and keeps their seat and
 * score, a teacher who reloads and keeps control, a participant removed, and the signed-in student's answers in the
 * class's results.
 */
// A context of its own (the property is the default): a cached context shared with StudentQuizIT was created before
// other classes' contexts replaced the global security-context strategy, so SignedIn would not reach its method
// security.
@Tier.Browser
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sourcewise.live.joins-per-minute=60")
@ActiveProfiles("test")
class LiveSessionIT extends ChromiumTest {

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext context;

    private final List<BrowserContext> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(BrowserContext::close);
        SignedIn.nobody();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private Page newPage() {
        BrowserContext browserContext = browser.newContext();
        opened.add(browserContext);
        return browserContext.newPage();
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /**
     * Leaves three choice questions askable, and an ordering question if the article has one, and assigns them as a
     * quiz of their own. Returns all of them, the choice questions first.
     */
    private List<KeyedQuestion> threeQuestionQuiz(PracticeFixture fixture) {
        fixture.asTeacher();
        QuestionBankService bank = context.getBean(QuestionBankService.class);
        List<KeyedQuestion> askable = bank.questionsOf(fixture.articleId()).stream()
                .filter(q -> q.reachesStudents())
                .toList();
        List<KeyedQuestion> kept = new ArrayList<>(askable.stream()
                .filter(q -> q.type() != QuestionType.TIME_ORDER)
                .limit(3)
                .toList());
        askable.stream()
                .filter(q -> q.type() == QuestionType.TIME_ORDER)
                .findFirst()
                .ifPresent(kept::add);
        askable.stream().filter(q -> !kept.contains(q)).forEach(q -> bank.reject(q.id()));
        context.getBean(QuizService.class).assignArticle(fixture.articleId(), "Live quiz", fixture.classroomId());
        SignedIn.nobody();
        return kept;
    }

    @Test
    void aTeacherRunsAThreeQuestionSessionWithFourStudents() {
        PracticeFixture fixture = PracticeFixture.create(context);
        List<KeyedQuestion> questions = threeQuestionQuiz(fixture);
        int skipped = questions.size() - 3;

        Page teacher = newPage();
        SignInPage.signIn(teacher, port, fixture.teacher(), PracticeFixture.PASSWORD);
        teacher.navigate(url("/classes/" + fixture.classroomId()));
        teacher.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Run “Live quiz” live"))
                .click();
        teacher.getByLabel("Seconds per question").fill("90");
        button(teacher, "Start the live session").click();
        assertThat(teacher).hasURL(Pattern.compile(".*/live/host/\\d+$"));
        String code = teacher.locator(".live-code").textContent().strip();
        assertThat(teacher.locator("img.live-qr")).isVisible();
        assertThat(teacher.getByText("of this quiz's questions are skipped")).hasCount(skipped > 0 ? 1 : 0);
        Accessibility.assertNoSeriousViolations(teacher);

        Page ana = newPage();
        SignInPage.signIn(ana, port, fixture.student(), PracticeFixture.PASSWORD);
        ana.navigate(url("/live/" + code));
        button(ana, "Join as " + fixture.student()).click();
        assertThat(ana.getByText("You're in!")).isVisible();

        Page bea = joinWithNickname(code, "Bea");
        Page cy = joinWithNickname(code, "<b>Cy</b>");
        Page troll = joinWithNickname(code, "Troll");
        Accessibility.assertNoSeriousViolations(cy);
        assertThat(teacher.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("4 joined")))
                .isVisible();
        assertThat(teacher.locator(".live-names")).containsText("<b>Cy</b>");
        assertThat(teacher.locator(".live-names b")).hasCount(0);

        teacher.getByText("Participants").click();
        teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove Troll"))
                .click();
        assertThat(troll.getByText("Your teacher removed you from this session."))
                .isVisible();
        assertThat(teacher.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("3 joined")))
                .isVisible();

        for (int n = 1; n <= 3; n++) {
            KeyedQuestion question = questions.get(n - 1);
            int right = question.answer().getFirst();
            int wrong = (right + 1) % question.choices().size();
            button(teacher, n == 1 ? "Start question 1" : "Next question").click();
            assertThat(teacher.getByText("Question " + n + " of 3")).isVisible();
            if (n == 2) {
                teacher.reload();
                assertThat(teacher.getByText("Question 2 of 3")).isVisible();
            }

            answer(ana, question, right);
            answer(bea, question, n == 2 ? wrong : right);
            assertThat(teacher.locator(".live-answered")).hasText("2 of 3 answered");
            if (n == 1) {
                // Bea's phone loses the page mid-session: back on the same seat, with the same score.
                String before = bea.locator(".live-score").textContent();
                bea.reload();
                assertThat(bea.locator(".live-score")).hasText(before);
                assertThat(bea.getByText("Answer locked in: ")).isVisible();
            }
            answer(cy, question, wrong);
            assertThat(teacher.locator(".live-answered")).hasText("3 of 3 answered");

            button(teacher, "Close answers").click();
            assertThat(teacher.locator(".live-chart")).containsText(n == 2 ? "2 answers" : "1 answer");
            assertThat(cy.getByText("Answers are locked.")).isVisible();
            button(teacher, "Show the answer").click();
            assertThat(teacher.locator(".live-chart-row.right"))
                    .containsText(question.choices().get(right));
            assertThat(teacher.locator(".live-evidence")).isVisible();
            assertThat(ana.locator(".live-verdict")).containsText("Right! +");
            assertThat(cy.locator(".live-verdict")).containsText("Not this time. The answer: ");
            button(teacher, "Show the scores").click();
            assertThat(teacher.locator(".live-standings li").first()).containsText("1st " + fixture.student());
            if (n == 2) {
                teacher.getByText("Without names").click();
                assertThat(teacher.locator(".live-standings")).not().containsText(fixture.student());
                assertThat(bea.locator(".live-place")).containsText("of 3 with");
                teacher.getByText("With names").click();
                assertThat(teacher.locator(".live-standings")).containsText(fixture.student());
            }
        }
        assertThat(bea.locator(".live-score")).containsText(" points");
        Accessibility.assertNoSeriousViolations(teacher);

        button(teacher, "Show the podium").click();
        assertThat(teacher.locator(".live-standings li")).hasCount(3);
        assertThat(ana.locator(".live-place")).containsText("You are 1st of 3");
        assertThat(cy.locator(".live-place")).containsText("You are 3rd of 3 with 0 points");
        button(teacher, "End the session").click();
        assertThat(teacher.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Results: Live quiz")))
                .isVisible();
        assertThat(teacher.getByText("<b>Cy</b>", new Page.GetByTextOptions().setExact(true)))
                .isVisible();

        teacher.navigate(url("/classes/" + fixture.classroomId()));
        // Ana answered the three live questions right; an ordering question, if any, is left for the practice player.
        assertThat(teacher.getByText(
                        skipped > 0 ? "3 of " + questions.size() + " so far (3 answered)" : "3 of 3",
                        new Page.GetByTextOptions().setExact(true)))
                .isVisible();
    }

    @Test
    void aWrongCodeSaysSoAndAnUnknownSeatLeadsBackToTheJoinPage() {
        Page page = newPage();
        page.navigate(url("/live/NOPE22"));
        page.getByLabel("Nickname").fill("Kim");
        button(page, "Join").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("There is no live session with this code.");
        page.navigate(url("/live/play"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("You are not in a live quiz");
    }

    private Page joinWithNickname(String code, String nickname) {
        Page page = newPage();
        page.navigate(url("/live/" + code));
        page.getByLabel("Nickname").fill(nickname);
        button(page, "Join").click();
        assertThat(page.getByText("You're in!")).isVisible();
        return page;
    }

    private static void answer(Page student, KeyedQuestion question, int choice) {
        String label = (char) ('A' + choice) + ". " + question.choices().get(choice);
        button(student, label).click();
        assertThat(student.getByText("Answer locked in: " + label)).isVisible();
    }
}
