package org.sourcewise.quiz;

/** Limits of what a teacher types for a quiz, shared by the service that enforces them and the forms that show them. */
public final class QuizLimits {

    public static final int TITLE = 200;

    private QuizLimits() {
    }
}
