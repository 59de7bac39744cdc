package org.sourcewise.report;

import org.jspecify.annotations.Nullable;

/**
 * How a class did on one question, named by its short title. {@code facility} is the share of answers that were right (null when nobody
 * answered); {@code discrimination} the facility in the best-scoring group minus that in the worst (null with fewer
 * than four students, where the groups would say nothing); {@code mostChosenWrong} the wrong answer chosen most
 * often (null when no answer was wrong).
 */
public record QuestionStats(
        int position,
        String title,
        int answered,
        int right,
        @Nullable Double facility,
        @Nullable Double discrimination,
        @Nullable String mostChosenWrong,
        int mostChosenWrongCount) {}
