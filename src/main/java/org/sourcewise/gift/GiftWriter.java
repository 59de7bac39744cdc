package org.sourcewise.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Writes a quiz as GIFT that {@link QuizParser} reads back into an equal quiz. */
final class GiftWriter {

    private GiftWriter() {}

    static String write(GiftQuiz quiz) {
        List<String> blocks = new ArrayList<>();
        if (!quiz.headerComments().isEmpty()) {
            blocks.add(String.join(
                    "\n",
                    quiz.headerComments().stream()
                            .map(comment -> comment.isEmpty() ? "//" : "// " + comment)
                            .toList()));
        }
        Optional<String> category = Optional.empty();
        for (GiftQuestion question : quiz.questions()) {
            if (question.category().isPresent() && !question.category().equals(category)) {
                category = question.category();
                blocks.add("$CATEGORY: " + category.get());
            }
            blocks.add(question(question));
        }
        return blocks.isEmpty() ? "" : String.join("\n\n", blocks) + "\n";
    }

    private static String question(GiftQuestion question) {
        StringBuilder text = new StringBuilder();
        question.title()
                .ifPresent(title ->
                        text.append("::").append(Escapes.escapeTitle(title)).append("::"));
        Stem stem = question.stem();
        if (stem.format() != TextFormat.MOODLE
                || needsFormat(stem.text(), question.title().isPresent())) {
            text.append('[').append(stem.format().giftName()).append(']');
        }
        // Colons are left unescaped for readability, except the one that would open a title.
        text.append(stem.text().startsWith(":") ? "\\" : "").append(Escapes.escape(stem.text()));
        String answers = AnswerBlockWriter.write(question.kind(), question.generalFeedback());
        if (!stem.isMissingWord() && !stem.text().isEmpty() && !answers.isEmpty()) {
            text.append(' ');
        }
        return text.append(answers)
                .append(Escapes.escape(stem.textAfterAnswers()))
                .toString();
    }

    /**
     * The default format is left out, unless the text would then read as something else: a text starting
     * with {@code [html]} as a format, and at the start of a block {@code //} as a comment or {@code $CATEGORY:} as a category.
     */
    private static boolean needsFormat(String text, boolean titled) {
        return text.startsWith("[") || !titled && (text.startsWith("//") || text.startsWith("$CATEGORY:"));
    }
}
