package org.sourcewise.quiz;

import org.sourcewise.gift.GiftLimits;

/** Limits of what a teacher types for a quiz, shared by the service that enforces them and the forms that show them. */
public final class QuizLimits {

    /** The same as a quiz file's {@code // title:}, so that every file the parser accepts fits. */
    public static final int TITLE = GiftLimits.TITLE;

    private QuizLimits() {}
}
