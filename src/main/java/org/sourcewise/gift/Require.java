package org.sourcewise.gift;

import java.util.Objects;
import java.util.Optional;

/**
 * The checks the model's constructors share. They keep out values that GIFT cannot write down and tidy
 * what GIFT would tidy anyway, so that whatever the writer produces reads back as the same quiz.
 */
final class Require {

    private Require() {}

    /**
     * The text without surrounding white space and with {@code \n} line breaks: the parser trims every answer
     * and GIFT keeps no carriage return, so a text kept any other way could not survive a round trip.
     */
    static String text(String text, String what) {
        String tidy = lineBreaks(Objects.requireNonNull(text, what)).strip();
        if (tidy.isEmpty()) {
            throw new IllegalArgumentException(what + " needs some text");
        }
        return tidy;
    }

    /** An empty feedback or title is written as nothing at all, so it reads back as absent: absent is the only way to say it. */
    static Optional<String> optionalText(Optional<String> text, String what) {
        Objects.requireNonNull(text, what);
        return text.map(value -> text(value, what));
    }

    static String lineBreaks(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    static String oneLine(String text, String what) {
        String tidy = Objects.requireNonNull(text, what).strip();
        if (tidy.indexOf('\n') >= 0 || tidy.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(what + " must fit on one line: " + text);
        }
        return tidy;
    }

    static void weight(double weight) {
        if (!(weight >= -100 && weight <= 100)) {
            throw new IllegalArgumentException("a weight is a percentage from -100 to 100, not " + weight);
        }
    }

    static void finite(double number, String what) {
        if (!Double.isFinite(number)) {
            throw new IllegalArgumentException(what + " must be a finite number, not " + number);
        }
    }
}
