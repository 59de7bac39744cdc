package org.sourcewise.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;
import org.sourcewise.questions.AnswerFormat;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.quiz.QuizSettings;

@Tier.Fast
class AttemptStateTest {

    private static final Marking RIGHT =
            new Marking(Response.choosing(List.of(1)), "b", true, true, List.of(1), "b", "", List.of(), "");

    private static PlayerQuestion question(int position) {
        return new PlayerQuestion(
                position,
                7,
                QuestionType.WHO_SAID,
                AnswerFormat.ONE_CHOICE,
                "Who?",
                List.of("a", "b"),
                List.of(0, 1),
                List.of(),
                null,
                true);
    }

    @Test
    void anAnswerMarksOnlyItsQuestionAndTheLastOneFinishesTheAttempt() {
        AttemptState attempt =
                new AttemptState(1, "Quiz", List.of(question(0), question(1)), false, QuizSettings.DEFAULT, null);

        AttemptState once = attempt.answered(1, RIGHT);
        assertThat(once.questions().get(1).marking()).isEqualTo(RIGHT);
        assertThat(once.questions().get(0).answered()).isFalse();
        assertThat(once.finished()).isFalse();

        AttemptState twice = once.answered(0, RIGHT);
        assertThat(twice.finished()).isTrue();
        assertThat(twice.rightAnswers()).isEqualTo(2);
    }
}
