package org.sourcewise.gift;

import java.util.Optional;

/**
 * One answer of a multiple-choice, multiple-answers or short-answer question, with the percentage of the
 * mark it earns (-100 to 100: {@code =} is 100, a plain {@code ~} is 0) and the feedback after {@code #}.
 */
public record Choice(String text, double weight, Optional<String> feedback) {

    public Choice {
        text = Require.text(text, "an answer");
        Require.weight(weight);
        feedback = Require.optionalText(feedback, "an answer's feedback");
    }
}
