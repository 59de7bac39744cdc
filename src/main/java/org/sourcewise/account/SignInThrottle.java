package org.sourcewise.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing passwords, per sign-in name and per address: after {@link #FREE} wrong passwords each further
 * try must wait twice as long as the one before (1 s, 2 s, 4 s ...), and at {@link #LOCK} the name or address is
 * locked for {@link #LOCKED_FOR}, or until an admin lifts it. A right password clears its name; the address keeps its
 * count, since a class behind one school router shares it (hence the address's higher allowance).
 */
@Component
public class SignInThrottle {

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName(), address(event.getAuthentication()));
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "";
    }

    static final int FREE = 5;
    static final int LOCK = 10;
    static final Duration LOCKED_FOR = Duration.ofMinutes(15);
    /** A school's router carries a whole class's sign-ins, so an address gets ten times a name's allowance. */
    private static final int ADDRESS_FACTOR = 10;
    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> byName = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final Clock clock;

    SignInThrottle() {
        this(Clock.systemUTC());
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this name from this address must wait before its next try; empty when it may try now. */
    public Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        return Stream.of(wait(byName.get(key(username)), 1, now),
                        wait(byAddress.get(address == null ? "" : address), ADDRESS_FACTOR, now))
                .flatMap(Optional::stream).max(Comparator.naturalOrder());
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        Failures name = byName.merge(key(username), new Failures(1, now), (a, b) -> new Failures(a.count + 1, now));
        Failures from = byAddress.merge(address == null ? "" : address, new Failures(1, now),
                (a, b) -> new Failures(a.count + 1, now));
        if (name.count == LOCK) {
            log.warn("Sign-in name \"{}\" locked for {} minutes after {} wrong passwords (last from {})",
                    key(username), LOCKED_FOR.toMinutes(), LOCK, address);
        }
        if (from.count == LOCK * ADDRESS_FACTOR) {
            log.warn("Address {} locked for {} minutes after {} wrong passwords", address, LOCKED_FOR.toMinutes(),
                    from.count);
        }
    }

    public void succeeded(String username) {
        byName.remove(key(username));
    }

    /** Lifts the lock and the count of a sign-in name; whether there was any. */
    boolean lift(String username) {
        boolean locked = byName.remove(key(username)) != null;
        if (locked) {
            log.warn("Sign-in lock of \"{}\" lifted by an admin", key(username));
        }
        return locked;
    }

    private static Optional<Duration> wait(Failures failures, int factor, Instant now) {
        if (failures == null || failures.count < FREE * factor) {
            return Optional.empty();
        }
        Duration delay = failures.count >= LOCK * factor ? LOCKED_FOR
                : Duration.ofSeconds(1L << Math.min(20, failures.count / factor - FREE));
        Duration left = Duration.between(now, failures.last.plus(delay));
        return left.isPositive() ? Optional.of(left) : Optional.empty();
    }

    /** Names are matched as accounts are: ignoring case and surrounding space. */
    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
