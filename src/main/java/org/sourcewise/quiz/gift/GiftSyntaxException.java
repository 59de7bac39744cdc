package org.sourcewise.quiz.gift;

import java.util.List;
import java.util.stream.Collectors;

/** A GIFT file that cannot be read; {@link #errors()} lists every mistake found, in file order. */
public final class GiftSyntaxException extends RuntimeException {

    private final List<GiftError> errors;

    GiftSyntaxException(List<GiftError> errors) {
        super(describe(errors));
        this.errors = List.copyOf(errors);
    }

    public List<GiftError> errors() {
        return errors;
    }

    private static String describe(List<GiftError> errors) {
        String heading = errors.size() == 1 ? "The quiz file has 1 error:" : "The quiz file has " + errors.size() + " errors:";
        return errors.stream().map(GiftError::toString).collect(Collectors.joining("\n", heading + "\n", ""));
    }
}
