package org.sourcewise.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing passwords, per sign-in name and per address ({@link GuessThrottle}): after {@link #FREE} wrong
 * passwords each further try must wait twice as long as the one before (1 s, 2 s, 4 s ...), and at {@link #LOCK} the
 * name or address is locked for {@link #LOCKED_FOR}, or until an admin lifts it. A right password clears its name; the
 * address keeps its count, since a class behind one school router shares it (hence the address's higher allowance,
 * whose wait doubles only every ten wrong passwords). A count is forgotten after a day without a wrong password. The
 * counts are the database's, so every node sharing it counts the same guesser, and an admin sees and lifts every lock.
 */
@Component
public class SignInThrottle {

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName(), address(event.getAuthentication()));
    }

    /** A deactivated account's right password counts as a wrong one, so that the wait tells nothing either. */
    @EventListener
    void on(AuthenticationFailureDisabledEvent event) {
        failed(event.getAuthentication().getName(), address(event.getAuthentication()));
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "";
    }

    public static final int FREE = 5;
    public static final int LOCK = 10;
    public static final Duration LOCKED_FOR = Duration.ofMinutes(15);
    /** A school's router carries a whole class's sign-ins, so an address gets ten times a name's allowance. */
    private static final int ADDRESS_FACTOR = 10;

    private static final Duration FORGET_AFTER = Duration.ofDays(1);
    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final GuessThrottle byName;
    private final GuessThrottle byAddress;

    /** The system's clock, unless a test gives one of its own. */
    SignInThrottle(GuessCounts counts, ObjectProvider<Clock> clocks) {
        Clock clock = clocks.getIfAvailable(Clock::systemUTC);
        byName = new GuessThrottle(
                "sign-in-name", new GuessThrottle.Limits(FREE, 1, LOCK, LOCKED_FOR, FORGET_AFTER), clock, counts);
        byAddress = new GuessThrottle(
                "sign-in-address",
                new GuessThrottle.Limits(
                        FREE * ADDRESS_FACTOR, ADDRESS_FACTOR, LOCK * ADDRESS_FACTOR, LOCKED_FOR, FORGET_AFTER),
                clock,
                counts);
    }

    /** How long this name from this address must wait before its next try; empty when it may try now. */
    public Optional<Duration> waitFor(String username, String address) {
        return Stream.of(byName.waitFor(key(username)), byAddress.waitFor(address))
                .flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
    }

    public void failed(String username, String address) {
        if (byName.failed(key(username))) {
            log.warn(
                    "Sign-in name \"{}\" locked for {} minutes after {} wrong passwords (last from {})",
                    key(username),
                    LOCKED_FOR.toMinutes(),
                    LOCK,
                    address);
        }
        if (byAddress.failed(address)) {
            log.warn(
                    "Address {} locked for {} minutes after {} wrong passwords",
                    address,
                    LOCKED_FOR.toMinutes(),
                    LOCK * ADDRESS_FACTOR);
        }
    }

    public void succeeded(String username) {
        byName.clear(key(username));
    }

    /** Lifts the lock and the count of a sign-in name; whether there was any. */
    public boolean lift(String username, String admin) {
        boolean locked = byName.clear(key(username));
        if (locked) {
            log.warn("Sign-in lock of \"{}\" lifted by admin \"{}\"", key(username), admin);
        }
        return locked;
    }

    /** The sign-in names that must wait before their next try, by name, with how long. */
    public List<LockedSignIn> locked() {
        return byName.waiting().entrySet().stream()
                .map(e -> new LockedSignIn(e.getKey(), e.getValue()))
                .toList();
    }

    /** Names are matched as accounts are: ignoring case and surrounding space. */
    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
