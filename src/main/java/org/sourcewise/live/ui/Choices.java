package org.sourcewise.live.ui;

/** Letters for choices, so that the projector and the phones name them the same way, not only by colour. */
final class Choices {

    private Choices() {}

    static String letter(int index) {
        return String.valueOf((char) ('A' + index));
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
