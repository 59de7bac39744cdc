package org.sourcewise.quiz;

import java.util.List;

/** A quiz as a teacher builds it: title, questions from any articles in the order students meet them, settings. */
public record QuizDraft(String title, List<Long> questionIds, QuizSettings settings) {

    public static final int MOST_QUESTIONS = 100;

    public QuizDraft {
        title = title == null ? "" : title.strip().replaceAll("\\s+", " ");
        questionIds = questionIds == null ? List.of() : List.copyOf(questionIds);
        settings = settings == null ? QuizSettings.DEFAULT : settings;
        if (title.isEmpty() || title.length() > QuizLimits.TITLE) {
            throw new QuizException("A quiz title must be 1 to " + QuizLimits.TITLE + " characters.");
        }
        if (questionIds.isEmpty() || questionIds.size() > MOST_QUESTIONS) {
            throw new QuizException("A quiz needs 1 to " + MOST_QUESTIONS + " questions.");
        }
        if (questionIds.stream().distinct().count() != questionIds.size()) {
            throw new QuizException("A question is in the quiz twice.");
        }
    }
}
