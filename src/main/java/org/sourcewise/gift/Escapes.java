package org.sourcewise.gift;

/** GIFT's backslash escapes: {@code \~ \= \# \{ \} \:} for the characters that mean something, {@code \\} and {@code \n}. */
final class Escapes {

    private static final String SPECIAL = "\\~=#{}:";
    /** A colon only means something in a title's {@code ::}, so elsewhere it is left as it is, easier to read. */
    private static final String SPECIAL_OUTSIDE_TITLES = "\\~=#{}";

    private Escapes() {}

    /** Whether a backslash before this character starts an escape; anywhere else a backslash is just a backslash, as in Moodle. */
    static boolean isEscape(char next) {
        return next == 'n' || SPECIAL.indexOf(next) >= 0;
    }

    static String unescape(String raw) {
        StringBuilder text = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length() && isEscape(raw.charAt(i + 1))) {
                char next = raw.charAt(++i);
                text.append(next == 'n' ? '\n' : next);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    /** Line breaks are written as {@code \n}, because a question must not run onto a blank line or a {@code //} line. */
    static String escape(String text) {
        return escape(text, SPECIAL_OUTSIDE_TITLES);
    }

    static String escapeTitle(String title) {
        return escape(title, SPECIAL);
    }

    private static String escape(String text, String special) {
        StringBuilder raw = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                raw.append("\\n");
            } else if (special.indexOf(c) >= 0) {
                raw.append('\\').append(c);
            } else if (c != '\r') {
                raw.append(c);
            }
        }
        return raw.toString();
    }
}
