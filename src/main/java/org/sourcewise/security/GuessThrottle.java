package org.sourcewise.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Slows down guessing a secret (a password, a class code) from one key (a sign-in name, an address): the first
 * {@link Limits#free} wrong guesses cost nothing, then the wait before the next try doubles every {@link Limits#step}
 * wrong guesses (1 s, 2 s, 4 s ...), and at {@link Limits#lock} the key is locked for {@link Limits#lockedFor}. Only
 * wrong guesses count, so a school behind one address may make any number of right ones. A key's count is forgotten
 * once it has guessed nothing wrong for {@link Limits#forgetAfter}, or when it is cleared.
 */
public final class GuessThrottle {

    /** Past this many keys, those whose count is forgotten anyway are dropped. */
    private static final int TIDY_ABOVE = 10_000;

    /**
     * How many wrong guesses a key may make: {@code free} without waiting, then a wait doubling every {@code step}
     * of them, and a lock of {@code lockedFor} at {@code lock}.
     */
    public record Limits(int free, int step, int lock, Duration lockedFor, Duration forgetAfter) {

        public Limits {
            if (free < 1 || step < 1 || lock <= free) {
                throw new IllegalArgumentException("Guess limits need at least one free wrong guess, a step of at "
                        + "least one, and a lock above the free guesses (free " + free + ", step " + step + ", lock "
                        + lock + ")");
            }
            if (!lockedFor.isPositive() || forgetAfter.compareTo(lockedFor) < 0) {
                throw new IllegalArgumentException("A lock must last a while, and counts must be kept at least as "
                        + "long as it (locked for " + lockedFor + ", forgotten after " + forgetAfter + ")");
            }
        }
    }

    private record Failures(int count, Instant last) {}

    private final Limits limits;
    private final Clock clock;
    private final Map<String, Failures> byKey = new ConcurrentHashMap<>();

    public GuessThrottle(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** How long the key must wait before its next guess; empty when it may guess now. */
    public Optional<Duration> waitFor(String key) {
        Instant now = clock.instant();
        Failures failures = current(key, now);
        if (failures == null || failures.count < limits.free) {
            return Optional.empty();
        }
        Duration delay = failures.count >= limits.lock
                ? limits.lockedFor
                : Duration.ofSeconds(1L << Math.min(20, (failures.count - limits.free) / limits.step));
        Duration left = Duration.between(now, failures.last.plus(delay));
        return left.isPositive() ? Optional.of(left) : Optional.empty();
    }

    /** Counts a wrong guess; true when it is the one that locks the key. */
    public boolean failed(String key) {
        Instant now = clock.instant();
        if (byKey.size() > TIDY_ABOVE) {
            byKey.values().removeIf(failures -> forgotten(failures, now));
        }
        Failures counted = byKey.compute(
                key(key),
                (k, before) -> new Failures(before == null || forgotten(before, now) ? 1 : before.count + 1, now));
        return counted.count == limits.lock;
    }

    /** A wait as a person is told it: whole seconds, or minutes once it is that long, never less than it is. */
    public static String inWords(Duration wait) {
        long seconds = (wait.toMillis() + 999) / 1000;
        if (seconds < 120) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        return (seconds + 59) / 60 + " minutes";
    }

    /** The keys that must wait now, each with how long: what an admin is shown, to lift. */
    public Map<String, Duration> waiting() {
        Map<String, Duration> waiting = new TreeMap<>();
        for (String key : byKey.keySet()) {
            waitFor(key).ifPresent(wait -> waiting.put(key, wait));
        }
        return waiting;
    }

    /** Forgets the key's count; whether it had any. */
    public boolean clear(String key) {
        return byKey.remove(key(key)) != null;
    }

    public Limits limits() {
        return limits;
    }

    private @Nullable Failures current(String key, Instant now) {
        Failures failures = byKey.get(key(key));
        return failures == null || forgotten(failures, now) ? null : failures;
    }

    private boolean forgotten(Failures failures, Instant now) {
        return !now.isBefore(failures.last.plus(limits.forgetAfter));
    }

    private static String key(String key) {
        return key == null ? "" : key;
    }
}
