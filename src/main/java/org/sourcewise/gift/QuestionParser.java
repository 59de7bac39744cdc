package org.sourcewise.gift;

import java.util.Optional;

/** Reads one question block: {@code ::title::}, a {@code [format]}, the text and at most one answer block. */
final class QuestionParser {

    private static final String LITERAL_BRACES = "write \\{ or \\} for a brace that is part of the text";

    private QuestionParser() {}

    static Optional<GiftQuestion> parse(SourceText block, Optional<String> category, Problems problems) {
        Optional<Heading> heading = Heading.read(block, problems);
        if (heading.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> title = heading.get().title();
        TextFormat format = heading.get().format();
        SourceText rest = heading.get().rest();
        int open = rest.indexOf("{");
        int stray = rest.indexOf("}");
        if (stray >= 0 && (open < 0 || stray < open)) {
            problems.report(rest.at(stray), "this } closes no answer block; " + LITERAL_BRACES);
            return Optional.empty();
        }
        if (open < 0) {
            if (!readable(format, rest.unescaped(), "", rest.at(0), problems)) {
                return Optional.empty();
            }
            return Optional.of(new GiftQuestion(
                    title,
                    category,
                    new Stem(format, rest.unescaped(), ""),
                    Optional.empty(),
                    new QuestionKind.Description()));
        }
        Position opened = rest.at(open);
        int close = rest.indexOf("}", open + 1);
        int nested = rest.indexOf("{", open + 1);
        if (nested >= 0 && (close < 0 || nested < close)) {
            problems.report(
                    rest.at(nested),
                    "the answer block opened on line " + opened.line()
                            + " is not closed before this {; close it with }, or " + LITERAL_BRACES);
            return Optional.empty();
        }
        if (close < 0) {
            problems.report(rest.end(), "the answer block opened on line " + opened.line() + " is never closed with }");
            return Optional.empty();
        }
        SourceText after = rest.slice(close + 1).stripTrailing();
        int second = after.indexOf("{");
        if (second >= 0) {
            problems.report(
                    after.at(second),
                    "this question already has an answer block (opened on line " + opened.line() + ", column "
                            + opened.column() + "); separate two questions with a blank line");
            return Optional.empty();
        }
        int strayAfter = after.indexOf("}");
        if (strayAfter >= 0) {
            problems.report(after.at(strayAfter), "this } closes no answer block; " + LITERAL_BRACES);
            return Optional.empty();
        }
        Optional<AnswerBlockParser.Answers> answers =
                AnswerBlockParser.parse(rest.slice(open + 1, close), opened, problems);
        // Outside the missing-word format the text ends where the answers start; inside it, the spaces
        // around the blank are part of the sentence.
        String text = (after.isBlank() ? rest.slice(0, open).trim() : rest.slice(0, open)).unescaped();
        String textAfter = after.unescaped();
        if (text.isBlank() && textAfter.isBlank()) {
            problems.report(opened, "the question has no text; write the question before its answers");
            return Optional.empty();
        }
        if (!readable(format, text, textAfter, rest.at(0), problems) || answers.isEmpty()) {
            return Optional.empty();
        }
        Stem stem = new Stem(format, text, textAfter);
        return Optional.of(new GiftQuestion(
                title,
                category,
                stem,
                answers.get().generalFeedback(),
                answers.get().kind()));
    }

    /** A student must find words to read once the markup is gone, and not a whole page of them. */
    private static boolean readable(TextFormat format, String text, String textAfter, Position at, Problems problems) {
        String visible = (Stem.visible(format, text) + Stem.visible(format, textAfter)).strip();
        if (visible.isEmpty()) {
            problems.report(
                    at,
                    text.isBlank() && textAfter.isBlank()
                            ? "the question has no text"
                            : "the question has no text a student could read once its markup is left out");
            return false;
        }
        if (text.length() + textAfter.length() > GiftLimits.TEXT) {
            problems.report(
                    at,
                    "the question's text has " + GiftLimits.format(text.length() + textAfter.length())
                            + " characters; it may have at most " + GiftLimits.format(GiftLimits.TEXT));
            return false;
        }
        return true;
    }
}
