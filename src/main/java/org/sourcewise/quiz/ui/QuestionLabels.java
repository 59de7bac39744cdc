package org.sourcewise.quiz.ui;

import org.sourcewise.bank.AnswerFormat;
import org.sourcewise.bank.BankQuestionView;

/** How a teacher's lists name a question: its kind and the first line of its text. */
final class QuestionLabels {

    private QuestionLabels() {
    }

    static String of(BankQuestionView question) {
        String kind = question.own() ? "Yours, " + format(question.format())
                : question.type().name().toLowerCase().replace('_', ' ');
        return "[" + kind + "] " + question.stem().lines().findFirst().orElse("");
    }

    static String format(AnswerFormat format) {
        return switch (format) {
            case ONE_CHOICE -> "one right choice";
            case SEVERAL_CHOICES -> "several right choices";
            case TRUE_FALSE -> "true or false";
            case SHORT_ANSWER -> "short answer";
            case ORDERING -> "ordering";
            case MATCHING -> "matching";
            case NUMERIC -> "number";
        };
    }
}
