package org.sourcewise.gift;

import java.util.Objects;
import java.util.Optional;

/** One answer of a numeric question, with the percentage of the mark it earns and its feedback. */
public record NumericAnswer(NumericTarget target, double weight, Optional<String> feedback) {

    public NumericAnswer {
        Objects.requireNonNull(target, "target");
        Require.weight(weight);
        feedback = Require.optionalText(feedback, "an answer's feedback");
    }
}
