package org.sourcewise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.SignedIn;
import org.sourcewise.Tier;
import org.sourcewise.analysis.Span;
import org.sourcewise.bank.KeyedQuestion;
import org.sourcewise.bank.QuestionBankService;
import org.sourcewise.bank.WrittenQuestion;
import org.sourcewise.gift.Gift;
import org.sourcewise.live.LiveService;
import org.sourcewise.practice.PracticeFixture;
import org.sourcewise.questions.BudgetArticle;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.quiz.QuizDraft;
import org.sourcewise.quiz.QuizService;
import org.sourcewise.quiz.QuizSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A live session in Chromium, end to end: the teacher's projector and four students in their own browser contexts
 * (one signed in, three with nicknames), three questions, a student who reloads mid-session and keeps their seat and
 * score, a teacher who reloads and keeps control, a participant removed, the signed-in student's answers in the
 * class's results, and their attempt closed when the session ends, so that it cannot be resumed. Then the screens as a
 * room sees them: a phone 390 px wide showing a 150-character answer whole, every answer keyed by the letter, colour
 * and shape the projector shows for it, the focus on the first answer of each new question, the verdict with its
 * points and evidence; the projector at 1366×768 with its controls in reach at every step, the evidence once, and a
 * podium of three blocks; no serious accessibility violation on either. That test leaves the phone's picture in
 * {@code target/live-phone.png}, which is {@code docs/live-phone.png}.
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

    private static final String EVIDENCE = "“We will not back down on pipelines,” said Alberta Premier Rachel Notley.";
    private static final String LONG_ANSWER = longAnswer();

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
        return newPage(new Browser.NewContextOptions());
    }

    private Page newPage(Browser.NewContextOptions options) {
        BrowserContext browserContext = browser.newContext(options);
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
        assertThat(teacher.locator(".live-podium li")).hasCount(3);
        assertThat(ana.locator(".live-place")).containsText("You are 1st of 3");
        assertThat(cy.locator(".live-place")).containsText("You are 3rd of 3 with 0 points");
        button(teacher, "End the session").click();
        assertThat(teacher.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Results: Live quiz")))
                .isVisible();
        assertThat(teacher.getByText("<b>Cy</b>", new Page.GetByTextOptions().setExact(true)))
                .isVisible();

        teacher.navigate(url("/classes/" + fixture.classroomId()));
        // Ana answered the three live questions right; an ordering question, if any, was left out, and the session's
        // end closed her attempt.
        assertThat(teacher.getByText("3 of " + questions.size(), new Page.GetByTextOptions().setExact(true)))
                .isVisible();

        ana.navigate(url("/practice"));
        assertThat(ana.getByText("Done: 3 of " + questions.size() + " right")).isVisible();
        assertThat(button(ana, "Resume")).hasCount(0);
        ana.navigate(url("/history"));
        ana.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Live quiz"))
                .click();
        assertThat(ana.locator(".final-score")).hasText("You got 3 of " + questions.size() + " right");
        assertThat(button(ana, "Check answer")).hasCount(0);
    }

    /** A choice of exactly 150 characters, longer than any phone's button is wide. */
    private static String longAnswer() {
        String answer = "A senior provincial official, speaking on condition of anonymity, who said the talks"
                + " between Edmonton and Ottawa had all stalled over the long weekend";
        assertThat(answer).hasSize(150);
        return answer;
    }

    /** Two questions of the teacher's own, the first with a 150-character choice and the article's evidence. */
    private long twoQuestionQuiz(PracticeFixture fixture) {
        fixture.asTeacher();
        QuestionBankService bank = context.getBean(QuestionBankService.class);
        int start = BudgetArticle.TEXT.indexOf(EVIDENCE);
        Span evidence = new Span(start, start + EVIDENCE.length());
        List<Long> ids = Stream.of(
                        "Who said they would not back down on pipelines? {=Rachel Notley ~Justin Trudeau ~Andrew Scheer ~"
                                + LONG_ANSWER + " ####Notley is Alberta's premier.}",
                        "Who reported that the deal was worth two billion dollars? {=The Globe and Mail ~Reuters ~CBC}")
                .map(gift -> bank.write(
                                fixture.articleId(),
                                new WrittenQuestion.Gifted(
                                        Gift.parse(gift).questions().getFirst()),
                                List.of(evidence))
                        .id())
                .toList();
        long quizId =
                context.getBean(QuizService.class).create(new QuizDraft("Pipelines live", ids, QuizSettings.DEFAULT));
        long sessionId = context.getBean(LiveService.class).start(fixture.classroomId(), quizId, 120);
        SignedIn.nobody();
        return sessionId;
    }

    @Test
    void aPhoneShowsEveryAnswerWholeAndTheProjectorKeepsItsControlsInReach() {
        PracticeFixture fixture = PracticeFixture.create(context);
        long sessionId = twoQuestionQuiz(fixture);

        Page projector = newPage(new Browser.NewContextOptions().setViewportSize(1366, 768));
        SignInPage.signIn(projector, port, fixture.teacher(), PracticeFixture.PASSWORD);
        projector.navigate(url("/live/host/" + sessionId));
        String code = projector.locator(".live-code").textContent().strip();
        controlsInReach(projector);

        Page phone = newPage(new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setDeviceScaleFactor(2)
                .setIsMobile(true)
                .setHasTouch(true));
        Page ben = joinWithNickname(code, "Ben");
        Page cy = joinWithNickname(code, "Cy");
        joinWithNickname(phone, code, "Kim");
        assertThat(projector.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("3 joined")))
                .isVisible();
        controlsInReach(projector);

        button(projector, "Start question 1").click();
        assertThat(phone.locator("#answer-0")).isVisible();
        Locator answers = phone.locator(".live-answer");
        assertThat(answers).hasCount(4);
        List<String> shown = phone.locator(".live-answer-text").allTextContents();
        assertThat(shown).containsExactlyInAnyOrder("Rachel Notley", "Justin Trudeau", "Andrew Scheer", LONG_ANSWER);
        for (int i = 0; i < 4; i++) {
            answerShownWhole(phone, i);
        }
        assertThat((Boolean) phone.evaluate("() => document.scrollingElement.scrollWidth <= innerWidth"))
                .as("nothing on the phone is wider than its screen")
                .isTrue();
        assertThat((String) phone.evaluate("() => document.activeElement.id"))
                .as("the new question's first answer has the focus")
                .isEqualTo("answer-0");
        Locator countdown = phone.locator(".live-countdown");
        assertThat(countdown).hasText(Pattern.compile("\\d+ s"));
        String left = countdown.textContent();
        assertThat(countdown).not().hasText(left); // counted down in the phone
        sameKeys(projector, phone, shown);
        phone.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/live-phone.png")));
        projector.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/live-projector-question.png")));
        Accessibility.assertNoSeriousViolations(phone);
        Accessibility.assertNoSeriousViolations(projector);
        controlsInReach(projector);

        int right = shown.indexOf("Rachel Notley");
        button(ben, "ABCD".charAt(right) + ". Rachel Notley").click();
        button(phone, "ABCD".charAt(shown.indexOf(LONG_ANSWER)) + ". " + LONG_ANSWER)
                .click();
        assertThat(phone.getByText("Answer locked in: ")).isVisible();
        button(cy, "ABCD".charAt(right) + ". Rachel Notley").click();
        assertThat(projector.locator(".live-answered")).hasText("3 of 3 answered");

        button(projector, "Close answers").click();
        assertThat(phone.getByText("Answers are locked.")).isVisible();
        controlsInReach(projector);
        button(projector, "Show the answer").click();
        Locator verdict = phone.locator(".live-verdict");
        assertThat(verdict).hasText("Not this time. The answer: " + "ABCD".charAt(right) + ". Rachel Notley");
        assertThat(verdict).hasClass(Pattern.compile(".*\\bwrong\\b.*"));
        assertThat(phone.locator(".live-stage")).containsText(" · 0 points");
        assertThat(phone.locator(".live-evidence-text")).hasText(EVIDENCE);
        assertThat(ben.locator(".live-verdict")).hasClass(Pattern.compile(".*\\bright\\b.*"));
        assertThat(ben.locator(".live-verdict")).containsText("Right! +");
        String stage = projector.locator(".live-stage").innerText();
        assertThat(stage.split("We will not back down on pipelines", -1))
                .as("the evidence once on the projector")
                .hasSize(2);
        assertThat(stage).doesNotContain("““").doesNotContain("””").contains("Notley is Alberta's premier.");
        controlsInReach(projector);
        phone.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/live-phone-answer.png")));
        projector.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/live-projector-answer.png")));
        Accessibility.assertNoSeriousViolations(phone);
        Accessibility.assertNoSeriousViolations(projector);

        button(projector, "Show the scores").click();
        controlsInReach(projector);
        button(projector, "Next question").click();
        assertThat(phone.getByText("Question 2 of 2")).isVisible();
        assertThat(phone.locator("#answer-0")).isFocused();
        List<String> second = phone.locator(".live-answer-text:visible").allTextContents();
        sameKeys(projector, phone, second);
        int globe = second.indexOf("The Globe and Mail");
        button(cy, "ABC".charAt(globe) + ". The Globe and Mail").click();
        button(phone, "ABC".charAt(second.indexOf("Reuters")) + ". Reuters").click();
        assertThat(projector.locator(".live-answered")).hasText("2 of 3 answered");
        button(projector, "Close answers").click();
        button(projector, "Show the answer").click();
        button(projector, "Show the scores").click();
        button(projector, "Show the podium").click();

        // Cy was right twice, Ben once, Kim never.
        Locator podium = projector.locator(".live-podium");
        assertThat(podium.locator("li")).hasCount(3);
        assertThat(podium.locator(".live-podium-1")).containsText("1st");
        assertThat(podium.locator(".live-podium-1")).containsText("Cy");
        assertThat(podium.locator(".live-podium-2")).containsText("2nd");
        assertThat(podium.locator(".live-podium-2")).containsText("Ben");
        assertThat(podium.locator(".live-podium-3")).containsText("3rd");
        assertThat(podium.locator(".live-podium-3")).containsText("Kim");
        assertThat(podium.locator(".live-podium-3")).containsText("0 points");
        BoundingBox first = block(projector, 1);
        BoundingBox secondPlace = block(projector, 2);
        BoundingBox third = block(projector, 3);
        assertThat(first.height).isGreaterThan(secondPlace.height);
        assertThat(secondPlace.height).isGreaterThan(third.height);
        assertThat(secondPlace.x).isLessThan(first.x);
        assertThat(first.x).isLessThan(third.x);
        assertThat(first.y + first.height)
                .as("the blocks stand on one floor")
                .isCloseTo(third.y + third.height, Offset.offset(1.0));
        controlsInReach(projector);
        projector.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/live-projector-podium.png")));
        Accessibility.assertNoSeriousViolations(projector);

        button(projector, "End the session").click();
        assertThat(projector.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Results: Pipelines live")))
                .isVisible();
        assertThat(projector.locator("vaadin-grid")).containsText("2 of 2 questions");
        assertThat(projector.locator("vaadin-grid")).containsText("1 of 2 questions");
        assertThat(projector.locator("vaadin-grid")).containsText("0 of 2 questions");
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
        return joinWithNickname(newPage(), code, nickname);
    }

    private Page joinWithNickname(Page page, String code, String nickname) {
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

    /**
     * The answer's button holds its whole text: nothing scrolls or is clipped inside the button or its label, and the
     * text lies within the button and the screen's width.
     */
    @SuppressWarnings("unchecked")
    private static void answerShownWhole(Page phone, int index) {
        Map<String, Object> fit = (Map<String, Object>) phone.evaluate("""
                (i) => {
                  const button = document.getElementById('answer-' + i);
                  const label = button.shadowRoot.querySelector('[part="label"]');
                  const text = button.querySelector('.live-answer-text').getBoundingClientRect();
                  const box = button.getBoundingClientRect();
                  return {
                    button: button.scrollHeight <= button.clientHeight && button.scrollWidth <= button.clientWidth,
                    label: label.scrollHeight <= label.clientHeight && label.scrollWidth <= label.clientWidth,
                    inButton: text.left >= box.left && text.right <= box.right && text.top >= box.top
                        && text.bottom <= box.bottom,
                    onScreen: text.left >= 0 && text.right <= innerWidth,
                    ellipsis: getComputedStyle(label).textOverflow
                  };
                }""", index);
        assertThat(fit)
                .as("answer %d shown whole", index)
                .containsEntry("button", true)
                .containsEntry("label", true)
                .containsEntry("inButton", true)
                .containsEntry("onScreen", true)
                .doesNotContainEntry("ellipsis", "ellipsis");
    }

    /** Each choice has the same letter, colour and shape on the projector as on the phone. */
    @SuppressWarnings("unchecked")
    private static void sameKeys(Page projector, Page phone, List<String> shown) {
        String keys = """
                (selector) => [...document.querySelectorAll(selector)].filter(item => item.offsetParent !== null)
                    .map(item => {
                  const key = item.querySelector('.live-key');
                  const shape = key.querySelector('.live-shape');
                  return key.textContent.trim() + ' ' + getComputedStyle(key).backgroundColor + ' '
                      + getComputedStyle(shape).clipPath + ' ' + getComputedStyle(shape).borderRadius;
                })""";
        List<String> onProjector = (List<String>) projector.evaluate(keys, ".live-choices li");
        List<String> onPhone = (List<String>) phone.evaluate(keys, ".live-answer");
        assertThat(onPhone).hasSize(shown.size()).isEqualTo(onProjector);
        assertThat(onPhone.stream().distinct()).as("every choice keyed apart").hasSize(shown.size());
        assertThat(projector.locator(".live-choices li").allTextContents())
                .containsExactlyElementsOf(shown.stream()
                        .map(choice -> "ABCD".charAt(shown.indexOf(choice)) + choice)
                        .toList());
    }

    /** The teacher's buttons are on the screen, and the page itself does not scroll. */
    @SuppressWarnings("unchecked")
    private static void controlsInReach(Page projector) {
        Map<String, Object> reach = (Map<String, Object>) projector.evaluate("""
                () => {
                  const buttons = [...document.querySelectorAll('.live-controls vaadin-button')]
                      .filter(b => b.offsetParent !== null);
                  return {
                    pageFits: document.scrollingElement.scrollHeight <= innerHeight,
                    buttons: buttons.length,
                    inView: buttons.every(b => {
                      const r = b.getBoundingClientRect();
                      return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
                    })
                  };
                }""");
        assertThat(reach)
                .as("the teacher's controls at 1366×768")
                .containsEntry("pageFits", true)
                .containsEntry("inView", true);
        assertThat((Integer) reach.get("buttons")).isPositive();
    }

    private static BoundingBox block(Page projector, int place) {
        return projector
                .locator(".live-podium-" + place + " .live-podium-block")
                .boundingBox();
    }
}
