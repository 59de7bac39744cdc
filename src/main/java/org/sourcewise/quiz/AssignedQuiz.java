package org.sourcewise.quiz;

import java.time.Instant;
import java.util.List;

/** A quiz as given to a class: what a student sees in their list, and a teacher in a class's list. */
public record AssignedQuiz(
        long quizId,
        String title,
        long classroomId,
        String classroomName,
        Instant assignedAt,
        List<Long> questionIds,
        QuizSettings settings) {

    public AssignedQuiz {
        questionIds = List.copyOf(questionIds);
    }
}
