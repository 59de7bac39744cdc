package org.sourcewise.live;

import java.time.Duration;

/**
 * Points for an answer: a right answer earns {@link #RIGHT}, plus a speed bonus of at most {@link #MAX_SPEED_BONUS}
 * that falls in a straight line from the moment the question opens to its deadline. Being fast never beats being
 * right, and a wrong answer earns nothing however fast.
 */
final class Scoring {

    static final int RIGHT = 1000;
    static final int MAX_SPEED_BONUS = 500;

    private Scoring() {}

    static int points(boolean correct, Duration taken, Duration limit) {
        if (!correct) {
            return 0;
        }
        double used = Math.clamp((double) taken.toMillis() / Math.max(1, limit.toMillis()), 0.0, 1.0);
        return RIGHT + (int) Math.round(MAX_SPEED_BONUS * (1 - used));
    }
}
