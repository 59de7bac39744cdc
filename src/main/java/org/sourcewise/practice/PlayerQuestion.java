package org.sourcewise.practice;

import java.util.List;
import org.sourcewise.questions.QuestionType;

/**
 * A question as a student meets it: no answer key until it is answered, when {@code marking} holds the key;
 * null before.
 */
public record PlayerQuestion(int position, long articleId, QuestionType type, String stem,
                             List<String> choices, Marking marking) {

    public PlayerQuestion {
        choices = List.copyOf(choices);
    }

    public boolean answered() {
        return marking != null;
    }
}
