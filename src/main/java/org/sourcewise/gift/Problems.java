package org.sourcewise.gift;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The errors found so far; parsing goes on after each one so that a teacher sees them all at once. Only the first
 * hundred are kept: a binary file dropped into the quiz folder would otherwise fill the log with thousands.
 */
final class Problems {

    private static final int KEPT = 100;

    private final List<GiftError> errors = new ArrayList<>();
    private int count;

    void report(Position at, String message) {
        count++;
        if (errors.size() < KEPT) {
            errors.add(new GiftError(at.line(), at.column(), message));
        }
    }

    int count() {
        return count;
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new GiftSyntaxException(errors.stream()
                    .sorted(Comparator.comparingInt(GiftError::line).thenComparingInt(GiftError::column))
                    .toList());
        }
    }
}
