package org.sourcewise.practice;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The time a student spent on each answer: since the answer given before it, or the attempt's start. A longer gap
 * than {@link #LONGEST_THOUGHT} is a break and counts as that, so that a lunch break does not make a slow question.
 */
final class ThinkingTime {

    static final Duration LONGEST_THOUGHT = Duration.ofMinutes(5);

    private ThinkingTime() {}

    /** By the answer's position in the attempt. */
    static Map<Integer, Duration> perAnswer(Instant started, List<AttemptAnswer> given) {
        Map<Integer, Duration> spent = new HashMap<>();
        Instant previous = started;
        for (AttemptAnswer answer : given.stream()
                .sorted(Comparator.comparing(AttemptAnswer::getAnsweredAt))
                .toList()) {
            Duration thought = Duration.between(previous, answer.getAnsweredAt());
            spent.put(answer.getPosition(), thought.compareTo(LONGEST_THOUGHT) > 0 ? LONGEST_THOUGHT : thought);
            previous = answer.getAnsweredAt();
        }
        return spent;
    }
}
