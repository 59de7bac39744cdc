package org.sourcewise.report;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A student's latest attempt at a quiz, as their teacher sees it; {@code attemptId} null when not started. */
public record StudentResult(
        long studentId,
        String studentName,
        long quizId,
        String quizTitle,
        @Nullable Long attemptId,
        int right,
        int answered,
        int questions,
        @Nullable Instant finishedAt) {}
