package org.sourcewise.quiz;

import org.jspecify.annotations.Nullable;

/**
 * A quiz in a teacher's list: their own, or one loaded from a GIFT file in quizzes/ ({@code sourceFile} set),
 * which every teacher may assign and copy but nobody edits in the app.
 */
public record QuizSummary(
        long id, String title, int questionCount, @Nullable String sourceFile, QuizSettings settings) {

    public boolean fromFile() {
        return sourceFile != null;
    }
}
