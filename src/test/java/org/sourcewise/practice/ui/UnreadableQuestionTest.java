package org.sourcewise.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.practice.PracticeFixture;
import org.sourcewise.practice.PracticeService;
import org.sourcewise.practice.Response;
import org.sourcewise.testdata.OwnQuestions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A question stored before a rule it breaks came in (here an HTML text that is empty once its markup goes, which
 * once gave "Something went wrong" on every reload) never locks a student's attempt: it is passed with a message.
 */
@Tier.Spring
@SourcewiseSpringTest
class UnreadableQuestionTest extends SpringBrowserlessTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private PracticeService practice;

    @Autowired
    private JdbcTemplate jdbc;

    private PracticeFixture fixture;
    private List<Long> ids;
    private Map<String, Object> asStored;

    @BeforeEach
    void aQuizWhoseMiddleQuestionWasStoredWithAnEmptyHtmlText() {
        fixture = PracticeFixture.create(context);
        fixture.asTeacher();
        ids = List.of(
                own("Who presented the budget? {=Philpott}"),
                own("Placeholder {=a ~b}"),
                own("Who is the finance minister? {=Morneau}"));
    }

    /** As the dialog stored it before the parser refused it. */
    private void breakTheMiddleQuestion() {
        asStored = jdbc.queryForMap("select gift, stem from bank_question where id = ?", ids.get(1));
        jdbc.update("update bank_question set gift = ?, stem = '' where id = ?", "[html]<p></p> {=a ~b}\n", ids.get(1));
    }

    /** A question that no longer reads would stop any later test that lists every question of the shared context. */
    @AfterEach
    void mendTheMiddleQuestion() {
        if (asStored != null) {
            jdbc.update(
                    "update bank_question set gift = ?, stem = ? where id = ?",
                    asStored.get("gift"),
                    asStored.get("stem"),
                    ids.get(1));
        }
    }

    private long own(String gift) {
        return OwnQuestions.write(context, fixture.articleId(), gift).id();
    }

    private long attemptAt(List<Long> questions) {
        fixture.asTeacher();
        long quizId = fixture.quiz(questions).titled("With a broken question").create();
        fixture.asStudent();
        return practice.startQuiz(quizId);
    }

    @Test
    void theStudentIsToldTheQuestionIsLeftOutAndFinishesTheOthers() {
        long attemptId = attemptAt(ids);
        breakTheMiddleQuestion();
        PlayerView view = navigate(PlayerView.class, attemptId);

        assertThat(view.getElement().getTextRecursively()).contains("One question of this quiz cannot be shown");
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("Question 1 of 2");
        test((TextField) view.current.input.field()).setValue("Philpott");
        test(view.current.check).click();
        test(view.next).click();

        assertThat(find(H2.class).all()).extracting(H2::getText).contains("Question 2 of 2");
        test((TextField) view.current.input.field()).setValue("Morneau");
        test(view.current.check).click();

        assertThat(practice.attempt(attemptId).finished()).isTrue();
        test(view.next).click();
        assertThat(view.getElement().getTextRecursively()).contains("You got 2 of 2 right");
    }

    @Test
    void anAttemptWhoseOnlyQuestionLeftCannotBeShownIsFinishedWhenOpened() {
        long attemptId = attemptAt(List.of(ids.get(0), ids.get(1)));
        practice.answer(attemptId, 0, Response.typing("Philpott"));
        breakTheMiddleQuestion();

        navigate(PlayerView.class, attemptId);

        assertThat(practice.attempt(attemptId).finished()).isTrue();
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("You got 1 of 1 right");
    }
}
