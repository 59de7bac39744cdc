package org.sourcewise.quiz;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How a quiz is played: questions shuffled for each attempt or in the teacher's order; one at a time or all on
 * one page; feedback after each answer or only once the attempt is finished; how many attempts a student may
 * make (null: any number); after the due date (null: none) no attempt may be started or answered.
 */
public record QuizSettings(
        boolean shuffle,
        boolean allAtOnce,
        boolean feedbackAtEnd,
        @Nullable Integer attemptsAllowed,
        @Nullable Instant dueAt) {

    public static final int MOST_ATTEMPTS = 20;

    public static final QuizSettings DEFAULT = new QuizSettings(false, false, false, null, null);

    public QuizSettings {
        if (attemptsAllowed != null && (attemptsAllowed < 1 || attemptsAllowed > MOST_ATTEMPTS)) {
            throw new QuizException(
                    "Attempts allowed must be from 1 to " + MOST_ATTEMPTS + ", or left empty for no limit.");
        }
    }

    public boolean dueBefore(Instant when) {
        return dueAt != null && dueAt.isBefore(when);
    }
}
