package org.sourcewise.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sourcewise.SignedIn;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.bank.QuestionBankService;
import org.sourcewise.classroom.ClassroomException;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.quiz.QuizDraft;
import org.sourcewise.quiz.QuizException;
import org.sourcewise.quiz.QuizService;
import org.sourcewise.quiz.QuizSettings;
import org.sourcewise.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Taking quizzes through the real services, method security and H2: answers saved, keys shown only after. */
@Tier.Spring
@Tag("database")
@SourcewiseSpringTest
class PracticeServiceTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private PracticeService practice;

    @Autowired
    private AttemptAnswerRepository answers;

    private PracticeFixture fixture;

    @BeforeEach
    void aClassWithAnAssignedQuiz() {
        fixture = PracticeFixture.create(context);
        fixture.asStudent();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private static int wrongChoice(Marking marking, int choices) {
        return IntStream.range(0, choices)
                .filter(i -> !List.of(i).equals(marking.answer()))
                .findFirst()
                .orElseThrow();
    }

    /** Answers every question with its first choice (in the given order, for an ordering question). */
    private long finishAttempt() {
        long attemptId = practice.startQuiz(fixture.quizId());
        for (PlayerQuestion question : practice.attempt(attemptId).questions()) {
            List<Integer> response = question.type() == QuestionType.TIME_ORDER
                    ? IntStream.range(0, question.choices().size()).boxed().toList()
                    : List.of(0);
            Marking marking = practice.answer(attemptId, question.position(), Response.choosing(response));
            assertThat(marking.response().chosen()).isEqualTo(response);
        }
        return attemptId;
    }

    @Test
    void noAnswerKeyIsShownBeforeTheQuestionIsAnswered() {
        long attemptId = practice.startQuiz(fixture.quizId());

        AttemptState attempt = practice.attempt(attemptId);

        assertThat(attempt.questions()).hasSizeGreaterThanOrEqualTo(10).noneMatch(PlayerQuestion::answered);
    }

    @Test
    void anAnswerIsSavedWhenGivenAndItsKeyShownFromThenOn() {
        long attemptId = practice.startQuiz(fixture.quizId());
        PlayerQuestion first = practice.attempt(attemptId).questions().getFirst();

        Marking marking = practice.answer(attemptId, 0, responseFor(first, 0));

        assertThat(answers.findByKeyAttemptIdOrderByKeyPosition(attemptId)).hasSize(1);
        PlayerQuestion after = practice.attempt(attemptId).questions().getFirst();
        assertThat(after.marking()).isEqualTo(marking);
        assertThat(practice.attempt(attemptId).questions().get(1).answered()).isFalse();
    }

    @Test
    void aWrongAnswerIsMarkedWrongAndTheRightOneIsGiven() {
        long attemptId = practice.startQuiz(fixture.quizId());
        PlayerQuestion who = practice.attempt(attemptId).questions().stream()
                .filter(q -> q.type() != QuestionType.TIME_ORDER)
                .findFirst()
                .orElseThrow();
        Marking probe = practice.answer(attemptId, who.position(), Response.choosing(List.of(0)));
        long second = startFresh();
        int wrong = wrongChoice(probe, who.choices().size());

        Marking marking = practice.answer(second, who.position(), Response.choosing(List.of(wrong)));

        assertThat(marking.correct()).isFalse();
        assertThat(marking.answer()).isEqualTo(probe.answer()).isNotEqualTo(List.of(wrong));
        assertThat(marking.evidence()).isNotEmpty();
    }

    @Test
    void aSecondAnswerToTheSameQuestionIsRefusedAndTheFirstKept() {
        long attemptId = practice.startQuiz(fixture.quizId());
        PlayerQuestion first = practice.attempt(attemptId).questions().getFirst();
        practice.answer(attemptId, 0, responseFor(first, 0));

        assertThatThrownBy(() -> practice.answer(attemptId, 0, responseFor(first, 1)))
                .isInstanceOf(PracticeException.class)
                .hasMessageContaining("already answered");
        assertThat(practice.attempt(attemptId).questions().getFirst().marking().response())
                .isEqualTo(responseFor(first, 0));
    }

    @Test
    void anAnswerThatIsNoChoiceIsRefusedAndNothingSaved() {
        long attemptId = practice.startQuiz(fixture.quizId());

        assertThatThrownBy(() -> practice.answer(attemptId, 0, Response.choosing(List.of(99))))
                .isInstanceOf(PracticeException.class);
        assertThatThrownBy(() -> practice.answer(attemptId, 0, Response.choosing(List.of())))
                .isInstanceOf(PracticeException.class);
        assertThat(answers.findByKeyAttemptIdOrderByKeyPosition(attemptId)).isEmpty();
    }

    @Test
    void startingAgainResumesTheUnfinishedAttempt() {
        long attemptId = practice.startQuiz(fixture.quizId());
        practice.answer(
                attemptId,
                0,
                responseFor(practice.attempt(attemptId).questions().getFirst(), 0));

        assertThat(practice.startQuiz(fixture.quizId())).isEqualTo(attemptId);
        assertThat(practice.attempt(attemptId).answeredCount()).isEqualTo(1);
    }

    @Test
    void theLastAnswerFinishesTheAttemptAndTheHistoryShowsItsScoreAndSkills() {
        long attemptId = finishAttempt();

        AttemptState done = practice.attempt(attemptId);
        assertThat(done.finished()).isTrue();
        AttemptSummary summary = practice.myHistory().getFirst();
        assertThat(summary.id()).isEqualTo(attemptId);
        assertThat(summary.finished()).isTrue();
        assertThat(summary.right()).isEqualTo((int) done.rightAnswers());
        assertThat(summary.answered()).isEqualTo(done.questions().size());
        assertThat(summary.skills()).extracting(SkillScore::skill).contains(Skill.WHO_SAID, Skill.WHEN, Skill.SOURCING);
        assertThat(summary.skills().stream().mapToInt(SkillScore::answered).sum())
                .isEqualTo(done.questions().size());
        assertThatThrownBy(() -> practice.answer(attemptId, 0, Response.choosing(List.of(0))))
                .isInstanceOf(PracticeException.class);
    }

    @Test
    void aStudentCannotOpenOrAnswerAnotherStudentsAttempt() {
        long attemptId = practice.startQuiz(fixture.quizId());
        String other = fixture.joinStudent("other " + fixture.student());
        SignedIn.as(other, Roles.STUDENT);

        assertThatThrownBy(() -> practice.attempt(attemptId)).isInstanceOf(PracticeException.class);
        assertThatThrownBy(() -> practice.answer(attemptId, 0, Response.choosing(List.of(0))))
                .isInstanceOf(PracticeException.class);
        assertThat(practice.myHistory()).isEmpty();
    }

    @Test
    void aStudentCannotStartAQuizOfAClassTheyAreNotIn() {
        PracticeFixture otherClass = PracticeFixture.create(context);
        fixture.asStudent();

        assertThatThrownBy(() -> practice.startQuiz(otherClass.quizId())).isInstanceOf(QuizException.class);
    }

    @Test
    void theTeacherSeesTheLatestScoreOfEveryStudentOfTheirClass() {
        finishAttempt();
        fixture.joinStudent("late " + fixture.student());
        fixture.asTeacher();

        List<StudentResult> results = practice.resultsOf(fixture.classroomId());

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

        assertThatThrownBy(() -> practice.resultsOf(fixture.classroomId())).isInstanceOf(ClassroomException.class);
    }

    @Test
    void aStudentCannotReadClassResults() {
        assertThatThrownBy(() -> practice.resultsOf(fixture.classroomId()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private static Response responseFor(PlayerQuestion question, int choice) {
        return Response.choosing(
                question.type() == QuestionType.TIME_ORDER
                        ? IntStream.range(0, question.choices().size())
                                .map(i -> (i + choice) % question.choices().size())
                                .boxed()
                                .toList()
                        : List.of(choice));
    }

    /** Finishes the current attempt, so that the next start is a fresh one. */
    private long startFresh() {
        long current = practice.startQuiz(fixture.quizId());
        for (PlayerQuestion question : practice.attempt(current).questions()) {
            if (!question.answered()) {
                practice.answer(current, question.position(), responseFor(question, 0));
            }
        }
        return practice.startQuiz(fixture.quizId());
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
        QuizResponses responses = practice.responsesTo(fixture.classroomId(), shuffled);

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
