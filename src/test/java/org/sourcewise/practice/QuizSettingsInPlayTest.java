package org.sourcewise.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sourcewise.SignedIn;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.bank.KeyedQuestion;
import org.sourcewise.bank.QuestionBankService;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.quiz.QuizDraft;
import org.sourcewise.quiz.QuizService;
import org.sourcewise.quiz.QuizSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A quiz's settings as a student meets them: attempts allowed, due date, feedback at the end, shuffling. */
@Tier.Spring
@Tag("database")
@SourcewiseSpringTest
class QuizSettingsInPlayTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private PracticeService practice;

    @Autowired
    private QuizService quizzes;

    @Autowired
    private QuestionBankService bank;

    private PracticeFixture fixture;

    @BeforeEach
    void aClass() {
        fixture = PracticeFixture.create(context);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    /** A quiz of the fixture article's first three one-choice questions, assigned; the student signed in. */
    private long quizWith(QuizSettings settings) {
        fixture.asTeacher();
        List<Long> ids = bank.questionsOf(fixture.articleId()).stream()
                .filter(q -> q.type() != QuestionType.TIME_ORDER)
                .limit(3)
                .map(KeyedQuestion::id)
                .toList();
        long quizId = quizzes.create(new QuizDraft("Set", ids, settings));
        quizzes.assign(quizId, fixture.classroomId());
        fixture.asStudent();
        return quizId;
    }

    private void finish(long attemptId) {
        for (PlayerQuestion question : practice.attempt(attemptId).questions()) {
            if (!question.answered()) {
                practice.answer(attemptId, question.position(), Response.choosing(List.of(0)));
            }
        }
    }

    @Test
    void refusesANewAttemptOnceTheAllowedOnesAreMadeButResumesAnUnfinishedOne() {
        long quizId = quizWith(new QuizSettings(false, false, false, 1, null));
        long first = practice.startQuiz(quizId);

        assertThat(practice.startQuiz(quizId)).isEqualTo(first);
        finish(first);

        assertThatThrownBy(() -> practice.startQuiz(quizId))
                .isInstanceOf(PracticeException.class)
                .hasMessage("This quiz allows one attempt, and you have made it.");
    }

    @Test
    void refusesToStartOrAnswerAfterTheDueDate() {
        long quizId = quizWith(
                new QuizSettings(false, false, false, null, Instant.now().minus(1, ChronoUnit.DAYS)));

        assertThatThrownBy(() -> practice.startQuiz(quizId))
                .isInstanceOf(PracticeException.class)
                .hasMessageContaining("was due on");
    }

    @Test
    void withholdsEveryKeyUntilTheLastAnswerWhenFeedbackComesAtTheEnd() {
        long attemptId = practice.startQuiz(quizWith(new QuizSettings(false, false, true, null, null)));

        Marking first = practice.answer(attemptId, 0, Response.choosing(List.of(0)));

        assertThat(first.revealed()).isFalse();
        assertThat(first.answer()).isEmpty();
        assertThat(first.evidence()).isEmpty();
        assertThat(first.given()).isNotBlank();
        assertThat(practice.attempt(attemptId).questions().getFirst().marking().revealed())
                .isFalse();
        AttemptSummary during = practice.myHistory().getFirst();
        assertThat(during.withheld()).isTrue();
        assertThat(during.right()).isZero();
        assertThat(during.skills()).isEmpty();
        finish(attemptId);
        assertThat(practice.myHistory().getFirst().withheld()).isFalse();
        assertThat(practice.attempt(attemptId).questions()).allSatisfy(q -> {
            assertThat(q.marking().revealed()).isTrue();
            assertThat(q.marking().answer()).isNotEmpty();
        });
    }

    @Test
    void aShuffledQuizGivesEachAttemptItsQuestionsInSomeOrder() {
        long quizId = quizWith(new QuizSettings(true, false, false, null, null));
        List<Long> asked = quizzes.assignedQuiz(quizId).questionIds();

        long attemptId = practice.startQuiz(quizId);

        assertThat(practice.attempt(attemptId).questions())
                .extracting(PlayerQuestion::stem)
                .hasSize(asked.size());
        assertThat(practice.attempt(attemptId).settings().shuffle()).isTrue();
    }
}
