package org.sourcewise.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.SignedIn;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.bank.KeyedQuestion;
import org.sourcewise.bank.QuestionBankService;
import org.sourcewise.bank.QuestionTitles;
import org.sourcewise.practice.PlayerQuestion;
import org.sourcewise.practice.PracticeFixture;
import org.sourcewise.practice.PracticeService;
import org.sourcewise.practice.Response;
import org.sourcewise.quiz.QuizService;
import org.sourcewise.report.ClassResults;
import org.sourcewise.report.QuestionStats;
import org.sourcewise.report.QuizResponses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A teacher's report on a quiz their class took, on the real app context. */
@Tier.Spring
@SourcewiseSpringTest
class ReportViewTest extends SpringBrowserlessTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private ClassResults results;

    @Autowired
    private PracticeService practice;

    @Autowired
    private QuestionBankService bank;

    @Autowired
    private QuizService quizzes;

    private PracticeFixture fixture;

    @BeforeEach
    void aStudentAnswersTwoQuestions() {
        fixture = PracticeFixture.create(context);
        fixture.asStudent();
        long attemptId = practice.startQuiz(fixture.quizId());
        List<PlayerQuestion> questions = practice.attempt(attemptId).questions();
        practice.answer(attemptId, 0, Response.choosing(List.of(0)));
        practice.answer(attemptId, 1, Response.choosing(List.of(1)));
        assertThat(questions).hasSizeGreaterThan(2);
        fixture.asTeacher();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private ReportView open(long classroomId, long quizId) {
        return navigate(
                ReportView.class, Map.of("classroomId", String.valueOf(classroomId), "quizId", String.valueOf(quizId)));
    }

    @Test
    void showsEachQuestionsFacilityFromTheStudentsAnswers() {
        ReportView view = open(fixture.classroomId(), fixture.quizId());

        QuizResponses responses = results.responsesTo(fixture.classroomId(), fixture.quizId());
        List<QuestionStats> stats =
                view.questions.getGenericDataView().getItems().toList();
        assertThat(stats).hasSize(responses.questions().size());
        assertThat(stats.get(0).answered()).isEqualTo(1);
        assertThat(stats.get(0).right())
                .isEqualTo(responses.students().getFirst().responses().get(0).correct() ? 1 : 0);
        assertThat(stats.get(2).facility()).isNull();
        assertThat(view.csv.getText()).isEqualTo("Download the scores as CSV (one row per student)");
    }

    @Test
    void itsTablesWrapLongTextInsteadOfCuttingItOff() {
        ReportView view = open(fixture.classroomId(), fixture.quizId());

        assertThat(view.questions.getThemeNames()).contains("wrap-cell-content");
        assertThat(view.students.getThemeNames()).contains("wrap-cell-content");
    }

    @Test
    void namesEachQuestionByItsKindAndTheFirstWordsOfItsClaim() {
        ReportView view = open(fixture.classroomId(), fixture.quizId());

        KeyedQuestion first = bank.questions(
                        List.of(quizzes.draftOf(fixture.quizId()).questionIds().getFirst()))
                .getFirst();
        assertThat(view.questions
                        .getGenericDataView()
                        .getItems()
                        .toList()
                        .getFirst()
                        .title())
                .isEqualTo(QuestionTitles.of(first))
                .startsWith(QuestionTitles.kind(first) + ": ");
        assertThat(view.answersCsv.getText()).startsWith("Download the answers as CSV");
        assertThat(view.questionsCsv.getText()).isEqualTo("Download the questions and their keys as CSV");
    }

    @Test
    void anotherTeachersReportIsNotShown() {
        PracticeFixture other = PracticeFixture.create(context);
        other.asTeacher();

        open(fixture.classroomId(), fixture.quizId());

        assertThat(find(H1.class).single().getText()).isEqualTo("Report not found");
    }

    @Test
    void aQuizOfAnotherClassIsNotReportedUnderThisOne() {
        PracticeFixture other = PracticeFixture.create(context);
        fixture.asTeacher();

        open(fixture.classroomId(), other.quizId());

        assertThat(find(H1.class).single().getText()).isEqualTo("Report not found");
    }
}
