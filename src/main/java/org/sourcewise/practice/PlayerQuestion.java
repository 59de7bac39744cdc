package org.sourcewise.practice;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcewise.questions.AnswerFormat;
import org.sourcewise.questions.QuestionType;

/**
 * A question as a student meets it, without its key. {@code choices} are what the student picks from (for a
 * matching question, the matches), shown in the order {@code shown} gives by index; {@code items} are a matching
 * question's items. {@code marking} is null until the question is answered. A question that can no longer be
 * shown (its stored text breaks a rule that came in after it was saved) is not {@code available}: the student
 * passes it, and it counts neither for nor against them.
 */
public record PlayerQuestion(
        int position,
        long articleId,
        QuestionType type,
        AnswerFormat format,
        String stem,
        List<String> choices,
        List<Integer> shown,
        List<String> items,
        @Nullable Marking marking,
        boolean available) {

    public PlayerQuestion {
        choices = List.copyOf(choices);
        shown = List.copyOf(shown);
        items = List.copyOf(items);
    }

    static PlayerQuestion unavailable(int position, long articleId) {
        return new PlayerQuestion(
                position,
                articleId,
                QuestionType.OWN,
                AnswerFormat.ONE_CHOICE,
                "",
                List.of(),
                List.of(),
                List.of(),
                null,
                false);
    }

    public boolean answered() {
        return marking != null;
    }

    /** Answered, or passed because it cannot be shown: nothing more to do on it. */
    public boolean done() {
        return answered() || !available;
    }

    PlayerQuestion with(@Nullable Marking marking) {
        return new PlayerQuestion(position, articleId, type, format, stem, choices, shown, items, marking, available);
    }
}
