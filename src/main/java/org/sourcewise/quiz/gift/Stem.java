package org.sourcewise.quiz.gift;

import java.util.Objects;

/**
 * A question's text and its format. In the missing-word format the answer block sits inside the sentence:
 * {@code text} is what comes before it and {@code textAfterAnswers} what follows, and Moodle shows a blank between.
 * The spaces next to the blank belong to the sentence and are kept; all other surrounding space is not.
 */
public record Stem(TextFormat format, String text, String textAfterAnswers) {

    public Stem {
        Objects.requireNonNull(format, "format");
        textAfterAnswers = Require.lineBreaks(Objects.requireNonNull(textAfterAnswers, "textAfterAnswers")).stripTrailing();
        text = Require.lineBreaks(Objects.requireNonNull(text, "text")).stripLeading();
        if (textAfterAnswers.isEmpty()) {
            text = text.stripTrailing();
        }
        if (text.isEmpty() && textAfterAnswers.isEmpty()) {
            throw new IllegalArgumentException("a question needs some text");
        }
    }

    /** Text in Moodle's default format with the answers after it. */
    public static Stem of(String text) {
        return new Stem(TextFormat.MOODLE, text, "");
    }

    public boolean isMissingWord() {
        return !textAfterAnswers.isEmpty();
    }
}
