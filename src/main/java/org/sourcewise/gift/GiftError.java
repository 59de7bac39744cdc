package org.sourcewise.gift;

/**
 * One mistake in a GIFT file, at a 1-based line and column, with a message a teacher can act on.
 * {@link #toString()} gives the whole sentence, e.g. "Line 12, column 5: the answer block opened on line 9 is never closed with }".
 */
public record GiftError(int line, int column, String message) {

    @Override
    public String toString() {
        return "Line " + line + ", column " + column + ": " + message;
    }
}
