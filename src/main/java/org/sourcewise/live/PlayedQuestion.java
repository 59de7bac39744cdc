package org.sourcewise.live;

import java.util.List;

/**
 * A quiz question as a live session plays it, key included: {@code position} is its place in the quiz (where a
 * signed-in student's answer lands in their attempt), {@code choices} as shown, {@code storedChoices} each shown
 * choice's index in the question as stored (see {@link LiveChoices}), {@code evidence} the article's words that prove
 * the answer.
 */
record PlayedQuestion(
        int position,
        String stem,
        List<String> choices,
        int rightChoice,
        List<Integer> storedChoices,
        String evidence,
        String explanation) {

    PlayedQuestion {
        choices = List.copyOf(choices);
        storedChoices = List.copyOf(storedChoices);
    }

    /** The index in the stored question of the choice shown at {@code shown}. */
    int storedChoice(int shown) {
        return storedChoices.get(shown);
    }
}
