package org.sourcewise.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sourcewise.SignedIn;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.questions.Skill;
import org.sourcewise.quiz.QuizException;
import org.sourcewise.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

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
        long attemptId = fixture.finishQuiz();

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
}
