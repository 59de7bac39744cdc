package org.sourcewise.live;

import java.util.List;

/**
 * How the room answered a closed question ({@code distribution}: how many chose each choice) and, once the teacher
 * shows it, the right choice with the article's evidence; {@code rightChoice} is -1 until then.
 */
public record Reveal(List<Integer> distribution, int rightChoice, String evidence, String explanation) {

    public Reveal {
        distribution = List.copyOf(distribution);
    }

    public boolean answerShown() {
        return rightChoice >= 0;
    }
}
