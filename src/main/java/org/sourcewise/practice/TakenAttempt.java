package org.sourcewise.practice;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A student's attempt at a quiz as their teacher's reports read it: what it asked, in the attempt's order, and each
 * answer given. {@code finishedAt} is null while the attempt is open.
 */
public record TakenAttempt(
        long id,
        long quizId,
        long studentId,
        List<Long> questionIds,
        @Nullable Instant finishedAt,
        List<Answer> answers) {

    public TakenAttempt {
        questionIds = List.copyOf(questionIds);
        answers = List.copyOf(answers);
    }

    /**
     * An answer in words, as the student's own review shows it, to the question {@code questionId} at
     * {@code position} of the attempt; {@code spent} is the time since the answer before, or the attempt's start (see
     * {@link ThinkingTime}); {@code given} is empty when the question can no longer be read.
     */
    public record Answer(
            int position, long questionId, String given, boolean correct, Instant answeredAt, Duration spent) {}

    public int right() {
        return (int) answers.stream().filter(Answer::correct).count();
    }
}
