package org.sourcewise.quiz.gift;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The errors found so far; parsing goes on after each one so that a teacher sees them all at once. */
final class Problems {

    private final List<GiftError> errors = new ArrayList<>();

    void report(Position at, String message) {
        errors.add(new GiftError(at.line(), at.column(), message));
    }

    int count() {
        return errors.size();
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new GiftSyntaxException(errors.stream()
                    .sorted(Comparator.comparingInt(GiftError::line).thenComparingInt(GiftError::column))
                    .toList());
        }
    }
}
