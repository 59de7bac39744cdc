package org.sourcewise.bank;

import java.util.Arrays;
import org.sourcewise.questions.AnswerFormat;
import org.sourcewise.questions.QuestionType;

/**
 * How teachers' pages, reports and CSV files name a question: its kind, and the first words of the claim it is about
 * (the statement a generated question came from, or an own question's first line). Two questions on one quote
 * differ by kind; two of one kind by their claims.
 */
public final class QuestionTitles {

    static final int WORDS = 8;

    private QuestionTitles() {}

    /** "Who said it: We will not raise taxes this year, the…" */
    public static String of(KeyedQuestion question) {
        return kind(question) + ": " + firstWords(claim(question));
    }

    /** What the question is about: the statement it came from, or for an own question its text's first line. */
    public static String claim(KeyedQuestion question) {
        if (question.statementContent() != null && !question.statementContent().isBlank()) {
            return question.statementContent().strip();
        }
        return question.stem()
                .lines()
                .filter(line -> !line.isBlank())
                .findFirst()
                .orElse("")
                .strip();
    }

    public static String kind(KeyedQuestion question) {
        return question.own() ? "Teacher's question (" + format(question.format()) + ")" : kind(question.type());
    }

    public static String kind(QuestionType type) {
        return switch (type) {
            case WHO_SAID -> "Who said it";
            case WHAT_SAID -> "What was said";
            case WHEN_SAID -> "When was it said";
            case TIME_ORDER -> "In what order";
            case SOURCE_KIND -> "Named or anonymous";
            case QUOTE_OR_PARAPHRASE -> "Exact words or paraphrase";
            case ACCORDING_TO -> "According to whom";
            case OWN -> "Teacher's question";
        };
    }

    public static String format(AnswerFormat format) {
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

    static String firstWords(String text) {
        String[] words = text.strip().split("\\s+");
        return words.length <= WORDS ? text.strip() : String.join(" ", Arrays.copyOf(words, WORDS)) + "\u2026";
    }
}
