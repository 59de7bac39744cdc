package org.sourcewise.gift;

import java.util.List;

/**
 * Characters nobody types: NUL and the other control characters but tab. A student would see them as boxes or
 * nothing at all (a NUL showed as "a\u0000"), and they mostly mean a binary or wrongly encoded file.
 */
final class ControlCharacters {

    private ControlCharacters() {}

    /** One error per line that holds any, at the first of them. */
    static void report(List<SourceLine> lines, Problems problems) {
        for (SourceLine line : lines) {
            String text = line.text();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (isControl(c)) {
                    problems.report(
                            new Position(line.number(), text.codePointCount(0, i) + 1),
                            String.format(
                                    "this line holds the invisible control character U+%04X; delete it"
                                            + " (a file saved as UTF-8 text has none)",
                                    (int) c));
                    break;
                }
            }
        }
    }

    static boolean isControl(char c) {
        return c != '\t' && (c < 0x20 || (c >= 0x7f && c <= 0x9f));
    }
}
