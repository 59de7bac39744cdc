package org.sourcewise.questions;

import java.util.Optional;
import org.sourcewise.gift.QuestionKind;

/**
 * How a student answers a question: what the player shows and how the answer is marked. A generated question's
 * format follows from its {@link QuestionType}; a teacher's own question's from its GIFT answer block.
 */
public enum AnswerFormat {
    /** Pick one of the choices. */
    ONE_CHOICE,
    /** Tick every right choice; weights may give part marks. */
    SEVERAL_CHOICES,
    TRUE_FALSE,
    /** Type a word or phrase, compared with every accepted answer. */
    SHORT_ANSWER,
    /** Put every item in order. */
    ORDERING,
    /** Pair each item with one of the matches. */
    MATCHING,
    /** Type a number, accepted within a tolerance. */
    NUMERIC;

    /** The format of a GIFT question the app can ask; none for essays (a teacher would mark them) and descriptions. */
    public static Optional<AnswerFormat> of(QuestionKind kind) {
        return switch (kind) {
            case QuestionKind.MultipleChoice ignored -> Optional.of(ONE_CHOICE);
            case QuestionKind.MultipleAnswers ignored -> Optional.of(SEVERAL_CHOICES);
            case QuestionKind.TrueFalse ignored -> Optional.of(TRUE_FALSE);
            case QuestionKind.ShortAnswer ignored -> Optional.of(SHORT_ANSWER);
            case QuestionKind.Matching ignored -> Optional.of(MATCHING);
            case QuestionKind.Numeric ignored -> Optional.of(NUMERIC);
            case QuestionKind.Essay ignored -> Optional.empty();
            case QuestionKind.Description ignored -> Optional.empty();
        };
    }
}
