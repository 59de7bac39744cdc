package org.sourcewise.live;

import java.util.List;

/** A question as the room sees it while answering: no key. {@code number} counts from 1. */
public record LiveQuestion(int number, int of, String stem, List<String> choices) {

    public LiveQuestion {
        choices = List.copyOf(choices);
    }
}
