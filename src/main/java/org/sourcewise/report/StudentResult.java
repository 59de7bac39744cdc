package org.sourcewise.report;

import java.time.Instant;

/** A student's latest attempt at a quiz, as their teacher sees it; {@code attemptId} null when not started. */
public record StudentResult(
        long studentId,
        String studentName,
        long quizId,
        String quizTitle,
        Long attemptId,
        int right,
        int answered,
        int questions,
        Instant finishedAt) {}
