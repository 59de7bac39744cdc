package org.sourcewise.live.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.SignedIn;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.bank.KeyedQuestion;
import org.sourcewise.bank.QuestionBankService;
import org.sourcewise.live.LiveSeats;
import org.sourcewise.live.LiveService;
import org.sourcewise.practice.PracticeFixture;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.quiz.QuizDraft;
import org.sourcewise.quiz.QuizService;
import org.sourcewise.quiz.QuizSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The live views on the real app context: joining, the phone across a reload, its keyed answers, focus and verdict,
 * the teacher's controls, the podium and results, and a quiz run live from the class page without being assigned.
 */
@Tier.Spring
@SourcewiseSpringTest
class LiveViewsTest extends SpringBrowserlessTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private LiveService live;

    @Autowired
    private LiveSeats seats;

    private PracticeFixture fixture;
    private long sessionId;
    private String code;

    @BeforeEach
    void aRunningSession() {
        fixture = PracticeFixture.create(context);
        fixture.asTeacher();
        sessionId = live.start(fixture.classroomId(), fixture.quizId(), 60);
        code = live.follow(sessionId).screen().joinCode();
        SignedIn.nobody();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void aWrongCodeIsSaidAndNothingIsJoined() {
        LiveJoinView view = navigate(LiveJoinView.class);
        test(view.code).setValue("WRONG2");
        test(view.nickname).setValue("Kim");
        test(view.join).click();
        assertThat(view.message.getText())
                .isEqualTo("There is no live session with this code. Check the code on the projector.");
        assertThat(view.nickname.getMaxLength())
                .as("never cuts a name of 20 characters, emoji included")
                .isEqualTo(41);
    }

    @Test
    void thePhoneInTheLobbyHoldsItsAnswerButtonsHiddenSoThatTheFirstQuestionSendsOnlyWords() {
        joinAs("Kim");
        LivePlayView phone = navigate(LivePlayView.class);

        assertThat(phone.heading.getText()).isEqualTo("You're in!");
        assertThat(LivePlayView.displayed(phone.answers)).isFalse();
        assertThat(phone.answers.isVisible())
                .as("an invisible component's children would reach the phone only with the first question")
                .isTrue();
        assertThat(find(Button.class).withClassName("live-answer").all()).hasSize(4);
    }

    @Test
    void aNicknameJoinsTheSeatSurvivesAReloadAndAnAnswerLocksIn() {
        LiveJoinView join = navigate(LiveJoinView.class);
        test(join.code).setValue(code);
        test(join.nickname).setValue("<script>x</script>");
        test(join.join).click();
        LivePlayView phone = (LivePlayView) getCurrentView();
        assertThat(phone.heading.getText()).isEqualTo("You're in!");
        assertThat(phone.score.getText()).isEqualTo("<script>x</script> · 0 points");

        fixture.asTeacher();
        live.next(sessionId);
        SignedIn.nobody();
        phone = navigate(LivePlayView.class);
        assertThat(phone.heading.getText()).startsWith("Question 1 of ");
        Button first = find(Button.class).withId("answer-0").single();
        test(first).click();
        assertThat(phone.detail.getText()).startsWith("Answer locked in: A. ");
        assertThat(LivePlayView.displayed(phone.answers)).isFalse();

        // Back on the join page without a code, the browser is sent to its seat.
        assertThat(navigate("live", LivePlayView.class).heading.getText()).startsWith("Question 1 of ");
    }

    @Test
    void theTeacherMovesTheSessionOnFromTheirScreen() {
        fixture.asTeacher();
        HostView host = navigate(HostView.class, Map.of("sessionId", String.valueOf(sessionId)));
        assertThat(host.next.getText()).isEqualTo("Start question 1");
        test(host.next).click();
        assertThat(host.next.getText()).isEqualTo("Close answers");
        assertThat(host.answered.getText()).isEqualTo("0 of 0 answered");
        test(host.next).click();
        assertThat(host.next.getText()).isEqualTo("Show the answer");
    }

    @Test
    void aStudentJoiningUpdatesTheLobbysCountAndNamesWithoutRedrawingItsQrCode() throws InterruptedException {
        fixture.asTeacher();
        HostView host = navigate(HostView.class, Map.of("sessionId", String.valueOf(sessionId)));
        Image qr = find(Image.class).withClassName("live-qr").single();
        assertThat(find(H2.class).withText("0 joined").exists()).isTrue();

        seats.joinWithNickname(code, "Ana", "10.2.0.1");
        seats.joinWithNickname(code, "Ben", "10.2.0.1");
        runPushedRefreshesUntil(() -> find(H2.class).withText("2 joined").exists());

        assertThat(find(Div.class)
                        .withClassName("live-names")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("AnaBen");
        assertThat(find(Image.class).withClassName("live-qr").single()).isSameAs(qr);
        assertThat(qr.getParent()).contains(host.stage);
    }

    /**
     * A join made elsewhere reaches the screen as a task queued for its UI from the broadcaster's thread; the tasks
     * queued so far run when the session's lock is released, as after a request.
     */
    private void runPushedRefreshesUntil(BooleanSupplier done) throws InterruptedException {
        VaadinSession session = VaadinSession.getCurrent();
        for (int tries = 0; tries < 250 && !done.getAsBoolean(); tries++) {
            session.unlock();
            Thread.sleep(20);
            session.lock();
        }
        assertThat(done.getAsBoolean()).as("the pushed refresh came").isTrue();
    }

    @Test
    void anotherTeacherFindsNoSuchSession() {
        PracticeFixture.create(context).asTeacher();
        navigate(HostView.class, Map.of("sessionId", String.valueOf(sessionId)));
        assertThat(find(H1.class).single().getText()).isEqualTo("Live session not found");
    }

    @Test
    void eachAnswerOnThePhoneHasTheProjectorsKeyAndTheFirstTakesTheFocus() {
        fixture.asTeacher();
        live.next(sessionId);
        List<String> choices = live.follow(sessionId).screen().question().choices();
        navigate(HostView.class, Map.of("sessionId", String.valueOf(sessionId)));
        for (int i = 0; i < choices.size(); i++) {
            ListItem onProjector =
                    find(ListItem.class).withClassName(Choices.keyClass(i)).single();
            assertThat(keyOf(onProjector)).isEqualTo(Choices.letter(i));
            assertThat(onProjector.getElement().getTextRecursively()).endsWith(choices.get(i));
        }

        SignedIn.nobody();
        joinAs("Kim");
        LivePlayView phone = navigate(LivePlayView.class);
        List<Button> buttons = find(Button.class).withClassName("live-answer").all().stream()
                .filter(LivePlayView::displayed)
                .toList();
        assertThat(buttons).hasSize(choices.size());
        for (int i = 0; i < choices.size(); i++) {
            Button button = buttons.get(i);
            String key = Choices.keyClass(i);
            assertThat(button.getClassNames()).contains(key);
            assertThat(button.getPrefixComponent().getClassNames()).contains("live-key", key);
            assertThat(keyOf(button.getPrefixComponent())).isEqualTo(Choices.letter(i));
            assertThat(button.getAriaLabel()).contains(Choices.letter(i) + ". " + choices.get(i));
            assertThat(button.getElement().getTextRecursively()).contains(choices.get(i));
        }
        assertThat(focusAskedFor(buttons.getFirst())).isTrue();
        assertThat(LivePlayView.displayed(phone.evidence)).isFalse();
    }

    @Test
    void afterTheAnswerIsShownThePhoneSaysRightOrWrongWithThePointsAndTheEvidence() {
        fixture.asTeacher();
        List<KeyedQuestion> played =
                context.getBean(QuestionBankService.class).questionsOf(fixture.articleId()).stream()
                        .filter(q -> q.reachesStudents() && q.type() != QuestionType.TIME_ORDER)
                        .toList();
        SignedIn.nobody();
        joinAs("Kim");

        fixture.asTeacher();
        live.next(sessionId);
        SignedIn.nobody();
        navigate(LivePlayView.class);
        int right = played.getFirst().answer().getFirst();
        test(find(Button.class).withId("answer-" + right).single()).click();
        // A right answer's 1000 points would tell a neighbour the key while the question is still open.
        assertThat(((LivePlayView) getCurrentView()).score.getText()).isEqualTo("Kim · 0 points");
        fixture.asTeacher();
        live.next(sessionId);
        live.next(sessionId);
        String evidence = live.follow(sessionId).screen().reveal().evidence();
        SignedIn.nobody();
        LivePlayView phone = navigate(LivePlayView.class);
        assertThat(phone.heading.getClassNames()).contains("live-verdict", "right");
        assertThat(phone.heading.getText()).matches("Right! \\+\\d+ points");
        assertThat(phone.score.getText())
                .isEqualTo("Kim · " + phone.heading.getText().replaceAll("\\D", "") + " points");
        assertThat(LivePlayView.displayed(phone.evidence)).isTrue();
        assertThat(phone.evidenceText.getText()).isEqualTo(evidence).isNotBlank();

        fixture.asTeacher();
        live.next(sessionId);
        live.next(sessionId);
        SignedIn.nobody();
        navigate(LivePlayView.class);
        KeyedQuestion second = played.get(1);
        int wrong = (second.answer().getFirst() + 1) % second.choices().size();
        test(find(Button.class).withId("answer-" + wrong).single()).click();
        fixture.asTeacher();
        live.next(sessionId);
        live.next(sessionId);
        SignedIn.nobody();
        phone = navigate(LivePlayView.class);
        assertThat(phone.heading.getClassNames()).contains("live-verdict", "wrong");
        assertThat(phone.heading.getText())
                .isEqualTo("Not this time. The answer: "
                        + Choices.named(
                                second.answer().getFirst(),
                                second.choices().get(second.answer().getFirst())));
        assertThat(phone.detail.getText())
                .isEqualTo(
                        "Your answer: " + Choices.named(wrong, second.choices().get(wrong)) + " · 0 points");
    }

    @Test
    void theProjectorShowsTheEvidenceAsWrittenAPodiumOfBlocksAndResultsOutOfTheQuestionsPlayed() {
        fixture.asTeacher();
        List<KeyedQuestion> played = playedQuestions();
        int questions = live.follow(sessionId).screen().questionCount();
        assertThat(questions).isGreaterThanOrEqualTo(3);
        List<String> tokens = Stream.of("Ana", "Ben", "Cy", "Dee")
                .map(name -> seats.joinWithNickname(code, name, "10.2.0.1"))
                .toList();
        for (int n = 1; n <= questions; n++) {
            live.next(sessionId);
            // Right answers: Ana to every question, Ben to all but the last, Cy to the first; Dee gives none.
            int right = played.get(n - 1).answer().getFirst();
            seats.answer(tokens.get(0), n, right);
            if (n < questions) {
                seats.answer(tokens.get(1), n, right);
            }
            if (n == 1) {
                seats.answer(tokens.get(2), n, right);
            }
            live.next(sessionId);
            live.next(sessionId);
            if (n == 1) {
                HostView host = navigate(HostView.class, Map.of("sessionId", String.valueOf(sessionId)));
                Paragraph quote = find(Paragraph.class)
                        .withClassName("live-evidence-text")
                        .single();
                assertThat(quote.getText())
                        .isEqualTo(live.follow(sessionId).screen().reveal().evidence());
                assertThat(host.stage.getElement().getTextRecursively())
                        .doesNotContain("““")
                        .doesNotContain("””");
            }
            live.next(sessionId);
        }
        live.next(sessionId);
        HostView host = navigate(HostView.class, Map.of("sessionId", String.valueOf(sessionId)));
        List<ListItem> podium =
                find(ListItem.class).withClassName("live-podium-1").all();
        assertThat(podium).hasSize(1);
        for (int place = 1; place <= 3; place++) {
            ListItem step =
                    find(ListItem.class).withClassName("live-podium-" + place).single();
            Div block = (Div) step.getChildren().findFirst().orElseThrow();
            assertThat(block.getClassNames()).contains("live-podium-block");
            assertThat(block.getElement().getTextRecursively()).contains(Choices.ordinal(place), " points");
        }
        assertThat(find(ListItem.class).withClassName("live-podium-4").exists()).isFalse();
        assertThat(host.next.isVisible()).isFalse();
        assertThat(host.end.isVisible()).isTrue();
        assertThat(host.end
                        .getParent()
                        .flatMap(Component::getParent)
                        .orElseThrow()
                        .getClassNames())
                .contains("live-controls");

        test(host.end).click();
        // In a browser the page reloads itself to show the results; here the test opens it again.
        navigate("classes", Component.class);
        navigate(HostView.class, Map.of("sessionId", String.valueOf(sessionId)));
        @SuppressWarnings("unchecked")
        Grid<Object> results = find(Grid.class).single();
        var grid = test(results);
        int rightColumn = results.getColumns().indexOf(results.getColumnByKey("right"));
        List<String> right = IntStream.range(0, grid.size())
                .mapToObj(row -> grid.getCellText(row, rightColumn))
                .toList();
        assertThat(right).allMatch(cell -> cell.matches("\\d+ of " + questions + " questions"));
    }

    @Test
    void aTeacherRunsAQuizOfTheirsThatIsNotAssignedFromTheClassPage() {
        fixture.asTeacher();
        QuizService quizzes = context.getBean(QuizService.class);
        quizzes.create(new QuizDraft(
                "Revision round", quizzes.draftOf(fixture.quizId()).questionIds(), QuizSettings.DEFAULT));
        navigate("classes/" + fixture.classroomId(), Component.class);
        @SuppressWarnings("unchecked")
        ComboBox<Object> quiz = find(ComboBox.class)
                .withCaption("Or assign one of your quizzes")
                .single();
        test(quiz)
                .selectItem(test(quiz).getSuggestions().stream()
                        .filter(label -> label.startsWith("Revision round"))
                        .findFirst()
                        .orElseThrow());
        test(find(Button.class).withText("Run it live").single()).click();

        LiveStartView start = (LiveStartView) getCurrentView();
        assertThat(start.plan.getText()).startsWith("“Revision round” with Class ");
        assertThat(start.counting.getText())
                .contains("is not assigned to")
                .contains("do not appear in the class's reports");
        test(start.start).click();
        assertThat(getCurrentView()).isInstanceOf(HostView.class);
    }

    @Test
    void theStartPageSaysWhenAnswersCountInTheClasssReports() {
        fixture.asTeacher();
        LiveStartView start = navigate(
                LiveStartView.class,
                Map.of(
                        "classroomId",
                        String.valueOf(fixture.classroomId()),
                        "quizId",
                        String.valueOf(fixture.quizId())));
        assertThat(start.counting.getText()).startsWith("Signed-in students' answers also count");
        assertThat(start.start.isEnabled()).isTrue();
    }

    /** The quiz's questions a live session plays, in its order; their choices are played as stored. */
    private List<KeyedQuestion> playedQuestions() {
        return context.getBean(QuestionBankService.class).questionsOf(fixture.articleId()).stream()
                .filter(q -> q.reachesStudents() && q.type() != QuestionType.TIME_ORDER)
                .toList();
    }

    private void joinAs(String nickname) {
        LiveJoinView join = navigate(LiveJoinView.class);
        test(join.code).setValue(code);
        test(join.nickname).setValue(nickname);
        test(join.join).click();
    }

    /** The letter on a choice's badge. */
    private static String keyOf(Component keyed) {
        Component key = keyed.getClassNames().contains("live-key")
                ? keyed
                : keyed.getChildren()
                        .filter(c -> c.getClassNames().contains("live-key"))
                        .findFirst()
                        .orElseThrow();
        return key.getChildren()
                .filter(Span.class::isInstance)
                .map(c -> ((Span) c).getText())
                .collect(Collectors.joining());
    }

    /** Whether the view asked the browser to focus this component since the last round trip. */
    private static boolean focusAskedFor(Component component) {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .anyMatch(invocation ->
                        invocation.getOwner() == component.getElement().getNode()
                                && invocation.getInvocation().getExpression().contains("focus"));
    }
}
