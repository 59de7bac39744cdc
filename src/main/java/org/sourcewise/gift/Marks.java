package org.sourcewise.gift;

import java.util.Collection;
import java.util.function.ToDoubleFunction;

/**
 * The marking rules Moodle checks when it saves a question, shared by the parser's messages and the model's
 * checks: a file that breaks them would import into Moodle with an error, or as a question no one can get right.
 */
final class Marks {

    static final double FULL = 100;
    static final String NO_FULL_ANSWER =
            "none of the answers is worth full marks; leave out the weight of the best answer";
    /** Moodle rounds the total to whole hundredths of the mark, so three thirds written as 33.33% still add up. */
    private static final double SLACK = 0.5;

    private Marks() {}

    static <T> boolean anyFull(Collection<T> answers, ToDoubleFunction<T> weight) {
        return answers.stream().anyMatch(answer -> weight.applyAsDouble(answer) == FULL);
    }

    /** What ticking every answer worth something earns, which in a multiple-answers question must be the full mark. */
    static <T> double positiveTotal(Collection<T> answers, ToDoubleFunction<T> weight) {
        return answers.stream().mapToDouble(weight).filter(value -> value > 0).sum();
    }

    static boolean isFull(double total) {
        return Math.abs(total - FULL) <= SLACK;
    }
}
