package org.sourcewise.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.practice.PracticeFixture;
import org.sourcewise.practice.PracticeService;
import org.sourcewise.quiz.QuizSettings;
import org.sourcewise.testdata.OwnQuestions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The player with a teacher's own questions of several kinds, all on one page, feedback at the end. */
@Tier.Spring
@SourcewiseSpringTest
class PlayerFormatsTest extends SpringBrowserlessTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private PracticeService practice;

    private long attemptId;

    @BeforeEach
    void aQuizOfOwnQuestionsAllOnOnePageWithFeedbackAtTheEnd() {
        PracticeFixture fixture = PracticeFixture.create(context);
        fixture.asTeacher();
        List<Long> ids = List.of(
                own(fixture, "Who presented the budget? {=Philpott =Jane Philpott}"),
                own(fixture, "Which were quoted? {~%50%Philpott ~%50%Morneau ~%-100%Nobody}"),
                own(fixture, "Match the people. {=Philpott -> minister =Morneau -> finance}"));
        long quizId = fixture.quiz(ids)
                .titled("Own kinds")
                .settings(new QuizSettings(false, true, true, null, null))
                .create();
        fixture.asStudent();
        attemptId = practice.startQuiz(quizId);
    }

    private long own(PracticeFixture fixture, String gift) {
        return OwnQuestions.write(context, fixture.articleId(), gift).id();
    }

    @SuppressWarnings("unchecked")
    @Test
    void everyQuestionIsOnOnePageAndNoKeyShowsBeforeTheLastAnswer() {
        PlayerView view = navigate(PlayerView.class, attemptId);
        List<QuestionCard> cards = find(QuestionCard.class).all();
        assertThat(cards).hasSize(3);

        test((TextField) cards.get(0).input.field()).setValue("  jane philpott ");
        test(cards.get(0).check).click();
        assertThat(cards.get(0).feedback.getElement().getTextRecursively())
                .contains("Your answer is saved")
                .doesNotContain("Right.");

        CheckboxGroup<Integer> ticks =
                (CheckboxGroup<Integer>) cards.get(1).input.field();
        test(ticks).selectItems("Philpott", "Morneau");
        test(cards.get(1).check).click();
        assertThat(cards.get(1).feedback.getElement().getTextRecursively()).doesNotContain("Right.");

        List<Select<Integer>> matches =
                find(Select.class).all().stream().map(s -> (Select<Integer>) s).toList();
        test(matches.get(0)).selectItem("minister");
        test(matches.get(1)).selectItem("minister");
        test(cards.get(2).check).click();

        assertThat(practice.attempt(attemptId).finished()).isTrue();
        test(view.next).click();
        assertThat(view.getElement().getTextRecursively())
                .contains("You got 2 of 3 right")
                .contains("The right answer: Philpott \u2192 minister; Morneau \u2192 finance");
    }
}
