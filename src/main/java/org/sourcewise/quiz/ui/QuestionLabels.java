package org.sourcewise.quiz.ui;

import org.sourcewise.bank.KeyedQuestion;
import org.sourcewise.bank.QuestionStatus;

/** Where a question stands in review, as the quiz builder names it beside the question. */
final class QuestionLabels {

    private QuestionLabels() {}

    static String status(KeyedQuestion question) {
        if (question.own() && question.status() == QuestionStatus.EDITED) {
            return question.authorId() == null ? "From a quiz file" : "Written by a teacher";
        }
        return switch (question.status()) {
            case GENERATED ->
                question.reachesStudents() ? "Not reviewed; above the confidence threshold" : "Not reviewed";
            case ACCEPTED -> "Accepted";
            case EDITED -> "Edited by a teacher";
            case REJECTED -> "Rejected";
            case RETIRED -> "No longer asked";
        };
    }
}
