package org.sourcewise.live;

import java.util.List;

/**
 * A quiz question as a live session plays it, key included: {@code position} is its place in the quiz (where a
 * signed-in student's answer lands in their attempt), {@code evidence} the article's words that prove the answer.
 */
record PlayedQuestion(int position, String stem, List<String> choices, int rightChoice, String evidence,
                      String explanation) {

    PlayedQuestion {
        choices = List.copyOf(choices);
    }
}
