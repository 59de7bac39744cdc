package org.sourcewise.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * At most {@code attempts} joins per key (a session and an address) in any window of {@code window}, so that nobody
 * can fill a session with seats from a script. A school behind one router shares an address, hence a limit in
 * hundreds; guessing codes is slowed apart, by the join throttle.
 */
final class JoinRateLimit {

    /** Past this many addresses, those with no attempt left in the window are forgotten. */
    private static final int TIDY_ABOVE = 10_000;

    private final int attempts;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> seen = new HashMap<>();

    JoinRateLimit(int attempts, Duration window, Clock clock) {
        this.attempts = attempts;
        this.window = window;
        this.clock = clock;
    }

    /** Counts one join under the key, or refuses it when the key has used up its window. */
    synchronized void check(String key) {
        Instant now = clock.instant();
        Instant since = now.minus(window);
        if (seen.size() > TIDY_ABOVE) {
            seen.values().removeIf(times -> times.isEmpty() || !times.peekLast().isAfter(since));
        }
        Deque<Instant> times = seen.computeIfAbsent(key, a -> new ArrayDeque<>());
        while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
            times.pollFirst();
        }
        if (times.size() >= attempts) {
            throw new LiveException(
                    "Too many joins to this session came from this network in the last minute. Wait a minute"
                            + " and try again.");
        }
        times.addLast(now);
    }
}
