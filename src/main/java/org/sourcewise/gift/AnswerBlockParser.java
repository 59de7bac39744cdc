package org.sourcewise.gift;

import java.util.Optional;
import java.util.Set;

/** Reads what stands between { and }: the general feedback after {@code ####}, then the answers, whose shape decides the kind. */
final class AnswerBlockParser {

    record Answers(QuestionKind kind, Optional<String> generalFeedback) {}

    private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");

    private AnswerBlockParser() {}

    /** The order of the checks is Moodle's, so that a block means here what it means there. */
    static Optional<Answers> parse(SourceText inside, Position open, Problems problems) {
        Optional<String> generalFeedback = Optional.empty();
        SourceText body = inside;
        int separator = inside.lastIndexOf("####");
        if (separator >= 0) {
            SourceText general = inside.slice(separator + 4).trim();
            if (!SourceTexts.fitsFeedback(general, problems)) {
                return Optional.empty();
            }
            generalFeedback = SourceTexts.nonBlank(general);
            body = inside.slice(0, separator);
        }
        body = body.trim();
        Optional<QuestionKind> kind;
        if (body.isEmpty()) {
            kind = Optional.of(new QuestionKind.Essay());
        } else if (body.startsWith("#")) {
            kind = NumericParser.parse(body.slice(1).trim(), open, problems);
        } else if (body.indexOf("~") >= 0) {
            kind = ChoiceParser.choices(body, open, problems);
        } else if (body.indexOf("=") >= 0 && body.indexOf("->") >= 0) {
            kind = MatchingParser.parse(body, open, problems);
        } else if (isTrueFalse(body)) {
            kind = SourceTexts.fitsFeedback(body, problems) ? Optional.of(trueFalse(body)) : Optional.empty();
        } else if (body.startsWith("=")) {
            kind = ChoiceParser.shortAnswer(body, open, problems);
        } else {
            problems.report(
                    body.at(0),
                    "GIFT cannot tell what kind of question this is: start each right answer with ="
                            + " and each wrong one with ~, or write {T} or {F} for true/false");
            kind = Optional.empty();
        }
        Optional<String> feedback = generalFeedback;
        return kind.map(found -> new Answers(found, feedback));
    }

    private static boolean isTrueFalse(SourceText body) {
        int hash = body.indexOf("#");
        return TRUE_FALSE.contains(
                (hash < 0 ? body : body.slice(0, hash)).trim().text());
    }

    /** Moodle's order: the first feedback is for a wrong answer, the second for a right one. */
    private static QuestionKind trueFalse(SourceText body) {
        int first = body.indexOf("#");
        boolean answer = (first < 0 ? body : body.slice(0, first)).trim().text().startsWith("T");
        if (first < 0) {
            return new QuestionKind.TrueFalse(answer, Optional.empty(), Optional.empty());
        }
        int second = body.indexOf("#", first + 1);
        SourceText wrong = second < 0 ? body.slice(first + 1) : body.slice(first + 1, second);
        Optional<String> right = second < 0
                ? Optional.empty()
                : SourceTexts.nonBlank(body.slice(second + 1).trim());
        return new QuestionKind.TrueFalse(answer, SourceTexts.nonBlank(wrong.trim()), right);
    }
}
