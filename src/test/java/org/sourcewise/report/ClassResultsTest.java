package org.sourcewise.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sourcewise.SignedIn;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.bank.QuestionBankService;
import org.sourcewise.classroom.ClassroomException;
import org.sourcewise.practice.AttemptState;
import org.sourcewise.practice.PlayerQuestion;
import org.sourcewise.practice.PracticeFixture;
import org.sourcewise.practice.PracticeService;
import org.sourcewise.practice.Response;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.quiz.QuizDraft;
import org.sourcewise.quiz.QuizService;
import org.sourcewise.quiz.QuizSettings;
import org.sourcewise.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** A teacher's class results through the real services, method security and H2, from students' real attempts. */
@Tier.Spring
@Tag("database")
@SourcewiseSpringTest
class ClassResultsTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private PracticeService practice;

    @Autowired
    private ClassResults classResults;

    private PracticeFixture fixture;

    @BeforeEach
    void aClassWithAnAssignedQuiz() {
        fixture = PracticeFixture.create(context);
        fixture.asStudent();
    }

    @Test
    void theTeacherSeesTheLatestScoreOfEveryStudentOfTheirClass() {
        fixture.finishQuiz();
        fixture.joinStudent("late " + fixture.student());
        fixture.asTeacher();

        List<StudentResult> results = classResults.resultsOf(fixture.classroomId());

        assertThat(results).hasSize(2);
        StudentResult done =
                results.stream().filter(r -> r.attemptId() != null).findFirst().orElseThrow();
        assertThat(done.finishedAt()).isNotNull();
        assertThat(done.answered()).isEqualTo(done.questions());
        assertThat(results)
                .filteredOn(r -> r.attemptId() == null)
                .singleElement()
                .extracting(StudentResult::right)
                .isEqualTo(0);
    }

    @Test
    void anotherTeacherCannotReadTheClassResults() {
        PracticeFixture other = PracticeFixture.create(context);
        other.asTeacher();

        assertThatThrownBy(() -> classResults.resultsOf(fixture.classroomId())).isInstanceOf(ClassroomException.class);
    }

    @Test
    void aStudentCannotReadClassResults() {
        assertThatThrownBy(() -> classResults.resultsOf(fixture.classroomId()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void aReportPutsEachAnswerUnderItsQuestionWhenTheAttemptAskedThemShuffled() {
        fixture.asTeacher();
        QuizService quizzes = context.getBean(QuizService.class);
        List<Long> ids = quizzes.draftOf(fixture.quizId()).questionIds();
        long shuffled =
                quizzes.create(new QuizDraft("Shuffled", ids, new QuizSettings(true, false, false, null, null)));
        quizzes.assign(shuffled, fixture.classroomId());
        fixture.asStudent();
        long attemptId = practice.startQuiz(shuffled);
        AttemptState attempt = practice.attempt(attemptId);
        List<PlayerQuestion> asked = attempt.questions();
        // The first position whose question the quiz holds elsewhere: where a report by position would go wrong.
        PlayerQuestion moved = asked.stream()
                .filter(q -> !q.stem().equals(stemInQuiz(ids, q.position())))
                .findFirst()
                .orElseThrow();
        practice.answer(
                attemptId,
                moved.position(),
                Response.choosing(
                        moved.type() == QuestionType.TIME_ORDER
                                ? IntStream.range(0, moved.choices().size())
                                        .boxed()
                                        .toList()
                                : List.of(0)));

        fixture.asTeacher();
        QuizResponses responses = classResults.responsesTo(fixture.classroomId(), shuffled);

        List<QuizResponses.Response> given = responses.students().getFirst().responses();
        int inQuiz = IntStream.range(0, ids.size())
                .filter(i -> stemInQuiz(ids, i).equals(moved.stem()))
                .findFirst()
                .orElseThrow();
        assertThat(given.get(inQuiz)).isNotNull().satisfies(response -> {
            assertThat(response.answeredAt()).isNotNull();
            assertThat(response.spent()).isNotNull().isGreaterThanOrEqualTo(Duration.ZERO);
        });
        assertThat(given.stream().filter(Objects::nonNull)).hasSize(1);
        assertThat(responses.questions().get(inQuiz).title()).isNotBlank().isNotEqualTo(moved.stem());
    }

    private String stemInQuiz(List<Long> ids, int position) {
        SignedIn.as(fixture.teacher(), Roles.TEACHER);
        try {
            return context.getBean(QuestionBankService.class)
                    .questions(List.of(ids.get(position)))
                    .getFirst()
                    .stem();
        } finally {
            fixture.asStudent();
        }
    }
}
