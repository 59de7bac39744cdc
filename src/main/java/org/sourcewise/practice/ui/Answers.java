package org.sourcewise.practice.ui;

import java.util.List;
import org.sourcewise.practice.PlayerQuestion;

/** An answer in words: the choice's text, or an ordering as "1. … 2. …". */
final class Answers {

    private Answers() {
    }

    static String describe(PlayerQuestion question, List<Integer> indexes) {
        if (indexes.size() == 1) {
            return question.choices().get(indexes.getFirst());
        }
        StringBuilder order = new StringBuilder();
        for (int at = 0; at < indexes.size(); at++) {
            order.append(at == 0 ? "" : " ").append(at + 1).append(". ").append(question.choices().get(indexes.get(at)));
        }
        return order.toString();
    }
}
