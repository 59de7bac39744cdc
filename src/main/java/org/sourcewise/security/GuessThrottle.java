package org.sourcewise.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Slows down guessing a secret (a password, a class code) from one key (a sign-in name, an address): the first
 * {@link Limits#free} wrong guesses cost nothing, then the wait before the next try doubles every {@link Limits#step}
 * wrong guesses (1 s, 2 s, 4 s ...), and at {@link Limits#lock} the key is locked for {@link Limits#lockedFor}. Only
 * wrong guesses count, so a school behind one address may make any number of right ones. A key's count is forgotten
 * once it has guessed nothing wrong for {@link Limits#forgetAfter}, or when it is cleared. The counts are kept in the
 * database under the throttle's kind ({@link GuessCounts}), so that a guesser spreading tries over several nodes is
 * counted once, and one node's lock or an admin's lift holds on all.
 */
public final class GuessThrottle {

    /** How often a node deletes the counts its throttle has forgotten anyway. */
    private static final Duration TIDY_EVERY = Duration.ofHours(1);

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

    private final String kind;
    private final Limits limits;
    private final Clock clock;
    private final GuessCounts counts;
    /** When this node last deleted forgotten counts, in milliseconds since the epoch. */
    private final AtomicLong tidied;

    /** A throttle counting under {@code kind}, which no other throttle may share. */
    public GuessThrottle(String kind, Limits limits, Clock clock, GuessCounts counts) {
        this.kind = kind;
        this.limits = limits;
        this.clock = clock;
        this.counts = counts;
        this.tidied = new AtomicLong(clock.millis());
    }

    /** How long the key must wait before its next guess; empty when it may guess now. */
    public Optional<Duration> waitFor(String key) {
        Instant now = clock.instant();
        return counts.current(kind, key, forgetBefore(now)).flatMap(count -> waitFor(count, now));
    }

    private Optional<Duration> waitFor(GuessCounts.Count count, Instant now) {
        if (count.wrong() < limits.free) {
            return Optional.empty();
        }
        Duration delay = count.wrong() >= limits.lock
                ? limits.lockedFor
                : Duration.ofSeconds(1L << Math.min(20, (count.wrong() - limits.free) / limits.step));
        Duration left = Duration.between(now, count.last().plus(delay));
        return left.isPositive() ? Optional.of(left) : Optional.empty();
    }

    /** Counts a wrong guess; true when it is the one that locks the key. */
    public boolean failed(String key) {
        Instant now = clock.instant();
        long last = tidied.get();
        if (now.toEpochMilli() - last >= TIDY_EVERY.toMillis() && tidied.compareAndSet(last, now.toEpochMilli())) {
            counts.forget(kind, forgetBefore(now));
        }
        return counts.failed(kind, key, now, forgetBefore(now)) == limits.lock;
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
        Instant now = clock.instant();
        Map<String, Duration> waiting = new TreeMap<>();
        for (GuessCounts.Count count : counts.atLeast(kind, limits.free, forgetBefore(now))) {
            waitFor(count, now).ifPresent(wait -> waiting.put(count.key(), wait));
        }
        return waiting;
    }

    /** Forgets the key's count; whether it had any. */
    public boolean clear(String key) {
        return counts.clear(kind, key, forgetBefore(clock.instant()));
    }

    public Limits limits() {
        return limits;
    }

    private Instant forgetBefore(Instant now) {
        return now.minus(limits.forgetAfter);
    }
}
