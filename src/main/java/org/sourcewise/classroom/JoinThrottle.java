package org.sourcewise.classroom;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.security.GuessCounts;
import org.sourcewise.security.GuessThrottle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Counts the wrong codes typed from each address, a class's on the join page and a live session's on the live join
 * page alike, and makes an address that typed too many wait before its next try, right code or wrong, so that
 * waiting tells nothing of a code ({@link JoinGuessing}). Right codes never count, so a school behind one address
 * joins at once. The counts are in the database, so guesses spread over several nodes add up.
 */
@Component
@EnableConfigurationProperties(JoinGuessing.class)
public class JoinThrottle {

    private static final Logger log = LoggerFactory.getLogger(JoinThrottle.class);

    private final GuessThrottle wrongCodes;

    /** The system's clock, unless a test gives one of its own. */
    JoinThrottle(JoinGuessing guessing, GuessCounts counts, ObjectProvider<Clock> clock) {
        wrongCodes =
                new GuessThrottle("join-address", guessing.limits(), clock.getIfAvailable(Clock::systemUTC), counts);
    }

    /** Why an address must still wait before its next try, saying how long; empty when it may try now. */
    public Optional<String> whyWait(String address) {
        return wrongCodes
                .waitFor(address)
                .map(wait -> "Too many wrong codes were typed from this network. Wait " + GuessThrottle.inWords(wait)
                        + " and try again, and check the code with your teacher.");
    }

    public void wrongCode(String address) {
        if (wrongCodes.failed(address)) {
            log.warn(
                    "Address {} may not join a class or live session for {} minutes after {} wrong codes",
                    address,
                    wrongCodes.limits().lockedFor().toMinutes(),
                    wrongCodes.limits().lock());
        }
    }
}
