package org.sourcewise.gift;

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
        // A file, a pasted question or a typed one: the heading names none of them, so it reads right for all.
        String heading = errors.size() == 1
                ? "The GIFT text has 1 mistake:"
                : "The GIFT text has " + errors.size() + " mistakes:";
        return errors.stream().map(GiftError::toString).collect(Collectors.joining("\n", heading + "\n", ""));
    }
}
