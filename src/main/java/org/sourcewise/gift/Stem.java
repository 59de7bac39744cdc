package org.sourcewise.gift;

import java.util.Objects;
import org.jsoup.Jsoup;

/**
 * A question's text and its format. In the missing-word format the answer block sits inside the sentence:
 * {@code text} is what comes before it and {@code textAfterAnswers} what follows, and Moodle shows a blank between.
 * The spaces next to the blank belong to the sentence and are kept; all other surrounding space is not.
 */
public record Stem(TextFormat format, String text, String textAfterAnswers) {

    public Stem {
        Objects.requireNonNull(format, "format");
        textAfterAnswers = Require.lineBreaks(Objects.requireNonNull(textAfterAnswers, "textAfterAnswers"))
                .stripTrailing();
        text = Require.lineBreaks(Objects.requireNonNull(text, "text")).stripLeading();
        if (textAfterAnswers.isEmpty()) {
            text = text.stripTrailing();
        }
        if (visible(format, text).isBlank() && visible(format, textAfterAnswers).isBlank()) {
            throw new IllegalArgumentException("a question needs some text a student can read");
        }
    }

    /** The text as a student reads it: always plain text, with a blank where a missing word goes. */
    public String shown() {
        String shown = visible(format, text);
        return isMissingWord() ? shown + " _____ " + visible(format, textAfterAnswers) : shown;
    }

    /** HTML is never shown as markup, since a teacher's file could hold a script; only the words inside it count. */
    static String visible(TextFormat format, String text) {
        return format == TextFormat.HTML ? Jsoup.parse(text).text() : text;
    }

    /** Text in Moodle's default format with the answers after it. */
    public static Stem of(String text) {
        return new Stem(TextFormat.MOODLE, text, "");
    }

    public boolean isMissingWord() {
        return !textAfterAnswers.isEmpty();
    }
}
