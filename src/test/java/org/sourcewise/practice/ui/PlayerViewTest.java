package org.sourcewise.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.dom.Element;
import java.util.List;
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
import org.sourcewise.practice.PracticeFixture;
import org.sourcewise.practice.PracticeService;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The quiz player on the real app context, answered as a student would. */
@Tier.Spring
@SourcewiseSpringTest
class PlayerViewTest extends SpringBrowserlessTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private PracticeService practice;

    private PracticeFixture fixture;
    private long attemptId;

    @BeforeEach
    void aStudentStartsTheAssignedQuiz() {
        fixture = PracticeFixture.create(context);
        fixture.asStudent();
        attemptId = practice.startQuiz(fixture.quizId());
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private List<Element> marks(PlayerView view) {
        return view.getElement()
                .getChildren()
                .flatMap(PlayerViewTest::descendants)
                .filter(e -> !e.isTextNode() && "mark".equals(e.getTag()))
                .toList();
    }

    private static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(PlayerViewTest::descendants));
    }

    private void answerCurrent(PlayerView view, int choice) {
        if (view.current.input.field() instanceof RadioButtonGroup<?> choices) {
            @SuppressWarnings("unchecked")
            RadioButtonGroup<Integer> group = (RadioButtonGroup<Integer>) choices;
            test(group).selectItem(group.getItemLabelGenerator().apply(choice));
        }
        test(view.current.check).click();
    }

    @Test
    void showsTheFirstQuestionWithNothingMarkedInTheArticle() {
        PlayerView view = navigate(PlayerView.class, attemptId);

        assertThat(find(H2.class).all())
                .extracting(H2::getText)
                .contains("Question 1 of "
                        + practice.attempt(attemptId).questions().size());
        assertThat(marks(view)).isEmpty();
        assertThat(view.progressText.getText()).startsWith("0 of ");
    }

    @Test
    void aWrongAnswerSaysSoNamesTheRightAnswerAndMarksTheEvidence() {
        PlayerView view = navigate(PlayerView.class, attemptId);
        KeyedQuestion key = firstKey();
        int wrong = IntStream.range(0, key.choices().size())
                .filter(i -> !List.of(i).equals(key.answer()))
                .findFirst()
                .orElseThrow();

        answerCurrent(view, wrong);

        assertThat(view.current.feedback.getElement().getTextRecursively())
                .startsWith("Not quite.")
                .contains("Your answer: " + key.choices().get(wrong))
                .contains("The right answer: " + key.choices().get(key.answer().getFirst()));
        assertThat(marks(view)).isNotEmpty();
        assertThat(view.progressText.getText()).startsWith("1 of ");
        assertThat(view.next.getText()).isEqualTo("Next question");
    }

    @Test
    void aRightAnswerSaysSoWithATextNotOnlyAColour() {
        PlayerView view = navigate(PlayerView.class, attemptId);

        answerCurrent(view, firstKey().answer().getFirst());

        assertThat(view.current.feedback.getElement().getTextRecursively()).startsWith("Right.");
        assertThat(view.current.feedback.getElement().getTextRecursively()).doesNotContain("The right answer");
    }

    @Test
    void openingTheAttemptAgainResumesAtTheFirstUnansweredQuestion() {
        PlayerView view = navigate(PlayerView.class, attemptId);
        answerCurrent(view, 0);

        navigate(PlayerView.class, attemptId);

        assertThat(find(H2.class).all())
                .extracting(H2::getText)
                .contains("Question 2 of "
                        + practice.attempt(attemptId).questions().size());
    }

    @Test
    void anotherStudentsAttemptIsNotShown() {
        fixture.joinStudent("nosy " + fixture.student());
        SignedIn.as("nosy " + fixture.student(), Roles.STUDENT);

        navigate(PlayerView.class, attemptId);

        assertThat(find(H1.class).single().getText()).isEqualTo("Quiz not found");
    }

    /** The first question's key, read as the teacher, since the attempt asks the bank's questions in order. */
    private KeyedQuestion firstKey() {
        fixture.asTeacher();
        KeyedQuestion key = context.getBean(QuestionBankService.class)
                .questionsOf(fixture.articleId())
                .getFirst();
        fixture.asStudent();
        assertThat(key.type()).isNotEqualTo(QuestionType.TIME_ORDER);
        return key;
    }
}
