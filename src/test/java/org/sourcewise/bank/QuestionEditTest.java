package org.sourcewise.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;
import org.sourcewise.questions.QuestionType;

@Tier.Fast
class QuestionEditTest {

    private static final List<String> CHOICES = List.of("Liz Truss", "Sergei Lavrov", "Boris Johnson");

    @Test
    void trimsTheTeachersText() {
        QuestionEdit edit =
                new QuestionEdit("  Who said it?\n", List.of(" Liz Truss", "Sergei Lavrov "), List.of(0), null);

        assertThat(edit.stem()).isEqualTo("Who said it?");
        assertThat(edit.choices()).containsExactly("Liz Truss", "Sergei Lavrov");
        assertThat(edit.explanation()).isEmpty();
    }

    @Test
    void rejectsAnEmptyQuestion() {
        assertThatThrownBy(() -> new QuestionEdit(" ", CHOICES, List.of(0), ""))
                .isInstanceOf(QuestionBankException.class)
                .hasMessage("The question needs a text.");
    }

    @Test
    void rejectsTwoChoicesWithTheSameText() {
        assertThatThrownBy(() -> new QuestionEdit("Who?", List.of("Liz Truss", "Liz Truss "), List.of(0), ""))
                .isInstanceOf(QuestionBankException.class)
                .hasMessageContaining("same text");
    }

    @Test
    void rejectsAHugeChoice() {
        assertThatThrownBy(() -> new QuestionEdit("Who?", List.of("a".repeat(2001), "b"), List.of(0), ""))
                .isInstanceOf(QuestionBankException.class)
                .hasMessageContaining("2000 characters");
    }

    @Test
    void aChoiceQuestionNeedsExactlyOneRightAnswer() {
        QuestionEdit edit = new QuestionEdit("Who?", CHOICES, List.of(0, 1), "");

        assertThatThrownBy(() -> edit.checkAnswerFor(QuestionType.WHO_SAID))
                .isInstanceOf(QuestionBankException.class)
                .hasMessageContaining("exactly one");
    }

    @Test
    void anOrderingAnswerMustPlaceEveryChoiceOnce() {
        QuestionEdit edit = new QuestionEdit("Put in order", CHOICES, List.of(2, 0), "");

        assertThatThrownBy(() -> edit.checkAnswerFor(QuestionType.TIME_ORDER))
                .isInstanceOf(QuestionBankException.class)
                .hasMessageContaining("every choice once");
    }

    @Test
    void acceptsAFullOrdering() {
        QuestionEdit edit = new QuestionEdit("Put in order", CHOICES, List.of(2, 0, 1), "");

        assertThatNoException().isThrownBy(() -> edit.checkAnswerFor(QuestionType.TIME_ORDER));
    }
}
