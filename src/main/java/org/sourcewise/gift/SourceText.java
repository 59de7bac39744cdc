package org.sourcewise.gift;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Raw, still escaped GIFT text that knows where in the file each character came from, so that every error can
 * name a line and column. Searches skip escaped characters: <code>\{</code> never opens an answer block.
 */
final class SourceText {

    private final String text;
    /** One position per character, plus one just past the end for errors about something missing. */
    private final Position[] positions;

    private SourceText(String text, Position[] positions) {
        this.text = text;
        this.positions = positions;
    }

    /**
     * Moodle trims every line and joins a question's lines with line breaks; the breaks sit just past each line's end.
     * Needs at least one line.
     */
    static SourceText ofLines(List<SourceLine> lines) {
        StringBuilder text = new StringBuilder();
        Position[] positions = new Position
                [lines.stream().mapToInt(line -> line.text().length() + 1).sum() + 1];
        int length = 0;
        for (SourceLine line : lines) {
            if (length > 0) {
                text.append('\n');
                length++;
            }
            String raw = line.text();
            int start = 0;
            int end = raw.length();
            while (start < end && Character.isWhitespace(raw.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(raw.charAt(end - 1))) {
                end--;
            }
            for (int i = start; i < end; i++) {
                positions[length++] = new Position(line.number(), raw.codePointCount(0, i) + 1);
            }
            text.append(raw, start, end);
            positions[length] = new Position(line.number(), raw.codePointCount(0, end) + 1);
        }
        return new SourceText(text.toString(), Arrays.copyOf(positions, length + 1));
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    boolean isBlank() {
        return text.isBlank();
    }

    boolean startsWith(String prefix) {
        return text.startsWith(prefix);
    }

    Position at(int index) {
        return positions[index];
    }

    Position end() {
        return positions[text.length()];
    }

    SourceText slice(int from) {
        return slice(from, text.length());
    }

    SourceText slice(int from, int to) {
        return new SourceText(text.substring(from, to), Arrays.copyOfRange(positions, from, to + 1));
    }

    SourceText trim() {
        return stripLeading().stripTrailing();
    }

    SourceText stripLeading() {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return slice(start);
    }

    SourceText stripTrailing() {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return slice(0, end);
    }

    /** The first unescaped occurrence of {@code needle} at or after {@code from}, or -1. */
    int indexOf(String needle, int from) {
        return scan(from, i -> text.startsWith(needle, i));
    }

    int indexOf(String needle) {
        return indexOf(needle, 0);
    }

    /** The first unescaped character at or after {@code from} that is one of {@code chars}, or -1. */
    int indexOfAny(String chars, int from) {
        return scan(from, i -> chars.indexOf(text.charAt(i)) >= 0);
    }

    /** The last unescaped occurrence of {@code needle}, or -1. */
    int lastIndexOf(String needle) {
        int last = -1;
        for (int found = indexOf(needle, 0); found >= 0; found = indexOf(needle, found + 1)) {
            last = found;
        }
        return last;
    }

    String unescaped() {
        return Escapes.unescape(text);
    }

    private int scan(int from, IntPredicate matches) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '\\' && i + 1 < text.length() && Escapes.isEscape(text.charAt(i + 1))) {
                i++;
            } else if (matches.test(i)) {
                return i;
            }
        }
        return -1;
    }
}
