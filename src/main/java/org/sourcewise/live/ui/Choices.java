package org.sourcewise.live.ui;

import com.vaadin.flow.component.html.Span;

/**
 * How the projector and the phones name a choice, the same way on both: a letter, a colour and a shape, so that a
 * student matches the projector's answer to their button by any of the three, and never by colour alone.
 */
final class Choices {

    /** Colours and shapes come round again after this many choices; the letters go on. */
    static final int KEYS = 6;

    private Choices() {}

    static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }

    /** The letter and the choice's words, as they are read out and written in sentences. */
    static String named(int index, String choice) {
        return letter(index) + ". " + choice;
    }

    /** The choice's badge: its shape and letter on its colour (styled by {@code live-key-N}); the letter is read out. */
    static Span key(int index) {
        Span shape = new Span();
        shape.addClassName("live-shape");
        Span letter = new Span(letter(index));
        letter.addClassName("live-letter");
        Span key = new Span(shape, letter);
        key.addClassName("live-key");
        key.addClassName(keyClass(index));
        return key;
    }

    /** The class that gives a choice its colour and shape, on the badge and on whatever carries the choice. */
    static String keyClass(int index) {
        return "live-key-" + index % KEYS;
    }

    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13
                ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }
}
