package org.sourcewise.practice;

import java.util.List;
import org.sourcewise.bank.AnswerFormat;
import org.sourcewise.questions.QuestionType;

/**
 * A question as a student meets it, without its key. {@code choices} are what the student picks from (for a
 * matching question, the matches), shown in the order {@code shown} gives by index; {@code items} are a matching
 * question's items. {@code marking} is null until the question is answered.
 */
public record PlayerQuestion(int position, long articleId, QuestionType type, AnswerFormat format, String stem,
                             List<String> choices, List<Integer> shown, List<String> items, Marking marking) {

    public PlayerQuestion {
        choices = List.copyOf(choices);
        shown = List.copyOf(shown);
        items = List.copyOf(items);
    }

    public boolean answered() {
        return marking != null;
    }

    PlayerQuestion with(Marking marking) {
        return new PlayerQuestion(position, articleId, type, format, stem, choices, shown, items, marking);
    }
}
