package org.sourcewise.bank;

import org.sourcewise.gift.QuestionKind;

/** How a student answers a question: what the player shows and how the answer is marked. */
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

    /** The format of a GIFT question the app can ask; essays and descriptions have none. */
    static AnswerFormat of(QuestionKind kind) {
        return switch (kind) {
            case QuestionKind.MultipleChoice ignored -> ONE_CHOICE;
            case QuestionKind.MultipleAnswers ignored -> SEVERAL_CHOICES;
            case QuestionKind.TrueFalse ignored -> TRUE_FALSE;
            case QuestionKind.ShortAnswer ignored -> SHORT_ANSWER;
            case QuestionKind.Matching ignored -> MATCHING;
            case QuestionKind.Numeric ignored -> NUMERIC;
            case QuestionKind.Essay ignored ->
                throw new QuestionBankException(
                        "Essay questions need a teacher to mark them; Sourcewise cannot ask them yet.");
            case QuestionKind.Description ignored ->
                throw new QuestionBankException(
                        "This has no answers in braces, so it asks nothing: write them after the question,"
                                + " such as {=the right answer ~a wrong one}.");
        };
    }
}
