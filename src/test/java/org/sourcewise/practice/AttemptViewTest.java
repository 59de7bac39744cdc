package org.sourcewise.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.questions.QuestionType;

class AttemptViewTest {

    private static final Marking RIGHT = new Marking(List.of(1), true, List.of(1), List.of(), "");

    private static PlayerQuestion question(int position) {
        return new PlayerQuestion(position, 7, QuestionType.WHO_SAID, "Who?", List.of("a", "b"), null);
    }

    @Test
    void anAnswerMarksOnlyItsQuestionAndTheLastOneFinishesTheAttempt() {
        AttemptView attempt = new AttemptView(1, "Quiz", List.of(question(0), question(1)), false);

        AttemptView once = attempt.answered(1, RIGHT);
        assertThat(once.questions().get(1).marking()).isEqualTo(RIGHT);
        assertThat(once.questions().get(0).answered()).isFalse();
        assertThat(once.finished()).isFalse();

        AttemptView twice = once.answered(0, RIGHT);
        assertThat(twice.finished()).isTrue();
        assertThat(twice.rightAnswers()).isEqualTo(2);
    }
}
